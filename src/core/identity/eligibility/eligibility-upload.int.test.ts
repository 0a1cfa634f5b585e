import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../audit/schema.js';
import { eligibilityEntries, eligibilityLists } from '../schema.js';

let t: TestApp;
let official: Browser; // an official of Temuco in the participation module
beforeAll(async () => {
  t = await createTestApp();
  official = await signedIn(t, 'official', 'temuco', ['participation']);
});
afterAll(async () => { await t.close(); });

const URL_TEMUCO = '/instituciones/temuco/padrones';
const GOOD_CSV = 'run;comuna;grupo\n21.394.576-9;09101;Sector 1\n17.654.329-9;9101;Sector 2\n';

/** A multipart/form-data body as a browser sends it (the platform's FormData and Request do the encoding). */
async function multipart(fields: Record<string, string>, file?: string | Buffer) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file !== undefined) form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)]), 'padron.csv');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}
const upload = async (who: Browser, fields: Record<string, string>, file?: string | Buffer) =>
  t.app.inject({ method: 'POST', url: URL_TEMUCO, cookies: who.cookies, ...await multipart({ _csrf: who.csrf, ...fields }, file) });
const entries = () => t.database.db.select().from(eligibilityEntries);
const flashOf = (res: { cookies: Array<{ name: string; value: string }> }) => res.cookies.find((c) => c.name === 'cabildo_flash')!.value;

describe('eligibility lists page: who may see it and upload', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['budgetOfficial', 403],
    ['otherAdmin', 403],
    ['participationOfficial', 200],
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: '/instituciones/09101/padrones', cookies: b?.cookies })).statusCode).toBe(status);
    if (b && status === 403) {
      expect((await upload(b, { name: 'Consulta' }, GOOD_CSV)).statusCode).toBe(403);
      expect(await entries()).toEqual([]);
    }
  });

  it('refuses an upload without the form\'s CSRF token', async () => {
    const noToken = await t.app.inject({ method: 'POST', url: URL_TEMUCO, cookies: official.cookies, ...await multipart({ name: 'Consulta' }, GOOD_CSV) });
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await t.app.inject({ method: 'POST', url: URL_TEMUCO, cookies: official.cookies, ...await multipart({ _csrf: 'forged', name: 'Consulta' }, GOOD_CSV) });
    expect(wrongToken.statusCode).toBe(403);
    expect(await entries()).toEqual([]);
  });
});

describe('uploading an eligibility list', () => {
  it('shows a file upload form that works without JavaScript', async () => {
    const page = await t.app.inject({ url: URL_TEMUCO, cookies: official.cookies });
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain(`name="_csrf" value="${official.csrf}"`);
    expect(page.body).toMatch(/<label for="f-file">[^<]+<\/label>/);
  });

  it('loads a good file, keeping only hashes, audited, and lists it', async () => {
    const res = await upload(official, { name: 'Consulta 2027' }, GOOD_CSV);
    expect(res.statusCode).toBe(303);
    const stored = await entries();
    expect(stored).toHaveLength(2);
    expect(stored.map((e) => e.comuna)).toEqual(['09101', '09101']);
    expect(JSON.stringify(stored)).not.toMatch(/21\.?394\.?576|17\.?654\.?329/);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'eligibility_list.import'));
    expect(entry).toMatchObject({ actorId: official.personId, public: true, summary: { name: 'Consulta 2027', entries: 2 } });

    const page = await t.app.inject({ url: URL_TEMUCO, cookies: { ...official.cookies, cabildo_flash: flashOf(res) } });
    expect(page.body).toContain('Padrón «Consulta 2027» cargado: 2 personas (antes tenía 0).');
    expect(page.body).toMatch(/<td>Consulta 2027<\/td><td class="num">2<\/td><td><time/);
  });

  it('lists every bad row with its line, keeps the name, and changes nothing', async () => {
    const bad = 'run;comuna\n21.394.576-8;09101\n22.222.222-2;09101\n22222222-2;99999\n';
    const res = await upload(official, { name: 'Consulta 2027' }, bad);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('El archivo tiene 2 problemas y no se cargó nada.');
    expect(res.body).toContain('<li>Línea 2: el dígito verificador del RUN no corresponde a su número.</li>');
    expect(res.body).toContain('<li>Línea 4: ninguna comuna tiene el código CUT 99999.</li>');
    expect(res.body).toContain('value="Consulta 2027"');
    expect(res.body).not.toMatch(/21\.?394\.?576|22\.?222\.?222/);
    expect(await entries()).toHaveLength(2);
    const [list] = await t.database.db.select().from(eligibilityLists);
    expect(list.entryCount).toBe(2);
  });

  it('asks for a name and a file that is not empty', async () => {
    const res = await upload(official, { name: '' }, '');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#f-name"');
    expect(res.body).toContain('Elija un archivo CSV con contenido.');
    expect(await entries()).toHaveLength(2);
  });

  it('refuses a file over 20 MB with a clear 413, whether its size is declared or only streamed', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 'a');
    const declared = await upload(official, { name: 'Grande' }, big);
    expect(declared.statusCode).toBe(413);
    expect(declared.body).toContain('El archivo es demasiado grande: el máximo es 20 MB.');

    const { payload, headers } = await multipart({ _csrf: official.csrf, name: 'Grande' }, big);
    const streamed = await t.app.inject({ method: 'POST', url: URL_TEMUCO, cookies: official.cookies, headers, payload: Readable.from([payload]) });
    expect(streamed.statusCode).toBe(413);
    expect(await t.database.db.select().from(eligibilityLists)).toHaveLength(1);
  });
});
