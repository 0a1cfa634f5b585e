// Addresses and small pieces of the programme page: its own filtered address, the registry's list filtered the same
// way (by phase, incubator, region: the public area's query names on /servicios), and days written out.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters } from '../../../../core/i18n/index.js';
import { NATIONAL } from '../queries.js';

export const PROGRAMME_PATH = '/servicios/programa';
export const REGISTRY_PATH = '/servicios';
export const PROGRAMME_API = '/api/v1/services/programme';

/** The page's query: an incubator's slug, a region's CUT code (or 'nacional'), a day ('YYYY-MM-DD'). */
export interface ProgrammeQuery { incubadora?: string; region?: string; fecha?: string }

function withQuery(path: string, query: Record<string, string | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * The registry's list with the same incubator and region, and a phase if given (the date does not apply there). The
 * registry filters by region codes only (its region also matches a sponsor's): "nacional" is left out there.
 */
export const registryHref = (q: { incubadora?: string; region?: string; fase?: string }) =>
  withQuery(REGISTRY_PATH, { fase: q.fase, incubadora: q.incubadora, region: q.region === NATIONAL ? undefined : q.region });
export const programmeHref = (q: ProgrammeQuery, path = PROGRAMME_PATH) => withQuery(path, { incubadora: q.incubadora, region: q.region, fecha: q.fecha });
export const apiHref = (q: ProgrammeQuery) => withQuery(PROGRAMME_API, { incubator: q.incubadora, region: q.region, asOf: q.fecha });

/** "22 de noviembre de 2026": a Santiago calendar day, read at noon so no offset moves it. */
export const formatDay = (ctx: ViewContext, day: string) => formatters(ctx.locale).date.format(new Date(`${day}T12:00:00Z`));
export const formatCount = (ctx: ViewContext, n: number) => formatters(ctx.locale).number.format(n);

export const regionLabel = (ctx: ViewContext, key: string, name: string | null) =>
  (key === NATIONAL ? ctx.t('services.programme.national') : name ?? key);
