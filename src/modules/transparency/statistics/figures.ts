// The statistics as the pages, the CSV and the API read them: one institution's years, or every institution's year,
// with the institution's slug and name, in the order people look for them (newest year first; institutions by name).
import type { DbOrTx } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { findYearFigures, listInstitutionNames, listStatisticsYears, type YearFigures } from './queries.js';

export type NamedFigures = YearFigures & { slug: string; name: string };

export const todayInChile = () => toSantiagoDate(new Date());

/** Every institution with requests filed in `year`, by name. */
export async function findOverviewFigures(db: DbOrTx, year: number, today = todayInChile()): Promise<NamedFigures[]> {
  const figures = await findYearFigures(db, { year, institutionIds: null, today });
  const byId = new Map(figures.map((f) => [f.institutionId, f]));
  const names = await listInstitutionNames(db, [...byId.keys()]);
  return names.map((i) => ({ ...byId.get(i.id)!, slug: i.slug, name: i.name }));
}

/** One institution's figures for each year with requests, newest first (years without requests are left out). */
export async function* iterateInstitutionYears(db: DbOrTx, institution: { id: number; slug: string; name: string }, today = todayInChile()) {
  for (const year of await listStatisticsYears(db, institution.id, today)) {
    const [figures] = await findYearFigures(db, { year, institutionIds: [institution.id], today });
    if (figures) yield { ...figures, slug: institution.slug, name: institution.name } satisfies NamedFigures;
  }
}
