// The modules that feed the index, one source each; the refresh (../commands/refresh-computed.ts) runs them all.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../../core/db/client.js';
import { comunas, institutions } from '../../../../core/tenancy/schema.js';
import { observatoryValues } from '../schema.js';
import { transparencySource } from './transparency.js';
import { participationSource } from './participation.js';
import { procurementSource } from './procurement.js';
import { budgetSource } from './budget.js';
import type { IndicatorSource, SourceContext } from './types.js';

export const SOURCES: readonly IndicatorSource[] = [transparencySource, participationSource, procurementSource, budgetSource];

export async function loadSourceContext(db: DbOrTx, today: string): Promise<SourceContext> {
  const [municipal, projected, imported] = await Promise.all([
    db.select({ id: institutions.id, cut: institutions.cutCode }).from(institutions).where(and(eq(institutions.kind, 'municipality'), isNotNull(institutions.cutCode))),
    db.select({ code: comunas.code, people: comunas.population2024 }).from(comunas),
    db.select({ cut: observatoryValues.cut, year: observatoryValues.year, value: observatoryValues.value, source: observatoryValues.source })
      .from(observatoryValues).where(eq(observatoryValues.indicator, 'context.population')),
  ]);
  const byYear = new Map(imported.map((r) => [`${r.cut}|${r.year}`, r]));
  const ine = new Map(projected.map((c) => [c.code, c.people]));
  return {
    municipalities: new Map(municipal.map((m) => [m.id, m.cut!])),
    population: (cut, year) => {
      const same = byYear.get(`${cut}|${year}`);
      if (same) return { people: same.value, from: `context.population ${year} (${same.source})` };
      const people = ine.get(cut);
      return people ? { people, from: 'INE projection 2024 (comunas.population2024)' } : null;
    },
    today,
  };
}
