// Round trips on the real 2017 files (../shared/data/budget): the Ley (dipres-ley) and the April execution
// (dipres-ejecucion, 338 files) are imported, downloaded as a Fiscal Data Package, and the package imported as another
// cube: every fact (codes, measures, month, currency, technology flag) and every name must come back identical. The
// facts CSV download, read back, must give the same facts too.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { IMPORTERS, checksumOf, findDataset, importDataset, readImportFiles, type ImportFile } from '../index.js';
import { importReal } from '../test-support.js';

let t: TestApp;
const YEAR = 2017;

/** Every fact of a cube as text, in one order: what both cubes must share exactly. */
const factsOf = (cube: string) => queryRows<Record<string, string | null>>(t.database.db, sql`
  select f.partida, f.capitulo, f.programa, f.subtitulo, f.item, f.asignacion, f.tipo, f.moneda, f.mes::text as mes,
    f.tecnologia::text as tecnologia, f.inicial::text as inicial, f.vigente::text as vigente, f.ejecutado::text as ejecutado
  from budget_facts f join budget_datasets d on d.id = f.dataset_id where d.cube = ${cube}
  order by 1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13`);
const labelsOf = (cube: string) => queryRows<Record<string, string>>(t.database.db, sql`
  select l.partida, l.capitulo, l.programa, l.subtitulo, l.item, l.asignacion, l.label
  from budget_labels l join budget_datasets d on d.id = l.dataset_id where d.cube = ${cube} order by 1, 2, 3, 4, 5, 6`);

async function download(cube: string): Promise<ImportFile> {
  const started = performance.now();
  const res = await t.app.inject({ url: `/api/v1/budget/cubes/${cube}/datapackage.zip` });
  console.info(`${cube}: datapackage.zip of ${(res.rawPayload.length / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
  expect(res.statusCode).toBe(200);
  return { name: `${cube}-datapackage.zip`, bytes: res.rawPayload };
}

/** Imports a package as `cube`, as the CLI does: the kind is the package's. */
async function importPackage(files: ImportFile[], cube: string) {
  const parsed = IMPORTERS.fdp.parse(files, YEAR);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  const dipres = (await findInstitution(t.database.db, 'dipres'))!.id;
  await t.database.db.transaction((tx) => importDataset(tx, {
    institutionId: dipres, cube, year: YEAR, format: 'fdp', kind: IMPORTERS.fdp.kindOf(parsed.budget),
    sourceNames: files.map((f) => f.name), checksum: checksumOf(files), budget: parsed.budget,
  }, { id: null, label: 'test' }));
  return parsed.budget;
}

beforeAll(async () => {
  t = await createTestApp();
  await importReal(t, { institution: 'dipres', path: 'ley/2017.csv', format: 'dipres-ley', year: YEAR });
  await importReal(t, { institution: 'dipres', path: 'ejecucion-2017/original', format: 'dipres-ejecucion', year: YEAR, cube: 'dipres-2017-abril' });
}, 240_000);
afterAll(() => t.close());

describe('Fiscal Data Package round trip', () => {
  it.each([
    ['dipres-2017-ley', 'ley'],
    ['dipres-2017-abril', 'ejecucion'],
  ])('%s comes back identical, as a %s', async (cube, kind) => {
    const copy = `${cube}-fdp`;
    await importPackage([await download(cube)], copy);
    expect((await findDataset(t.database.db, copy))?.kind).toBe(kind);
    const [original, back] = [await factsOf(cube), await factsOf(copy)];
    expect(original.length).toBeGreaterThan(6000);
    expect(back).toEqual(original);
    expect(original.some((f) => f.moneda === 'USD')).toBe(true);
    expect(original.some((f) => f.tecnologia === 'true')).toBe(true);
    const [names, namesBack] = [await labelsOf(cube), await labelsOf(copy)];
    expect(names.length).toBeGreaterThan(1000);
    expect(namesBack).toEqual(names);
  }, 240_000);

  it('reads the package unzipped into a folder as it reads the zip', async () => {
    const zip = await download('dipres-2017-ley');
    const folder = mkdtempSync(join(tmpdir(), 'cabildo-fdp-'));
    for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    try {
      const files = await readImportFiles(folder);
      expect(files.map((f) => f.name)).toEqual(['data/dipres-2017-ley.csv', 'datapackage.json']);
      expect(IMPORTERS.fdp.parse(files, YEAR)).toEqual(IMPORTERS.fdp.parse([zip], YEAR));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('facts CSV round trip', () => {
  it.each(['dipres-2017-ley', 'dipres-2017-abril'])('the CSV of %s, read back, gives its facts', async (cube) => {
    const res = await t.app.inject({ url: `/api/v1/budget/cubes/${cube}/facts.csv` });
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const fromCsv = rows.map((r) => ({
      partida: r['partida.code'], capitulo: r['capitulo.code'], programa: r['programa.code'], subtitulo: r['subtitulo.code'],
      item: r['item.code'], asignacion: r['asignacion.code'], tipo: r['tipo.code'], moneda: r['moneda.code'],
      mes: r['mes.code'] || null, tecnologia: r['tecnologia.code'], inicial: r.inicial || null, vigente: r.vigente || null, ejecutado: r.ejecutado || null,
    }));
    // The download's order (codes, currency, month) is the query's; compare as sorted lists.
    const sorted = (list: Record<string, string | null>[]) => list.map((f) => JSON.stringify(f)).sort();
    expect(sorted(fromCsv)).toEqual(sorted(await factsOf(cube)));
  }, 120_000);
});
