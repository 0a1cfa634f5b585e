// Factories for the indicators area's tests: a CSV posted to the stewards' upload page (multipart, as a browser) or
// to the import API (text/csv, a bearer token), and what is stored.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { apiTokenFor, type Browser } from '../../../test-support/people.js';
import { multipart, MULTIPART_BOUNDARY } from '../../../test-support/multipart.js';
import { IMPORT_PATH } from './present.js';

export function uploadValues(t: TestApp, who: Browser | null, csv: string | Buffer | null, opts: { csrf?: boolean; lang?: string } = {}) {
  const cookies = who ? Object.entries({ ...who.cookies, ...(opts.lang ? { lang: opts.lang } : {}) }).map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  return t.app.inject({
    method: 'POST', url: IMPORT_PATH,
    headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`, ...(cookies ? { cookie: cookies } : {}) },
    payload: multipart(who && opts.csrf !== false ? [['_csrf', who.csrf]] : [], csv === null ? undefined : { name: 'valores.csv', bytes: Buffer.isBuffer(csv) ? csv : Buffer.from(csv) }),
  });
}

export async function postValues(t: TestApp, who: Browser | null, csv: string | Buffer) {
  const token = who ? await apiTokenFor(t, who.personId) : null;
  return t.app.inject({ method: 'POST', url: '/api/v1/observatory/values/import', payload: csv,
    headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}

export interface StoredValue { cut: string; year: number; indicator: string; value: number; origin: string; source: string; provenance: Record<string, unknown> | null }

export async function storedValues(t: TestApp, where = sql`true`): Promise<StoredValue[]> {
  return (await queryRows<StoredValue>(t.database.db, sql`
    select cut, year, indicator, value, origin, source, provenance from observatory_values where ${where} order by year, cut, indicator`))
    .map((r) => ({ ...r, year: Number(r.year), value: Number(r.value) }));
}

export async function countAudit(t: TestApp, action: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = ${action}`);
  return Number(r!.n);
}

export const VALUES_CSV = 'cut,year,indicator,value,source\n09101,2023,capacities.professionalisation,41.5,SINIM\n14101,2023,capacities.professionalisation,38,SINIM\n09101,2022,context.poverty,"12,5",CASEN\n';
