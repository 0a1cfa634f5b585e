// `cabildo budget import` run in-process against a throwaway embedded-database folder, on the real DIPRES files.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/client.js';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { withDatabase } from './database.js';
import { budgetImport } from './budget.js';

const BUDGET_DATA = fileURLToPath(new URL('../../../shared/data/budget/', import.meta.url));
const scratch = useCliDataDir('budget');

const run = (args: string[]) => runCommand(() => budgetImport(args));

const datasets = () => withDatabase((db) => queryRows<{ cube: string; facts: number; tech: number; seen: number }>(db, sql`
  select d.cube, d.fact_count as facts, (select count(*)::int from budget_facts f where f.dataset_id = d.id and f.tecnologia) as tech,
    (select count(*)::int from budget_facts f where f.dataset_id = d.id) as seen
  from budget_datasets d order by d.cube`));

describe('cabildo budget import', () => {
  it('imports the 2017 Ley, prints only the cube, then refuses the HTML "2016.csv" and keeps the cube as it was', async () => {
    const ley = join(BUDGET_DATA, 'ley', '2017.csv');
    const imported = await run(['--institution', 'dipres', '--file', ley, '--format', 'dipres-ley', '--year', '2017']);
    expect(imported).toMatchObject({ code: 0, stdout: 'dipres-2017-ley\n' });
    expect(imported.stderr).toMatch(/^parsed \d+ facts and \d+ labels from 1 file\n/);
    const [first] = await datasets();
    expect(first.cube).toBe('dipres-2017-ley');
    expect(first.seen).toBe(first.facts);
    expect(first.tech).toBeGreaterThan(0); // 29.06 and 29.07 are ítems of the Ley

    const html = join(BUDGET_DATA, 'ley', '2016-not-a-csv.html');
    const refused = await run(['--institution', 'dipres', '--file', html, '--format', 'dipres-ley', '--year', '2017', '--cube', 'dipres-2017-ley']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(new RegExp(`^${html.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 1: .*HTML`));
    expect(refused.stderr).toContain('nothing imported');
    expect(await datasets()).toEqual([first]);
  }, 120_000);

  it('imports a folder of execution files as one cube under the name given', async () => {
    const folder = join(BUDGET_DATA, 'ejecucion-2017', 'original');
    const imported = await run(['--institution', 'dipres', '--file', folder, '--format', 'dipres-ejecucion', '--year', '2017', '--cube', 'dipres-2017-abril']);
    expect(imported).toMatchObject({ code: 0, stdout: 'dipres-2017-abril\n' });
    expect(imported.stderr).toMatch(/from 338 files\n/);
    expect((await datasets()).map((d) => d.cube)).toEqual(['dipres-2017-abril', 'dipres-2017-ley']);
  }, 120_000);

  it('imports a municipality\'s cabildo-csv file (215/115 prefixes, monthly execution) as its ejecucion cube', async () => {
    const file = join(scratch(), 'temuco-2024.csv');
    const months = (base: number) => Array.from({ length: 12 }, (_, m) => base * (m + 1)).join(',');
    writeFileSync(file, [
      '\uFEFFcodigo,denominacion,inicial,vigente,ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic',
      `115,INGRESOS,1.000.000,1.000.000,${months(0)}`,
      `115.08.03,Participación del Fondo Común Municipal,1.000.000,1.000.000,${months(80)}`,
      `215,GASTOS,900.000,950.000,${months(0)}`,
      `215.22,Bienes y Servicios de Consumo,900.000,950.000,${months(0)}`,
      `215.22.11,Servicios Técnicos y Profesionales,900.000,950.000,${months(0)}`,
      `215.22.11.002,Cursos de Capacitación,100.000,100.000,${months(5)}`,
      `215.22.11.003,Servicios Informáticos,800.000,850.000,${months(60)}`,
      `215.22.11.003.001,Soporte,500.000,500.000,${months(40)}`,
      `215.22.11.003.002,"Licencias, nube",300.000,350.000,${months(20)}`,
    ].join('\n') + '\n');
    const imported = await run(['--institution', 'temuco', '--file', file, '--format', 'cabildo-csv', '--year', '2024']);
    expect(imported).toMatchObject({ code: 0, stdout: 'temuco-2024-ejecucion\n' });
    // Three leaves (115.08.03, 215.22.11.002, 215.22.11.003 with its two sub-asignaciones folded) × (1 yearly + 12 months).
    expect(imported.stderr).toMatch(/^parsed 39 facts and 5 labels from 1 file\n/);
    const temuco = (await datasets()).find((d) => d.cube === 'temuco-2024-ejecucion');
    expect(temuco).toMatchObject({ facts: 39, seen: 39 });
    expect(temuco?.tech).toBeGreaterThan(0); // 22.11.003 Servicios Informáticos

    const bad = join(scratch(), 'bad.csv');
    writeFileSync(bad, 'codigo,denominacion,inicial,vigente\n115.22.11.003,Prefijo equivocado,1,1\n');
    const refused = await run(['--institution', 'temuco', '--file', bad, '--format', 'cabildo-csv', '--year', '2024', '--cube', 'temuco-2024-ejecucion']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('bad.csv: line 2: prefix 115 is for ingresos but subtítulo 22 is gasto');
  }, 120_000);

  it('imports a Fiscal Data Package from a folder or a zip, its kind from what it holds, and refuses a bad one whole', async () => {
    // Written by hand, not by Cabildo: columns found by columnType, the phase from the v0.3 model, the currency per row.
    const descriptor = {
      name: 'temuco-2023', resources: [{ name: 'gastos', path: 'data/gastos.csv', schema: { fields: [
        { name: 'anio', type: 'integer', columnType: 'date:fiscal-year' },
        { name: 'mes', type: 'integer', columnType: 'date:fiscal-month' },
        { name: 'subtitulo', type: 'string', columnType: 'economic-classification:generic:level1:code' },
        { name: 'item', type: 'string', columnType: 'economic-classification:generic:level2:code' },
        { name: 'asignacion', type: 'string', columnType: 'economic-classification:generic:level3:code' },
        { name: 'nombre', type: 'string', columnType: 'economic-classification:generic:level3:label' },
        { name: 'moneda', type: 'string', columnType: 'value-currency:code' },
        { name: 'pagado', type: 'number', columnType: 'value' },
      ] } }],
      model: { measures: { pagado: { source: 'pagado', phase: 'executed' } } },
    };
    const csv = (amount: string) => `anio,mes,subtitulo,item,asignacion,nombre,moneda,pagado\n2023,1,22,11,003,Servicios Informáticos,CLP,60000\n2023,2,22,11,003,Servicios Informáticos,CLP,${amount}\n`;
    const folder = join(scratch(), 'temuco-2023');
    mkdirSync(join(folder, 'data'), { recursive: true });
    writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(descriptor));
    writeFileSync(join(folder, 'data', 'gastos.csv'), csv('61000'));
    const imported = await run(['--institution', 'temuco', '--file', folder, '--format', 'fdp', '--year', '2023']);
    expect(imported).toMatchObject({ code: 0, stdout: 'temuco-2023-ejecucion\n' });
    expect(imported.stderr).toMatch(/^parsed 2 facts and 1 labels from 2 files\n/);
    expect((await datasets()).find((d) => d.cube === 'temuco-2023-ejecucion')).toMatchObject({ facts: 2, seen: 2, tech: 2 });

    const zip = join(scratch(), 'temuco-2023.zip');
    writeFileSync(zip, zipSync({ 'datapackage.json': strToU8(JSON.stringify(descriptor)), 'data/gastos.csv': strToU8(csv('61000')) }));
    expect(await run(['--institution', 'temuco', '--file', zip, '--format', 'fdp', '--year', '2023', '--cube', 'temuco-2023-zip']))
      .toMatchObject({ code: 0, stdout: 'temuco-2023-zip\n' });

    writeFileSync(zip, zipSync({ 'datapackage.json': strToU8(JSON.stringify(descriptor)), 'data/gastos.csv': strToU8(csv('sesenta mil')) }));
    const refused = await run(['--institution', 'temuco', '--file', zip, '--format', 'fdp', '--year', '2023', '--cube', 'temuco-2023-zip']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain(`${zip}: line 3: data/gastos.csv: pagado is not a number: "sesenta mil"`);
    expect(refused.stderr).toContain('nothing imported');
    expect((await datasets()).find((d) => d.cube === 'temuco-2023-zip')).toMatchObject({ facts: 2 });
  }, 120_000);

  it('says what is wrong with the options before opening the database', async () => {
    const base = ['--institution', 'dipres', '--file', join(BUDGET_DATA, 'ley', '2017.csv'), '--year', '2017'];
    await expect(run(base)).rejects.toThrow('--format is required');
    await expect(run([...base, '--format', 'xls'])).rejects.toThrow('unknown --format xls: use dipres-ley or dipres-ejecucion or cabildo-csv or fdp');
    await expect(run([...base, '--format', 'dipres-ley', '--cube', 'Ley 2017'])).rejects.toThrow('--cube must be lower-case');
    await expect(run(['--institution', 'dipres', '--file', join(scratch(), 'nope.csv'), '--format', 'dipres-ley', '--year', '2017']))
      .rejects.toThrow(/cannot read --file .*ENOENT/);
    await expect(run(['--institution', 'dipres', '--file', join(BUDGET_DATA, 'ejecucion-2017', 'original'), '--format', 'dipres-ley', '--year', '2017']))
      .rejects.toThrow('--format dipres-ley takes one file, not a folder');
  });
});
