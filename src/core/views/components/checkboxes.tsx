// A group of checkboxes in a fieldset with a legend (WCAG 1.3.1: the group has a name); each box sits before its
// label, inside it, so the pair reads and clicks as one.
export function Checkboxes({ name, legend, hint, options, checked, error }: {
  name: string; legend: string; hint?: string; options: Array<{ value: string; label: string }>; checked: string[]; error?: string;
}) {
  const id = `f-${name}`;
  return (
    <fieldset id={id} class={`field checkboxes${error ? ' field-error' : ''}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="error-message">{error}</p>}
      {options.map((o) => (
        <label class="inline" for={`${id}-${o.value}`}>
          <input type="checkbox" id={`${id}-${o.value}`} name={name} value={o.value} checked={checked.includes(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
