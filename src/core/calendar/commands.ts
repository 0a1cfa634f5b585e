// An institution's extra holidays, added and removed by its admins (schema.ts). Ley 19.880 art. 25 makes a feriado
// inhábil, so the change moves the deadlines counted over that day: in the same transaction as the change and its
// public audit row, every module's calendarChanged hook recomputes its open deadlines and records why (module.ts).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { appendAudit, type AuditActor } from '../audit/log.js';
import type { AppModule } from '../module.js';
import { institutionHolidays } from './schema.js';
import { listHolidays } from './holidays.js';
import { findInstitutionCalendar } from './institution-calendar.js';

export type CalendarChangedHook = NonNullable<AppModule['calendarChanged']>;

export interface HolidayInput {
  institutionId: number;
  date: string;
  name: string;
  law: string;
}

/** Why a holiday could not be added: the institution has it already, or the day is a feriado on its calendar anyway. */
export type AddHolidayRefusal = { refused: 'duplicate' } | { refused: 'already_holiday'; name: string };

async function notifyModules(tx: Tx, hooks: readonly CalendarChangedHook[], institutionId: number, reason: string) {
  for (const hook of hooks) await hook(tx, { institutionId, reason });
}

export async function addInstitutionHoliday(tx: Tx, input: HolidayInput, actor: AuditActor, hooks: readonly CalendarChangedHook[]): Promise<{ id: number } | AddHolidayRefusal> {
  const calendar = await findInstitutionCalendar(tx, input.institutionId);
  const existing = listHolidays(Number(input.date.slice(0, 4)), calendar).find((h) => h.date === input.date);
  if (existing) {
    const own = calendar.extraHolidays?.some((h) => h.date === input.date);
    return own ? { refused: 'duplicate' } : { refused: 'already_holiday', name: existing.name };
  }
  const [row] = await tx.insert(institutionHolidays).values(input).onConflictDoNothing().returning({ id: institutionHolidays.id });
  // A concurrent admin added the same day between the read and the insert.
  if (!row) return { refused: 'duplicate' };
  // The modules recompute first and take the audit lock only when they write, so this transaction never holds the
  // audit lock while waiting for a request row that a step in progress holds (and that step waits for the audit lock).
  await notifyModules(tx, hooks, input.institutionId, `Feriado agregado por la institución: ${input.date}, ${input.name} (${input.law})`);
  await appendAudit(tx, {
    actor, institutionId: input.institutionId, action: 'institution_holiday.add', resourceType: 'institution_holiday',
    resourceId: row.id, public: true, summary: { date: input.date, name: input.name, law: input.law },
  });
  return row;
}

/** Removes one of the institution's holidays; null when it has no such holiday (another institution's id, or gone). */
export async function removeInstitutionHoliday(tx: Tx, where: { institutionId: number; id: number }, actor: AuditActor, hooks: readonly CalendarChangedHook[]) {
  const [row] = await tx.delete(institutionHolidays)
    .where(and(eq(institutionHolidays.id, where.id), eq(institutionHolidays.institutionId, where.institutionId)))
    .returning({ date: institutionHolidays.date, name: institutionHolidays.name, law: institutionHolidays.law });
  if (!row) return null;
  await notifyModules(tx, hooks, where.institutionId, `Feriado eliminado por la institución: ${row.date}, ${row.name} (${row.law})`);
  await appendAudit(tx, {
    actor, institutionId: where.institutionId, action: 'institution_holiday.remove', resourceType: 'institution_holiday',
    resourceId: where.id, public: true, summary: row,
  });
  return row;
}
