// Presupuesto Abierto (budget): the national and institutional budgets and their execution, imported from DIPRES,
// BCN and institutions' own files, explored by partida … asignación, with technology spending flagged.
//
// Tables owned (schema.ts): budget_datasets (one per imported file or folder = one cube), budget_facts (the leaves of
// the classification, bigint pesos), budget_labels (node names), budget_rollups and budget_rollup_grains (the facts
// pre-summed for the aggregate API, rollups.ts), budget_technology_rules (what counts as technology), budget_deflators
// (the IPC chain for real terms), budget_imports (upload jobs).
// Public exports: budgetModule; importDataset and the cube naming (commands/import-dataset.ts); the dataset reads
// (queries.ts); the technology matcher (technology.ts); the national gasto rule (national-totals.ts); the importers'
// contract (import/types.ts) and the parsers (import/dipres-*.ts, import/cabildo-csv.ts), with the file reader the CLI uses;
// procurement payments as execution (procurement-execution.ts: recordProcurementPayment into the institution's
// "<slug>-<year>-pagos-compras" cube, format 'cabildo-procurement', read by ejecutado; parseBudgetLine; procurementPaymentsCube).
import type { AppModule } from '../../core/module.js';
import { babbageRoutes } from './routes.api.js';
import { budgetPageRoutes } from './pages/routes.js';
import { TECHNOLOGY_PATH } from './pages/technology.js';
import { budgetBase } from './pages/explorer.js';
import { budgetAdminRoutes } from './admin/routes.js';
import { seedBudgetDemo } from './seed.js';
import { budgetDownloadRoutes } from './routes.downloads.js';

export { importDataset, defaultCubeName, isCubeName, CubeTakenError, type ImportDatasetInput } from './commands/import-dataset.js';
export { findDataset, findNodeLabel, listDatasets, datasetTotals, type BudgetDataset, type MeasureTotals } from './queries.js';
export { technologyMatcher, isTechnologyRuleCode, type TechnologyMatcher } from './technology.js';
export { refreshBudgetRollups } from './rollups.js';
export { recordProcurementPayment, parseBudgetLine, procurementPaymentsCube, type ProcurementPayment } from './procurement-execution.js';
export { isAporteFiscalTransfer, nationalGastoTotal, nationalGastoTotalOf } from './national-totals.js';
export { listMunicipalExecutionYears, listMunicipalTechnology } from './municipal-technology.js';
export { BUDGET_FORMATS, DATASET_FORMATS, DATASET_KINDS, type BudgetFormat, type DatasetFormat, type DatasetKind } from './schema.js';
export type { ParsedBudget, ParseResult, BudgetFact, NodeLabel, ImportProblem } from './import/types.js';
export { parseDipresLey } from './import/dipres-ley.js';
export { parseDipresEjecucion, type ImportFile } from './import/dipres-ejecucion.js';
export { parseCabildoCsv } from './import/cabildo-csv.js';
export { readImportFiles } from './import/files.js';
export { IMPORTERS, checksumOf, type Importer } from './import/importers.js';
export { loadDeflators, deflatorsFrom, type Deflators } from './deflators.js';

/**
 * The OpenSpending (Babbage) API (routes.api.ts, in its own context so its error handler covers only its routes), the
 * public pages (pages/), the officials' pages (admin/) and the downloads (routes.downloads.ts).
 */
export const budgetModule: AppModule = {
  name: 'budget',
  plugin: async (app, deps) => {
    await app.register(babbageRoutes, deps);
    await app.register(budgetPageRoutes, deps);
    await app.register(budgetAdminRoutes, deps);
    await app.register(budgetDownloadRoutes, deps);
  },
  pages: { overview: TECHNOLOGY_PATH, institution: budgetBase },
  seedDemo: seedBudgetDemo,
  datasets: (db) => import('./datasets.js').then((m) => m.listBudgetDatasets(db)),
};
