// The deflator table with the name of who last changed each year (null for the migration's seed values).
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../../core/db/client.js';
import { people } from '../../../../core/auth/schema.js';
import { budgetDeflators } from '../../schema.js';

export function listDeflatorRows(db: DbOrTx) {
  return db.select({
    year: budgetDeflators.year, variation: budgetDeflators.variation, source: budgetDeflators.source,
    updatedByName: people.name, updatedAt: budgetDeflators.updatedAt,
  }).from(budgetDeflators).leftJoin(people, eq(people.id, budgetDeflators.updatedBy)).orderBy(asc(budgetDeflators.year));
}
export type DeflatorRow = Awaited<ReturnType<typeof listDeflatorRows>>[number];
