// What the contract and call-off commands share: the locks that serialise two officials acting on one process, and
// the checks of the fields they take (calendar dates in Santiago, budget lines of the clasificador, incubator links).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { InvalidField, notFound } from '../../../core/http/errors.js';
import { toDayNumber, toSantiagoDate } from '../../../core/calendar/calendar-date.js';
import { parseBudgetLine } from '../../budget/index.js';
import { procurementCalls as calls, procurementContracts as contracts, procurementLots as lots } from '../schema.js';

/**
 * Locks the call (the same row lock recordProcessEvent takes), so checks of sums and states and the step that follows
 * see no concurrent change of the same process: two payments of one contract, two call-offs of one lot.
 */
export async function lockCall(tx: Tx, callId: number) {
  const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update');
  if (!call) throw notFound();
  return call;
}

/** A contract with its call (locked) and lot. */
export async function lockContract(tx: Tx, contractId: number) {
  const [row] = await tx.select({ callId: contracts.callId }).from(contracts).where(eq(contracts.id, contractId));
  if (!row) throw notFound();
  const call = await lockCall(tx, row.callId);
  const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
  const [lot] = await tx.select().from(lots).where(eq(lots.id, contract!.lotId));
  return { call, contract: contract!, lot: lot! };
}

/** A 'YYYY-MM-DD' date that exists, or a 422 on the field. */
export function checkDay(field: string, value: string): number {
  try {
    return toDayNumber(value);
  } catch {
    throw new InvalidField(field, 'procurement.contracts.error.date');
  }
}

/** A day not after the Santiago date of `at` (a payment or a milestone met is a fact, not a plan). */
export function checkPastDay(field: string, value: string, at: Date): number {
  const day = checkDay(field, value);
  if (day > toDayNumber(toSantiagoDate(at))) throw new InvalidField(field, 'procurement.contracts.error.futureDate');
  return day;
}

/** A gasto line of the clasificador ('22.11.003'), or null for none. */
export function checkBudgetLine(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!parseBudgetLine(value)) throw new InvalidField(field, 'procurement.contracts.error.budgetLine');
  return value.trim();
}

/** http(s) URL or a slug: a javascript: or data: URL would run in the reader's browser from a public page. */
const INCUBATOR_REF = /^(https?:\/\/[^\s]{1,480}|[a-z0-9]+(-[a-z0-9]+)*)$/;

export function checkIncubatorRef(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!INCUBATOR_REF.test(value.trim()) || value.length > 500) throw new InvalidField('incubatorRef', 'procurement.contracts.error.incubatorRef');
  return value.trim();
}
