// Pieces the request pages share: breadcrumbs, a radio group, a calendar date in words, the state and overdue tags.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import type { RequestState } from '../schema.js';
import { requestsPath, transparencyPath } from './paths.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }
export interface InstitutionRef { id: number; slug: string; name: string }

export const requestCrumbs = (ctx: ViewContext, institution: InstitutionRef, list = true): Crumb[] => [
  { href: transparencyPath(institution.slug), label: ctx.t('transparency.request.landing.crumb') },
  ...(list ? [{ href: requestsPath(institution.slug), label: ctx.t('transparency.request.list.crumb') }] : []),
];

/** A 'YYYY-MM-DD' Santiago calendar date in words: noon UTC is the same day in Santiago whatever the season. */
export const formatDay = (ctx: ViewContext, day: string) => formatters(ctx.locale).date.format(new Date(`${day}T12:00:00Z`));
export const formatInstant = (ctx: ViewContext, at: Date | string) => formatters(ctx.locale).dateTime.format(new Date(at));

export const stateLabel = (ctx: ViewContext, state: RequestState) => ctx.t(`transparency.request.state.${state}` as MessageKey);

export function StateTags({ ctx, state, overdue }: { ctx: ViewContext; state: RequestState; overdue: boolean }) {
  return <>
    <span class="tag">{stateLabel(ctx, state)}</span>
    {overdue && <> <strong class="tag">{ctx.t('transparency.request.overdue')}</strong></>}
  </>;
}

/** Radio buttons in a fieldset with a legend (WCAG 1.3.1), each box inside its label. */
export function Radios({ name, legend, options, value, error, hint }: {
  name: string; legend: string; options: Array<{ value: string; label: string }>; value?: string; error?: string; hint?: string;
}) {
  const id = `f-${name}`;
  return (
    <fieldset id={id} class={`field${error ? ' field-error' : ''}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="error-message">{error}</p>}
      {options.map((o) => (
        <label class="inline" for={`${id}-${o.value}`}>
          <input type="radio" id={`${id}-${o.value}`} name={name} value={o.value} checked={o.value === value} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** On a long page, a refused form is far below: the top says so and links to it (no script moves the focus). */
export function RefusedNotice({ ctx, forms, anchor }: { ctx: ViewContext; forms: Partial<Record<string, FormState>>; anchor: (action: string) => string }) {
  const refused = Object.entries(forms).filter(([, f]) => f?.errors && Object.keys(f.errors).length > 0);
  if (refused.length === 0) return null;
  return <div class="error-summary" role="alert"><p><a href={anchor(refused[0]![0])}>{ctx.t('transparency.request.work.refusedBelow')}</a></p></div>;
}
