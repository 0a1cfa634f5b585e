// Factories for active-transparency tests: a multipart upload of a CSV to a category's publish page as a browser
// (its cookies and CSRF token), and counts of what is stored.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import type { Browser } from '../../../test-support/people.js';
import { uploadPath } from './present.js';
import { multipart, MULTIPART_BOUNDARY as BOUNDARY } from '../../../test-support/multipart.js';

export function uploadCsv(t: TestApp, who: Browser | null, category: string, period: string, csv: string | Buffer | null,
  opts: { csrf?: boolean; lang?: string; slug?: string } = {}) {
  const cookies = who ? Object.entries({ ...who.cookies, ...(opts.lang ? { lang: opts.lang } : {}) }).map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  const fields: Array<[string, string]> = [...(who && opts.csrf !== false ? [['_csrf', who.csrf] as [string, string]] : []), ['period', period]];
  return t.app.inject({
    method: 'POST', url: uploadPath(opts.slug ?? 'temuco', category),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(cookies ? { cookie: cookies } : {}) },
    payload: multipart(fields, csv === null ? undefined : { name: `${category}.csv`, bytes: Buffer.isBuffer(csv) ? csv : Buffer.from(csv) }),
  });
}

export async function countUpdates(t: TestApp): Promise<{ updates: number; rows: number }> {
  const [r] = await queryRows<{ updates: number; rows: number }>(t.database.db,
    sql`select (select count(*)::int from transparency_active_updates) as updates, (select count(*)::int from transparency_active_rows) as rows`);
  return { updates: Number(r!.updates), rows: Number(r!.rows) };
}

export const TRANSFERS_CSV = 'fecha;receptor;finalidad;monto\r\n05-10-2026;Junta de Vecinos Villa Ejemplo;Sede comunitaria;3.500.000\r\n12-10-2026;Club Deportivo Demo;Implementación;1.800.000\r\n';
