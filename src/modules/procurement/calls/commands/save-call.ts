// Writing a call's content: creating a draft (drafted), editing a draft (a private amended), and amending a published
// call (a public amended with its summary, OCDS tenderAmendment). Every rule is judged before anything is written, so a
// refused call leaves no row behind; `at` is the moment of the step (now, or a seed's past).
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { institutions, regions } from '../../../../core/tenancy/schema.js';
import { ocidForCall } from '../../process/ocid.js';
import { recordProcessEvent, loadProcess } from '../../process/commands/record-event.js';
import { isRefusal, next } from '../../process/lifecycle.js';
import { procurementCalls as calls, procurementCriteria as criteria, procurementLots as lots } from '../schema.js';
import { checkAmendment, lotField, validateCall, type CallInput, type Problem } from '../rules.js';
import { assertValid } from '../invalid-call.js';
import { findCallDetail, inputOf } from '../queries.js';

export type CreateCallInput = CallInput & { institutionId: number; ocidPrefix: string };

/** Lot regions must be regions of the reference table (CUT codes). */
async function checkRegions(tx: Tx, input: CallInput): Promise<Problem[]> {
  const codes = [...new Set(input.lots.map((l) => l.regionCode).filter((c): c is string => c !== null))];
  const known = codes.length ? (await tx.select({ code: regions.code }).from(regions).where(inArray(regions.code, codes))).map((r) => r.code) : [];
  return input.lots.flatMap((l, i) => (l.regionCode !== null && !known.includes(l.regionCode) ? [{ field: lotField(i, 'regionCode'), key: 'procurement.calls.error.region' as const }] : []));
}

const callColumns = (input: CallInput) => ({
  kind: input.kind, title: input.title, description: input.description, maxLotsBid: input.maxLotsBid, maxLotsWon: input.maxLotsWon, standstillDays: input.standstillDays,
});
const lotColumns = (l: CallInput['lots'][number]) => ({
  title: l.title, description: l.description, budgetAmount: l.budgetAmount, regionCode: l.regionCode, category: l.category,
  questionsUntil: l.questionsUntil, bidsUntil: l.bidsUntil, awardBy: l.awardBy, deliveryStart: l.deliveryStart, deliveryEnd: l.deliveryEnd,
  admitCount: l.admitCount, budgetLine: l.budgetLine,
});

async function insertContent(tx: Tx, callId: number, input: CallInput): Promise<void> {
  await tx.insert(lots).values(input.lots.map((l, i) => ({ callId, number: i + 1, ...lotColumns(l) })));
  await tx.insert(criteria).values(input.criteria.map((c, i) => ({ callId, position: i + 1, ...c })));
}

/** A new draft; its ocid is fixed now from the installation's prefix, the institution's slug and the call's id. */
export async function createCall(tx: Tx, input: CreateCallInput, actor: AuditActor, at = new Date()): Promise<{ id: number; ocid: string }> {
  assertValid([...validateCall(input, at), ...await checkRegions(tx, input)]);
  const [inst] = await tx.select({ slug: institutions.slug }).from(institutions).where(eq(institutions.id, input.institutionId));
  const [row] = await tx.insert(calls).values({ institutionId: input.institutionId, ocid: 'pending', createdBy: actor.id, createdAt: at, updatedAt: at, ...callColumns(input) })
    .returning({ id: calls.id });
  const ocid = ocidForCall(input.ocidPrefix, inst!.slug, row!.id);
  await tx.update(calls).set({ ocid }).where(eq(calls.id, row!.id));
  await insertContent(tx, row!.id, input);
  await recordProcessEvent(tx, { callId: row!.id, kind: 'drafted', data: {}, author: 'official', actor, at });
  return { id: row!.id, ocid };
}

/**
 * Saves new content. A draft is rewritten whole (its lots and criteria are nobody's reference yet) and judged as at
 * creation; a published call is amended in place under checkAmendment's limits, with a public summary, and only while
 * the lifecycle allows (before the earliest bids deadline of its open lots), judged on the calendar as published.
 */
export async function updateCall(tx: Tx, callId: number, input: CallInput, summary: string | null, actor: AuditActor, at = new Date()): Promise<void> {
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).for('update');
  const current = (await findCallDetail(tx, callId))!;
  if (current.state !== 'draft' && current.state !== 'published') throw conflict('procurement.calls.error.notEditable');
  const data = { summary: summary ?? 'draft' };
  if (current.state === 'published') {
    if (!summary) assertValid([{ field: 'summary', key: 'procurement.calls.error.summary' }]);
    const { snapshot, ctx } = await loadProcess(tx, callId, current.ocid, 'call');
    const verdict = next(snapshot, { kind: 'amended', at, author: 'official', lotId: null, data }, ctx);
    if (isRefusal(verdict)) throw conflict(verdict.messageKey, verdict.params);
    // Only open lots are amended: a lot already cancelled keeps what it was cancelled with.
    const open = (i: number) => current.lots[i]?.state === 'open';
    const amended = { ...input, lots: input.lots.map((l, i) => (open(i) || !current.lots[i] ? l : inputOf(current).lots[i]!)) };
    assertValid([...checkAmendment(inputOf(current), amended), ...validateCall(amended, at, 'bids', open), ...await checkRegions(tx, amended)]);
    for (const [i, lot] of current.lots.entries()) if (open(i)) await tx.update(lots).set(lotColumns(amended.lots[i]!)).where(eq(lots.id, lot.id));
  } else {
    assertValid([...validateCall(input, at), ...await checkRegions(tx, input)]);
    await tx.delete(lots).where(eq(lots.callId, callId));
    await tx.delete(criteria).where(eq(criteria.callId, callId));
    await insertContent(tx, callId, input);
  }
  await tx.update(calls).set({ ...callColumns(input), updatedAt: at }).where(eq(calls.id, callId));
  await recordProcessEvent(tx, { callId, kind: 'amended', data, author: 'official', actor, at });
}
