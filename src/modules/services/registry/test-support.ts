// Factories and requests for the registry's tests: the counts a refusal must leave unchanged, requests as a browser
// (form posts with CSRF) or with a bearer token, and a valid registration to vary one field at a time.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, emailOf, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { servicesIncubators, servicesPhases, servicesServices, servicesSponsors, servicesTeam } from './schema.js';

const countOf = async (t: TestApp, table: typeof servicesServices | typeof servicesPhases | typeof servicesTeam | typeof servicesSponsors | typeof servicesIncubators | typeof auditLog) =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

/** Rows of every registry table and of the audit log: a refusal leaves all of them as they were. */
export async function countRows(t: TestApp) {
  return {
    services: await countOf(t, servicesServices), phases: await countOf(t, servicesPhases), team: await countOf(t, servicesTeam),
    sponsors: await countOf(t, servicesSponsors), incubators: await countOf(t, servicesIncubators), audit: await countOf(t, auditLog),
  };
}

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');

export const page = (t: TestApp, url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });

export function postForm(t: TestApp, b: Browser | null, url: string, fields: Array<[string, string]>) {
  const body = new URLSearchParams(b ? [['_csrf', b.csrf], ...fields] : fields);
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) }, payload: body.toString() });
}

export async function api(t: TestApp, method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, b: Browser | null, payload?: object) {
  const token = b ? await apiTokenFor(t, b.personId) : null;
  return t.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, payload });
}

/** A registration's API body, with `lead`'s email (an official), in `incubator`, sponsored by Temuco unless changed. */
export async function serviceBody(t: TestApp, lead: Browser, incubator: string, extra: Record<string, unknown> = {}) {
  return {
    slug: `servicio-${Math.random().toString(36).slice(2, 8)}`, incubator, title: 'Horas en el CESFAM', leadEmail: await emailOf(t, lead.personId),
    mission: 'Las personas hacen fila de madrugada para pedir hora.', sponsors: ['temuco'], firstPhase: { phase: 'investigacion', startedOn: '2026-02-02' }, ...extra,
  };
}

/** The service form's fields for a registration (the page's names). */
export async function serviceFields(t: TestApp, lead: Browser, incubator: string, slug: string, extra: Array<[string, string]> = []): Promise<Array<[string, string]>> {
  return [['incubator', incubator], ['slug', slug], ['title', 'Retiro de voluminosos'], ['mission', 'Los muebles viejos terminan en microbasurales.'],
    ['leadEmail', await emailOf(t, lead.personId)], ['sponsors', 'temuco'], ['reach', 'comunal'], ['phase', 'investigacion'], ['startedOn', '2026-03-02'],
    ['teamName', 'Ana Pérez'], ['teamRole', 'Diseño'], ['teamName', ''], ['teamRole', ''], ...extra];
}
