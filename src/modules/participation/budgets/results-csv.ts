// The results as rows (CSV/JSON export): one row per district, outcome and project, funded or not. A budget has a few
// hundred projects at most, read once; the generator keeps sendCsv's streaming interface.
import type { DbOrTx } from '../../../core/db/client.js';
import { listProjects, type StoredResult } from './queries.js';

export async function* resultCsvRows(db: DbOrTx, budgetId: number, rows: StoredResult[]) {
  const projects = await listProjects(db, budgetId, false);
  for (const r of rows) {
    const funded = new Set(r.selected);
    for (const p of projects) {
      if (r.district !== '' && p.district !== r.district) continue;
      if (p.verdict !== 'feasible') continue;
      yield { district: r.district, kind: r.kind, rule: r.rule, projectId: p.id, title: p.title, cost: (p.reviewedCost ?? p.cost).toString(), funded: funded.has(p.id) };
    }
  }
}
