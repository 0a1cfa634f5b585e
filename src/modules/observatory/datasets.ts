// The index's results as the open-data catalogue lists them (AppModule.datasets, wired in index.ts): one dataset,
// published by the institution that publishes the index, with the CSV and the JSON API of the latest year, once the
// index has results. Its temporal range is the years with scores; the index is recomputed yearly (and whenever its
// inputs or method change), hence an annual frequency.
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../core/config.js';
import type { DbOrTx } from '../../core/db/client.js';
import type { ModuleDataset } from '../../core/module.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { observatoryScores as s } from './index/schema.js';
import { findCurrentMethod, listScoredYears } from './index/queries.js';
import { INDEX_API, OBSERVATORY_PATH } from './pages/present.js';

/** Published by CABILDO_OBSERVATORY_INSTITUTION (config.ts, 'subdere' by default). */
export async function listObservatoryDatasets(db: DbOrTx, config: Config): Promise<ModuleDataset[]> {
  const method = await findCurrentMethod(db);
  if (!method) return [];
  const years = await listScoredYears(db, method.version);
  const [range] = await db.select({ modified: sql<string | null>`max(${s.computedAt})` }).from(s).where(eq(s.methodVersion, method.version));
  const publisher = await findInstitution(db, config.observatoryInstitution);
  if (!publisher || years.length === 0) return [];
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  return [{
    key: 'indice-govtech-municipal', institutionId: publisher.id,
    title: 'Índice GovTech Municipal: resultados por municipalidad',
    description: `Puntaje de 0 a 100, lugar, grupo (A a D), grupo de pares, puntaje por pilar y cobertura de las 345 municipalidades de Chile, por año, según la versión ${method.version} del método publicado en ${OBSERVATORY_PATH}/metodologia.`,
    theme: 'GOVE', keywords: ['gobierno digital', 'GovTech', 'municipalidades', 'índice compuesto', 'SINIM'],
    frequency: 'ANNUAL', temporal: { start: `${first}-01-01`, end: `${last}-12-31` }, landingPage: `${OBSERVATORY_PATH}/ranking`,
    issued: method.publishedAt, modified: range?.modified ? new Date(range.modified) : method.publishedAt,
    // One CSV and one JSON per year, newest first (years with scores under the current method).
    distributions: years.flatMap(({ year }) => [
      { key: `csv-${year}`, title: `Resultados ${year} (CSV)`, format: 'CSV', mediaType: 'text/csv', url: `${INDEX_API}.csv?year=${year}` },
      { key: `json-${year}`, title: `Resultados ${year} (JSON)`, format: 'JSON', mediaType: 'application/json', url: `${INDEX_API}?year=${year}` },
    ]),
  }];
}
