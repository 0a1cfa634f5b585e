// Digital spending, from the budget module's technology lens: the facts its rule set flags as technology
// (budget/technology.ts, clasificador codes such as 29.06 or 22.11.003) in a municipality's execution dataset of the
// year, as a share of the executed gasto (the national gasto rule, nationalGastoTotalOf, which leaves out only the
// Tesoro Público's transfers and so changes nothing for a municipality) and per inhabitant. Only execution datasets
// that hold the whole budget count (not the procurement payments cube), and the largest if there are several; a value
// only when the executed gasto is above zero.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../../core/db/client.js';
import { nationalGastoTotalOf } from '../../../budget/index.js';
import { percent, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'budget';

export const budgetSource: IndicatorSource = {
  module: MODULE,
  years: async (db) => (await queryRows<{ year: number }>(db, sql`
    select distinct d.year from budget_datasets d join institutions i on i.id = d.institution_id
    where i.kind = 'municipality' and d.kind = 'ejecucion' order by 1`)).map((r) => Number(r.year)),
  compute: async (db, year, ctx) => {
    const datasets = await queryRows<{ id: number; cube: string; institutionId: number; technology: string | null }>(db, sql`
      select d.id, d.cube, d.institution_id as "institutionId",
        (select coalesce(sum(f.ejecutado), 0)::text from budget_facts f where f.dataset_id = d.id and f.tipo = 'gasto' and f.moneda = 'CLP' and f.tecnologia) as technology
      from budget_datasets d join institutions i on i.id = d.institution_id
      where i.kind = 'municipality' and d.kind = 'ejecucion' and d.format <> 'cabildo-procurement' and d.year = ${year}
      order by d.id`);
    const best = new Map<number, { cube: string; technology: bigint; gasto: bigint }>();
    for (const d of datasets) {
      const gasto = await nationalGastoTotalOf(db, Number(d.id), 'ejecutado');
      const seen = best.get(Number(d.institutionId));
      if (!seen || gasto > seen.gasto) best.set(Number(d.institutionId), { cube: d.cube, technology: BigInt(d.technology ?? '0'), gasto });
    }
    const out: ComputedValue[] = [];
    for (const [institutionId, b] of best) {
      const cut = ctx.municipalities.get(institutionId);
      if (!cut || b.gasto <= 0n) continue;
      const figures = { module: MODULE, cube: b.cube, technology: b.technology.toString(), unit: 'CLP' };
      out.push({ cut, year, indicator: 'spending.technology_share', value: percent(Number(b.technology), Number(b.gasto)),
        provenance: { ...figures, definition: 'executed technology gasto / executed gasto (technology rules of the budget module)', numerator: b.technology.toString(), denominator: b.gasto.toString() } });
      const population = ctx.population(cut, year);
      if (population && population.people > 0) {
        out.push({ cut, year, indicator: 'spending.technology_per_capita', value: Number(b.technology) / population.people,
          provenance: { ...figures, definition: 'executed technology gasto / population', numerator: b.technology.toString(), denominator: population.people, population: population.from } });
      }
    }
    return out;
  },
};
