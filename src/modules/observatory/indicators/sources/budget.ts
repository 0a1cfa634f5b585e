// Digital spending, from the budget module's technology lens: the facts its rule set flags as technology
// (budget/technology.ts, clasificador codes such as 29.06 or 22.11.003) in a municipality's execution dataset of the
// year, as a share of the executed gasto (the national gasto rule, nationalGastoTotalOf, which leaves out only the
// Tesoro Público's transfers and so changes nothing for a municipality) and per inhabitant. Only execution datasets
// that hold the whole budget count (not the procurement payments cube), and the largest if there are several; a value
// only when the executed gasto is above zero.
import { listMunicipalExecutionYears, listMunicipalTechnology } from '../../../budget/index.js';
import { percent, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'budget';

export const budgetSource: IndicatorSource = {
  module: MODULE,
  years: (db) => listMunicipalExecutionYears(db),
  compute: async (db, year, ctx) => {
    const out: ComputedValue[] = [];
    for (const b of await listMunicipalTechnology(db, year)) {
      const cut = ctx.municipalities.get(b.institutionId);
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
