// The budget's datasets as the open-data catalogue lists them (AppModule.datasets): each imported budget (one cube)
// with its downloads: every fact as CSV and JSON, the whole cube as a Fiscal Data Package, and its Babbage model.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.js';
import type { ModuleDataset } from '../../core/module.js';
import { institutions } from '../../core/tenancy/schema.js';
import { budgetDatasets } from './schema.js';
import { budgetBase } from './pages/explorer.js';

/** A DIPRES execution report comes as dozens of files: name a few, count the rest. */
const sourceOf = (names: string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} y ${names.length - 2} archivos más`);
const KIND_TITLE = { ley: 'Presupuesto aprobado', ejecucion: 'Ejecución presupuestaria' } as const;

export async function listBudgetDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  const rows = await db.select({ d: budgetDatasets, slug: institutions.slug, name: institutions.name }).from(budgetDatasets)
    .innerJoin(institutions, eq(institutions.id, budgetDatasets.institutionId)).orderBy(asc(budgetDatasets.cube));
  return rows.map(({ d, slug, name }) => {
    const api = `/api/v1/budget/cubes/${d.cube}`;
    return {
      key: d.cube, institutionId: d.institutionId, title: `${KIND_TITLE[d.kind]} ${d.year} — ${name}`,
      description: `${KIND_TITLE[d.kind]} ${d.year} de ${name}, por partida, capítulo, programa, subtítulo, ítem y asignación, en pesos (${d.factCount} líneas). Fuente: ${sourceOf(d.sourceNames)}.`,
      theme: 'ECON', keywords: ['presupuesto', d.kind === 'ley' ? 'ley de presupuestos' : 'ejecución presupuestaria', String(d.year)], frequency: d.kind === 'ley' ? 'ANNUAL' : 'MONTHLY',
      temporal: { start: `${d.year}-01-01`, end: `${d.year}-12-31` }, landingPage: `${budgetBase(slug)}/${d.year}`, issued: d.importedAt, modified: d.importedAt,
      distributions: [
        { key: 'facts-csv', title: 'Hechos (CSV)', format: 'CSV', mediaType: 'text/csv', url: `${api}/facts.csv` },
        { key: 'facts-json', title: 'Hechos (JSON)', format: 'JSON', mediaType: 'application/json', url: `${api}/facts.json` },
        { key: 'fdp', title: 'Fiscal Data Package', format: 'ZIP', mediaType: 'application/zip', url: `${api}/datapackage.zip` },
        { key: 'model', title: 'API de cubos (Babbage): modelo', format: 'JSON', mediaType: 'application/json', url: `/api/3/cubes/${d.cube}/model` },
      ],
    };
  });
}
