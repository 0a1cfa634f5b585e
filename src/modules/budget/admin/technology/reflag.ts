// Re-flags `tecnologia` on every fact of every dataset after the technology rules changed, in the change's own
// transaction, so the figures never disagree with the published rule set; then rebuilds the rollups of the datasets
// whose facts changed (the aggregate API reads them). The SQL is technology.ts's matcher, the one imports use:
//   a rule subtítulo.ítem[.asignación] matches a fact at that node or below it, never a coarser fact, and each
//   level compares as a number ("06" = "6"; a level that is not a number matches nothing, as Number() gives NaN).
// technology.int.test.ts checks both agree fact by fact.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { queryRows } from '../../../../core/db/client.js';
import { refreshBudgetRollups } from '../../rollups.js';
import { budgetFacts, budgetTechnologyRules } from '../../schema.js';

const level = (column: SQL) => sql`case when ${column} ~ '^[0-9]{1,9}$' then ${column}::int end`;

export interface Reflagged {
  /** Facts whose flag flipped, and in how many datasets. */
  facts: number;
  datasets: number;
}

/** Sets every fact's flag from the active rules, touching only the facts whose flag changes. */
export async function reflagTechnology(tx: Tx): Promise<Reflagged> {
  const rows = await queryRows<{ datasetId: number; n: number }>(tx, sql`
    with rules as (
      select split_part(${budgetTechnologyRules.code}, '.', 1)::int as s,
        nullif(split_part(${budgetTechnologyRules.code}, '.', 2), '')::int as i,
        nullif(split_part(${budgetTechnologyRules.code}, '.', 3), '')::int as a
      from ${budgetTechnologyRules} where ${budgetTechnologyRules.active}
    ), changed as (
      update ${budgetFacts} f set tecnologia = not f.tecnologia
      where f.tecnologia <> exists (
        select 1 from rules r
        where r.s = ${level(sql`f.subtitulo`)}
          and (r.i is null or r.i = ${level(sql`f.item`)})
          and (r.a is null or r.a = ${level(sql`f.asignacion`)}))
      returning f.dataset_id
    )
    select dataset_id as "datasetId", count(*)::int as n from changed group by dataset_id order by dataset_id`);
  for (const { datasetId } of rows) await refreshBudgetRollups(tx, datasetId);
  return { facts: rows.reduce((sum, r) => sum + r.n, 0), datasets: rows.length };
}
