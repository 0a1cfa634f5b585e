// Factories for catalogue tests: datasets published through the form as Temuco's transparency official, CSV uploads
// as multipart posts, and row counts to show a refusal wrote nothing.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { formPost, type Browser } from '../../../test-support/people.js';
import { multipart, MULTIPART_BOUNDARY as BOUNDARY } from '../../../test-support/multipart.js';

export const DATASET_FIELDS: Array<[string, string]> = [
  ['title', 'Patentes comerciales'], ['description', 'Patentes comerciales vigentes con rol, giro y valor semestral.'], ['theme', 'ECON'],
  ['keywords', 'patentes, comercio'], ['licence', 'cc-by-4.0'], ['frequency', 'QUARTERLY'], ['temporalStart', '2025-01-01'], ['temporalEnd', '2025-06-30'],
  ['spatialCode', '09101'],
];

export const fieldsWith = (changes: Record<string, string>) => DATASET_FIELDS.map(([k, v]): [string, string] => [k, k in changes ? changes[k]! : v]);

export async function publishDataset(t: TestApp, b: Browser, changes: Record<string, string> = {}) {
  const res = await t.app.inject({ url: '/instituciones/temuco/datos', ...formPost(b, fieldsWith(changes)) });
  if (res.statusCode !== 303) throw new Error(`dataset not created: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.headers.location!.replace('/datos/', '');
}

export const upload = (t: TestApp, b: Browser | null, name: string, fields: Array<[string, string]>, file?: { name: string; bytes: Buffer }) =>
  t.app.inject({ method: 'POST', url: `/datos/${name}/archivos`, cookies: b?.cookies,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, payload: multipart([['_csrf', b?.csrf ?? ''], ...fields], file) });

export const count = async (t: TestApp, table: 'transparency_datasets' | 'transparency_distributions') =>
  Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);

export const PATENTES_CSV = 'rol;giro;valor_semestral;tasa;vigente;desde\n4-001234;Almacén;85.420;0,5;sí;2019-03-12\n4-001877;Ferretería;1.312.905;1,25;no;2015-07-01\n';

export { multipart };
