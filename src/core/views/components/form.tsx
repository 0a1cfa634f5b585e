// Form components: labelled fields with hints and inline errors, an error summary linking to the fields (focusable,
// announced), and the hidden CSRF field every state-changing form carries.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../context.js';
import { CSRF_FIELD } from '../../http/csrf.js';

/** Field name -> already translated message. */
export type FieldErrors = Record<string, string>;

export function Form({ ctx, action, children, method = 'post', class: cls }: {
  ctx: ViewContext; action: string; children: ComponentChildren; method?: 'post' | 'get'; class?: string;
}) {
  return (
    <form method={method} action={action} class={cls} noValidate>
      {method === 'post' && <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />}
      {children}
    </form>
  );
}

/**
 * The summary names each field ("Correo electrónico: Complete este campo."), since a list of identical messages
 * says nothing about where to go (GOV.UK error summary pattern); `labels` maps field names to their labels.
 */
export function ErrorSummary({ ctx, errors, labels = {} }: { ctx: ViewContext; errors?: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{ctx.t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, message]) => <li><a href={`#f-${field}`}>{labels[field] ? `${labels[field]}: ${message}` : message}</a></li>)}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'number' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  required?: boolean;
  inputmode?: string;
}

/**
 * What every field shares: the label, the hint and the inline error, and the ids the control points at with
 * aria-describedby (so a screen reader reads the hint and the error with the control).
 */
function FieldFrame({ name, label, hint, error, children }: {
  name: string; label: string; hint?: string; error?: string; children: (aria: ControlAria) => ComponentChildren;
}) {
  const id = `f-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="error-message" id={`${id}-error`}>{error}</p>}
      {children({ id, describedBy, invalid: error ? 'true' : undefined })}
    </div>
  );
}

interface ControlAria { id: string; describedBy?: string; invalid?: 'true' }

export function Field({ name, label, hint, error, value, type = 'text', autocomplete, required, inputmode }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} type={type} value={type === 'password' ? undefined : value}
        autoComplete={autocomplete} required={required} aria-invalid={invalid} aria-describedby={describedBy} inputMode={inputmode as never} />}
    </FieldFrame>
  );
}

/** A file input (the form must be multipart/form-data); `accept` only guides the picker: the server checks the bytes. */
export function FileField({ name, label, hint, error, accept, required }: { name: string; label: string; hint?: string; error?: string; accept: string; required?: boolean }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} type="file" accept={accept} required={required} aria-invalid={invalid} aria-describedby={describedBy} />}
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string };
/** Options under a heading (<optgroup>): long lists such as comunas by region stay usable without script. */
export type SelectGroup = { group: string; options: SelectOption[] };

export function Select({ name, label, options, value, hint, error }: {
  name: string; label: string; options: Array<SelectOption | SelectGroup>; value?: string; hint?: string; error?: string;
}) {
  const option = (o: SelectOption) => <option value={o.value} selected={o.value === value}>{o.label}</option>;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid}>
          {options.map((o) => ('group' in o ? <optgroup label={o.group}>{o.options.map(option)}</optgroup> : option(o)))}
        </select>
      )}
    </FieldFrame>
  );
}

export function Button({ children, variant = 'primary' }: { children: ComponentChildren; variant?: 'primary' | 'secondary' }) {
  return <button type="submit" class={`button button-${variant}`}>{children}</button>;
}

/** A single-button form for actions that change state (sign out, revoke), so no state changes on a GET link. */
export function PostButton({ ctx, action, label, variant = 'secondary' }: { ctx: ViewContext; action: string; label: string; variant?: 'secondary' | 'link' }) {
  return (
    <form method="post" action={action} class="inline-form">
      <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
      <button type="submit" class={`button button-${variant}`}>{label}</button>
    </form>
  );
}

/** A multi-line text, with the same label, hint and error wiring as Field. */
export function TextArea({ name, label, hint, error, value, rows = 5, required }: {
  name: string; label: string; hint?: string; error?: string; value?: string; rows?: number; required?: boolean;
}) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} name={name} rows={rows} required={required} aria-invalid={invalid} aria-describedby={describedBy}>{value ?? ''}</textarea>
      )}
    </FieldFrame>
  );
}

/** A datetime-local input: browsers without a picker show a text box, so the hint gives the format to type. */
export function DateTimeField({ name, label, hint, error, value }: { name: string; label: string; hint: string; error?: string; value?: string }) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input id={id} name={name} type="datetime-local" value={value} aria-invalid={invalid} aria-describedby={describedBy} />
      )}
    </FieldFrame>
  );
}
