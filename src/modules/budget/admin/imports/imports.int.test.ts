import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../../test-support/people.js';
import { buildApp } from '../../../../app.js';
import { findInstitution } from '../../../../core/tenancy/queries.js';
import { findDataset } from '../../queries.js';
import { budgetData } from '../../test-support.js';
import { parseDipresLey } from '../../import/dipres-ley.js';
import { money } from '../../pages/money.js';
import { budgetDatasets, budgetImports } from '../../schema.js';

let t: TestApp;
let dipresOfficial: Browser;
let temucoOfficial: Browser;
beforeAll(async () => {
  t = await createTestApp();
  dipresOfficial = await signedIn(t, 'official', 'dipres', ['budget']);
  temucoOfficial = await signedIn(t, 'official', 'temuco', ['budget']);
});
afterAll(async () => { await t.close(); });

type Upload = { name: string; bytes: Buffer };
const real = (path: string): Upload => ({ name: path.split('/').pop()!, bytes: readFileSync(budgetData(path)) });

/** A multipart/form-data body as a browser sends it, files under one "file" field (an input with `multiple`). */
async function multipart(fields: Record<string, string>, files: Upload[]) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const f of files) form.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}
const upload = async (who: Browser | null, institution: string, fields: Record<string, string>, files: Upload[]) =>
  t.app.inject({ method: 'POST', url: `/instituciones/${institution}/presupuesto/importar`, cookies: who?.cookies, ...await multipart({ ...(who ? { _csrf: who.csrf } : {}), ...fields }, files) });

const jobCount = async () => (await t.database.db.select({ n: count() }).from(budgetImports))[0].n;
const jobIdOf = (location: string) => Number(/importaciones\/(\d+)$/.exec(location)![1]);

/** Polls the job row until it ends (on PGlite the import's transaction holds the one connection meanwhile). */
async function finished(id: number) {
  for (let i = 0; i < 600; i++) {
    const [job] = await t.database.db.select().from(budgetImports).where(eq(budgetImports.id, id));
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('budget import page: who may see it and upload', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['participationOfficial', 403],
    ['otherOfficial', 403],
    ['otherAdmin', 403],
    ['budgetOfficial', 200],
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: '/instituciones/09101/presupuesto/importar', cookies: b?.cookies })).statusCode).toBe(status);
    if (status !== 200) {
      const before = await jobCount();
      expect((await upload(b, 'temuco', { format: 'dipres-ley', year: '2017' }, [real('ley/2017.csv')])).statusCode).toBe(status);
      expect(await jobCount()).toBe(before);
    }
  });

  it('refuses an upload without the CSRF token, and answers 404 for an unknown institution', async () => {
    const noToken = await t.app.inject({ method: 'POST', url: '/instituciones/temuco/presupuesto/importar', cookies: temucoOfficial.cookies,
      ...await multipart({ format: 'dipres-ley', year: '2017' }, [real('ley/2017.csv')]) });
    expect(noToken.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/instituciones/nowhere/presupuesto/importar', cookies: temucoOfficial.cookies })).statusCode).toBe(404);
    expect(await jobCount()).toBe(0);
  });

  it('refuses a stranger\'s large upload before reading it, and anyone\'s over 50 MB', async () => {
    const big: Upload = { name: 'big.csv', bytes: Buffer.alloc(51 * 1024 * 1024, 'a') };
    expect((await upload(null, 'temuco', { format: 'cabildo-csv', year: '2024' }, [big])).statusCode).toBe(401);
    const tooLarge = await upload(temucoOfficial, 'temuco', { format: 'cabildo-csv', year: '2024' }, [big]);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.body).toContain('el máximo es 50 MB');
    expect(await jobCount()).toBe(0);
  });
});

describe('the upload form', () => {
  it('works without JavaScript: multipart, CSRF, labelled fields, a multiple file input, the formats with an importer', async () => {
    const page = await t.app.inject({ url: '/instituciones/temuco/presupuesto/importar', cookies: temucoOfficial.cookies });
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain(`name="_csrf" value="${temucoOfficial.csrf}"`);
    for (const id of ['f-format', 'f-year', 'f-cube', 'f-file']) expect(page.body).toMatch(new RegExp(`<label for="${id}">[^<]+</label>`));
    expect(page.body).toMatch(/<input id="f-file" name="file" type="file" multiple/);
    expect(page.body).toContain('<option value="dipres-ejecucion">');
  });

  it('re-renders with every error linked to its field, the values kept, and stores no job', async () => {
    const res = await upload(temucoOfficial, 'temuco', { format: 'dipres-ley', year: '17', cube: 'Mi Cubo' }, []);
    expect(res.statusCode).toBe(422);
    for (const field of ['year', 'file']) expect(res.body).toContain(`href="#f-${field}"`);
    expect(res.body).toContain('value="17"');
    const cube = await upload(temucoOfficial, 'temuco', { format: 'dipres-ley', year: '2017', cube: 'Mi Cubo' }, [real('ley/2017.csv')]);
    expect(cube.body).toContain('Use sólo minúsculas, números y guiones');
    const two = await upload(temucoOfficial, 'temuco', { format: 'dipres-ley', year: '2017' }, [real('ley/2017.csv'), real('ley/2015.csv')]);
    expect(two.statusCode).toBe(422);
    expect(two.body).toContain('Este formato se importa desde un solo archivo.');
    expect(await jobCount()).toBe(0);
  });
});

describe('an import job', () => {
  it('imports the 2017 Ley: 303 to the job page, which ends with the cube, its totals in pesos and a link to the explorer', async () => {
    const started = performance.now();
    const res = await upload(dipresOfficial, 'dipres', { format: 'dipres-ley', year: '2017' }, [real('ley/2017.csv')]);
    expect(res.statusCode).toBe(303);
    const id = jobIdOf(res.headers.location as string);
    expect(res.headers.location).toBe(`/instituciones/dipres/presupuesto/importaciones/${id}`);
    const job = await finished(id);
    const seconds = (performance.now() - started) / 1000;
    expect(job).toMatchObject({ status: 'done', cube: 'dipres-2017-ley', sourceNames: ['2017.csv'], problems: [] });
    expect(job.doneRows).toBe(job.totalRows);
    expect(seconds).toBeLessThan(60);

    const parsed = parseDipresLey(readFileSync(budgetData('ley/2017.csv')), { year: 2017 });
    if (!parsed.ok) throw new Error('the Ley 2017 should parse');
    const gasto = parsed.budget.facts.filter((f) => f.tipo === 'gasto' && f.moneda === 'CLP').reduce((s, f) => s + f.inicial!, 0n);
    const page = await t.app.inject({ url: res.headers.location as string, cookies: dipresOfficial.cookies });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Importada');
    expect(page.body).not.toContain('http-equiv="refresh"');
    expect(page.body).toContain(`Se importó el cubo «dipres-2017-ley» con ${new Intl.NumberFormat('es-CL').format(parsed.budget.facts.length)} registros.`);
    expect(page.body).toContain(`<td class="num">${money(gasto, 'es-CL')}</td>`);
    expect(money(gasto, 'es-CL')).toMatch(/^\$\d{1,3}(\.\d{3})+$/);
    expect(page.body).toContain('href="/instituciones/dipres/presupuesto/2017?cubo=dipres-2017-ley"');

    const list = await t.app.inject({ url: '/instituciones/dipres/presupuesto/importar', cookies: dipresOfficial.cookies });
    expect(list.body).toContain(`href="/instituciones/dipres/presupuesto/importaciones/${id}"`);
    expect(list.body).toContain('Persona'); // who asked, by name
  });

  it('rejects the 2016 "CSV" that is an HTML page with its line and reason, and writes nothing', async () => {
    const res = await upload(dipresOfficial, 'dipres', { format: 'dipres-ley', year: '2016' }, [real('ley/2016-not-a-csv.html')]);
    const id = jobIdOf(res.headers.location as string);
    const job = await finished(id);
    expect(job.status).toBe('failed');
    expect(job.problems).toMatchObject([{ line: 1, code: 'not_csv' }]);
    const page = await t.app.inject({ url: res.headers.location as string, cookies: dipresOfficial.cookies });
    expect(page.body).toContain('No se importó nada. Problemas encontrados: 1');
    expect(page.body).toMatch(/<li>Línea 1: no es un archivo CSV \(this is not a CSV file: it looks like an HTML or XML page/);
    const datasets = await t.database.db.select({ cube: budgetDatasets.cube }).from(budgetDatasets);
    expect(datasets.map((d) => d.cube)).toEqual(['dipres-2017-ley']);
  });

  it('imports an execution report given as many files', async () => {
    const folder = budgetData('ejecucion-2017/original');
    const files = readdirSync(folder).sort().slice(0, 12).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
    const res = await upload(dipresOfficial, 'dipres', { format: 'dipres-ejecucion', year: '2017', cube: 'dipres-2017-abril' }, files);
    const job = await finished(jobIdOf(res.headers.location as string));
    expect(job).toMatchObject({ status: 'done', cube: 'dipres-2017-abril', sourceNames: files.map((f) => f.name) });
    const page = await t.app.inject({ url: res.headers.location as string, cookies: dipresOfficial.cookies });
    expect(page.body).toContain(' y 2 más');

    // Importing the same cube again replaces it: the first job then says so, in the reader's language.
    const again = await upload(dipresOfficial, 'dipres', { format: 'dipres-ejecucion', year: '2017', cube: 'dipres-2017-abril' }, files);
    expect((await finished(jobIdOf(again.headers.location as string))).status).toBe('done');
    const first = await t.app.inject({ url: `${res.headers.location}?lang=en`, cookies: dipresOfficial.cookies });
    expect(first.body).toContain('A later import of the cube &quot;dipres-2017-abril&quot; replaced this one.');
  });

  it('imports a Fiscal Data Package zip, as the export writes it, back to the same facts', async () => {
    const ley = await upload(dipresOfficial, 'dipres', { format: 'dipres-ley', year: '2017', cube: 'ley-para-fdp' }, [real('ley/2017.csv')]);
    expect((await finished(jobIdOf(ley.headers.location as string))).status).toBe('done');
    const zip = await t.app.inject({ url: '/api/v1/budget/cubes/ley-para-fdp/datapackage.zip' });
    expect(zip.statusCode).toBe(200);
    const res = await upload(dipresOfficial, 'dipres', { format: 'fdp', year: '2017', cube: 'ley-desde-fdp' }, [{ name: 'ley.zip', bytes: zip.rawPayload }]);
    const job = await finished(jobIdOf(res.headers.location as string));
    expect(job).toMatchObject({ status: 'done', cube: 'ley-desde-fdp' });
    const [original, copy] = await Promise.all([findDataset(t.database.db, 'ley-para-fdp'), findDataset(t.database.db, 'ley-desde-fdp')]);
    expect(copy).toMatchObject({ kind: 'ley', factCount: original!.factCount });
  });

  it('refuses a cube of another institution before storing a job', async () => {
    const before = await jobCount();
    const res = await upload(temucoOfficial, 'temuco', { format: 'dipres-ley', year: '2017', cube: 'dipres-2017-ley' }, [real('ley/2017.csv')]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ese cubo pertenece a otra institución');
    expect(await jobCount()).toBe(before);
  });

  it('shows a job only in its own institution and to those who may import there', async () => {
    const [job] = await t.database.db.select().from(budgetImports).limit(1);
    expect((await t.app.inject({ url: `/instituciones/temuco/presupuesto/importaciones/${job.id}`, cookies: temucoOfficial.cookies })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/instituciones/dipres/presupuesto/importaciones/${job.id}`, cookies: temucoOfficial.cookies })).statusCode).toBe(403);
  });

  it('shows a running job with its progress and refreshes itself every 2 s, unless asked not to', async () => {
    const dipres = (await findInstitution(t.database.db, 'dipres'))!;
    const [job] = await t.database.db.insert(budgetImports).values({
      institutionId: dipres.id, requestedBy: dipresOfficial.personId, format: 'dipres-ley', year: 2015, sourceNames: ['2015.csv'],
      status: 'running', doneRows: 5000, totalRows: 8000,
    }).returning();
    const url = `/instituciones/dipres/presupuesto/importaciones/${job.id}`;
    const page = await t.app.inject({ url, cookies: dipresOfficial.cookies });
    expect(page.body).toContain('<meta http-equiv="refresh" content="2"/>');
    expect(page.body).toContain('<progress id="job-progress" max="8000" value="5000">Guardando: 5.000 de 8.000 registros.</progress>');
    const still = await t.app.inject({ url: `${url}?actualizar=no`, cookies: dipresOfficial.cookies });
    expect(still.body).not.toContain('http-equiv="refresh"');

    // A restart: the server starting on this database finds the job nobody runs and fails it.
    const restarted = await buildApp(t.config, t.database, { logger: false });
    await restarted.ready();
    await restarted.close();
    const [after] = await t.database.db.select().from(budgetImports).where(eq(budgetImports.id, job.id));
    expect(after).toMatchObject({ status: 'failed', problems: [{ line: 0, code: 'interrupted' }] });
    expect(after.finishedAt).not.toBeNull();
    const failed = await t.app.inject({ url, cookies: dipresOfficial.cookies });
    expect(failed.body).toContain('El servidor se reinició antes de terminar la importación; no se importó nada.');
  });
});
