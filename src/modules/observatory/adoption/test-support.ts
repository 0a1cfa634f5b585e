// Factories for the tracker's tests: people of a region's team (or another region's), events written directly (the
// rows the command or the seed would write), and requests as a browser (form posts with CSRF) or with a bearer token.
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn, type Browser } from '../../../test-support/people.js';
import type { AdoptionStatus, Platform } from '../pillars.js';
import { observatoryAdoptionEvents } from '../schema.js';
import { todayInChile } from './commands/checks.js';

export const TODAY = todayInChile();
export const THIS_YEAR = Number(TODAY.slice(0, 4));

/** The regional team of a region other than La Araucanía (Los Ríos, "14"): its policy must not reach region 09. */
export const otherRegionTeam = (t: TestApp) => signedIn(t, 'official', '14', ['observatory']);

export interface TestEvent { cut: string; platform: Platform; status: AdoptionStatus; effectiveOn: string; illustrative?: boolean }

export async function insertEvents(t: TestApp, rows: TestEvent[]) {
  return t.database.db.insert(observatoryAdoptionEvents).values(rows.map((r) => ({ ...r, evidence: 'Resolución de prueba', illustrative: r.illustrative ?? false })))
    .returning({ id: observatoryAdoptionEvents.id });
}

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');

export const page = (t: TestApp, url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });

export function postForm(t: TestApp, b: Browser | null, url: string, fields: Array<[string, string]>) {
  const body = new URLSearchParams(b ? [['_csrf', b.csrf], ...fields] : fields);
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) }, payload: body.toString() });
}

export async function postJson(t: TestApp, url: string, b: Browser | null, payload: object) {
  const token = b ? await apiTokenFor(t, b.personId) : null;
  return t.app.inject({ method: 'POST', url, headers: token ? { authorization: `Bearer ${token}` } : {}, payload });
}

export const statusPayload = (extra: Record<string, unknown> = {}) =>
  ({ cut: '09101', platform: 'firmagob', status: 'requested', effectiveOn: '2024-03-15', evidence: 'Oficio N° 123 a la División de Gobierno Digital', ...extra });
