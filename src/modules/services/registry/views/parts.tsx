// What the registry's pages share: the form state (values kept on a 422), the breadcrumbs, a day in the reader's
// language, and the team rows of the service form.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters } from '../../../../core/i18n/index.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import { InvalidField } from '../../../../core/http/errors.js';

/** What the browser sent (strings, and lists for repeated fields), and the errors by field. */
export interface FormState { values: Record<string, string | string[]>; errors?: Record<string, string> }

export function formValues(body: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k !== CSRF_FIELD && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) out[k] = v as string | string[];
  }
  return out;
}

export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A 'YYYY-MM-DD' day as the reader writes it (noon UTC is the same day in Santiago). */
export const formatDay = (ctx: ViewContext, day: string) => formatters(ctx.locale).date.format(new Date(`${day}T12:00:00Z`));

/** The team as rows of name and role, with spare blank rows to add members without script. */
export function TeamRows({ ctx, names, roles, error }: { ctx: ViewContext; names: string[]; roles: string[]; error?: string }) {
  const { t } = ctx;
  const count = Math.max(names.length, roles.length) + 3;
  return (
    <fieldset id="f-team" class={`field svc-team${error ? ' field-error' : ''}`} aria-describedby="f-team-hint">
      <legend>{t('services.registry.team')}</legend>
      <p class="hint" id="f-team-hint">{t('services.registry.teamHint')}</p>
      {error && <p class="error-message">{error}</p>}
      {Array.from({ length: count }, (_, i) => (
        <div class="svc-team-row">
          <label for={`f-team-name-${i}`}>{t('services.registry.memberName', { n: i + 1 })}
            <input id={`f-team-name-${i}`} name="teamName" value={names[i] ?? ''} autoComplete="off" /></label>
          <label for={`f-team-role-${i}`}>{t('services.registry.memberRole', { n: i + 1 })}
            <input id={`f-team-role-${i}`} name="teamRole" value={roles[i] ?? ''} autoComplete="off" /></label>
        </div>
      ))}
    </fieldset>
  );
}

/** A command's refusal as the form's errors, or null when the error is not a refusal (the caller rethrows it). */
export const refusal = (e: unknown, t: ViewContext['t']): Record<string, string> | null => (e instanceof InvalidField ? { [e.field]: t(e.messageKey) } : null);
