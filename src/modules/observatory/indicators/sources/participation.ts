// Participation, per institution and calendar year (Santiago), as the participation module counts it
// (participation/activity.ts): processes opened that year, and distinct participants per 1,000 inhabitants. The
// population is SINIM's for the year when imported, else the INE 2024 projection, and the provenance says which.
import { countParticipationByInstitution, findFirstParticipationYear } from '../../../participation/index.js';
import { yearBounds, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'participation';

export const participationSource: IndicatorSource = {
  module: MODULE,
  years: async (db, ctx) => {
    const last = Number(ctx.today.slice(0, 4));
    const first = Math.min((await findFirstParticipationYear(db)) ?? last, last);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  },
  compute: async (db, year, ctx) => {
    const out: ComputedValue[] = [];
    const { from, to } = yearBounds(year);
    for (const r of await countParticipationByInstitution(db, from, to)) {
      const cut = ctx.municipalities.get(r.institutionId);
      if (!cut) continue;
      out.push({ cut, year, indicator: 'participation.processes', value: r.opened,
        provenance: { module: MODULE, definition: 'participatory processes whose first phase started in the year', opened: r.opened, participants: r.participants } });
      const population = ctx.population(cut, year);
      if (population && population.people > 0) {
        out.push({ cut, year, indicator: 'participation.participants_per_thousand', value: (1000 * r.participants) / population.people,
          provenance: { module: MODULE, definition: 'distinct participants in the year × 1000 / population', numerator: r.participants,
            denominator: population.people, population: population.from } });
      }
    }
    return out;
  },
};
