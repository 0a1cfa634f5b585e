// What the API and the pages share: the dashboard of a region as of today in Chile, and a command's refusal as form errors.
import type { DbOrTx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { InvalidField } from '../../../core/http/errors.js';
import { computeDashboard } from './dashboard.js';
import { findTrackedRegion, listEvents, listVisits, listWorkshops } from './queries.js';
import { todayInChile } from './commands/checks.js';

export async function loadDashboard(db: DbOrTx, regionCode: string) {
  const region = await findTrackedRegion(db, regionCode);
  const [events, workshops, visits] = await Promise.all([
    listEvents(db, region.municipalities.map((m) => m.cut)), listWorkshops(db, region.code), listVisits(db, region.code),
  ]);
  return { region, workshops, dashboard: computeDashboard(region, events, workshops, visits, todayInChile()) };
}

/** A command's refusal as the form's errors, or null when the error is not a refusal (it is rethrown). */
export const refusal = (e: unknown, t: Translate): Record<string, string> | null => (e instanceof InvalidField ? { [e.field]: t(e.messageKey) } : null);

/** What the browser sent, as strings, with a checkbox group joined (for re-rendering a form with its values kept). */
export function rawValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join(',');
  }
  return out;
}
