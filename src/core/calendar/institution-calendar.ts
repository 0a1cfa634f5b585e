// The calendar an institution's deadlines are counted on: its territory's holidays (by its CUT code) plus the extra
// holidays its admins added (schema.ts).
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { institutions } from '../tenancy/schema.js';
import { institutionHolidays } from './schema.js';
import type { CalendarOptions } from './holidays.js';

export async function findInstitutionCalendar(db: Db | Tx, institutionId: number): Promise<CalendarOptions> {
  const [institution] = await db.select({ cutCode: institutions.cutCode }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw new RangeError(`no institution ${institutionId}`);
  const extraHolidays = await db.select({ date: institutionHolidays.date, name: institutionHolidays.name, law: institutionHolidays.law })
    .from(institutionHolidays).where(eq(institutionHolidays.institutionId, institutionId)).orderBy(asc(institutionHolidays.date));
  return { ...(institution.cutCode ? { territory: institution.cutCode } : {}), extraHolidays };
}
