// Submitting a bid on an open lot, for a supplier the person represents: the price (integer pesos, within the lot's
// fixed budget), an answer per criterion that evaluators score, and documents. Everything but who bid on which lot and
// when is sealed (seal.ts) in this transaction: the content and each document are bound to the new bid's id, so the
// row is written first and its sealed column filled once the id exists. A refusal throws before anything is written.
import { and, count, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { Actor } from '../../../../core/policy.js';
import { auditActor } from '../../../../core/policy.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { InvalidField, conflict, forbidden, notFound } from '../../../../core/http/errors.js';
import { sanitiseFileName, sniffDocument } from '../../../../core/http/files.js';
import {
  procurementBidDocuments as docs, procurementBids as bids, procurementCalls as calls, procurementLots as lots,
  procurementSupplierRepresentatives as reps, procurementSuppliers as suppliers,
} from '../../schema.js';
import { answeredCriteria, findLot } from '../queries.js';
import { sealBidContent, sealBidDocument, type SealingConfig } from '../seal.js';

export const MAX_BID_DOCUMENTS = 10;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** All documents of one bid together: the upload parser refuses a larger form while it streams in. */
export const MAX_BID_BYTES = 25 * 1024 * 1024;
export const MAX_ANSWER_LENGTH = 10_000;

export type SubmitBidInput = {
  lotId: number;
  supplierId: number;
  price: number;
  /** Criterion id → answer. */
  answers: Record<string, string>;
  documents: Array<{ fileName: string; bytes: Buffer }>;
};

/** The form field of a criterion's answer (the page and the multipart API use the same names). */
export const answerField = (criterionId: number) => `answer-${criterionId}`;

/** Returns the new bid's id. `at` is the server's clock unless a seed or a test sets it. */
export async function submitBid(tx: Tx, config: SealingConfig, input: SubmitBidInput, actor: Pick<Actor, 'personId' | 'name'>, at = new Date()): Promise<number> {
  const lot = await lockedLot(tx, input.lotId);
  const [represents] = await tx.select({ id: reps.supplierId }).from(reps).where(and(eq(reps.supplierId, input.supplierId), eq(reps.personId, actor.personId)));
  if (!represents) throw forbidden();
  if (lot.callState !== 'published' || lot.state !== 'open') throw conflict('procurement.bid.error.lotClosed');
  // Bids are received until the deadline the call fixed, by the server clock: up to and including the instant bidsUntil
  // (process/lifecycle.ts, the same boundary opening uses).
  if (at.getTime() > lot.bidsUntil.getTime()) throw conflict('procurement.bid.error.deadlinePassed');
  const { errors, answers, documents } = checkBid(lot.budgetAmount, await answeredCriteria(tx, lot.callId), input);
  const first = Object.entries(errors)[0];
  if (first) throw new InvalidField(first[0], first[1]);
  await checkLimits(tx, lot, input.supplierId);

  const [bid] = await tx.insert(bids).values({
    lotId: lot.id, supplierId: input.supplierId, submittedBy: actor.personId, submittedAt: at, sealed: Buffer.alloc(0),
  }).returning({ id: bids.id });
  const target = { lotId: lot.id, bidId: bid!.id };
  await tx.update(bids).set({ sealed: sealBidContent(config, target, { price: input.price, answers }) }).where(eq(bids.id, bid!.id));
  if (documents.length > 0) {
    await tx.insert(docs).values(documents.map((d) => ({ bidId: bid!.id, sealed: sealBidDocument(config, target, d), size: d.bytes.length, uploadedAt: at })));
  }
  // Private: who bids is not public before opening, and the summary never holds the price.
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: lot.institutionId, action: 'procurement.bid.submitted', resourceType: 'procurement_bid',
    resourceId: bid!.id, public: false, summary: { lotId: lot.id, documents: documents.length },
  });
  return bid!.id;
}

/**
 * The lot, with its call locked FOR SHARE: opening locks the call FOR UPDATE (process/commands/record-event.ts), so a
 * bid accepted at the deadline is committed before the lot's bids are read for opening, or sees the lot opened.
 */
async function lockedLot(tx: Tx, lotId: number) {
  const [ref] = await tx.select({ callId: lots.callId }).from(lots).where(eq(lots.id, lotId));
  if (!ref) throw notFound();
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, ref.callId)).for('share');
  return (await findLot(tx, { lotId }))!;
}

type BidFields = Pick<SubmitBidInput, 'price' | 'answers' | 'documents'>;

/**
 * Every field problem of a bid at once, by form field (the form shows them all; the command throws the first), with
 * the answers trimmed and the documents named and typed as they will be sealed.
 */
export function checkBid(budgetAmount: number, criteria: Array<{ id: number }>, input: BidFields) {
  const errors: Record<string, MessageKey> = {};
  if (!Number.isSafeInteger(input.price) || input.price <= 0) errors.price = 'procurement.bid.error.price';
  // The lot's budget is fixed (issue 8): a bid above it is refused, not merely scored down.
  else if (input.price > budgetAmount) errors.price = 'procurement.bid.error.overBudget';
  const known = new Set(criteria.map((c) => String(c.id)));
  if (Object.keys(input.answers).some((id) => !known.has(id))) errors.answers = 'procurement.bid.error.unknownCriterion';
  const answers: Record<string, string> = {};
  for (const c of criteria) {
    const text = (input.answers[String(c.id)] ?? '').trim();
    if (!text) errors[answerField(c.id)] = 'procurement.bid.error.answerRequired';
    else if (text.length > MAX_ANSWER_LENGTH) errors[answerField(c.id)] = 'procurement.bid.error.answerTooLong';
    answers[String(c.id)] = text;
  }
  const documents = input.documents.map((f) => ({ fileName: sanitiseFileName(f.fileName), bytes: f.bytes, mediaType: '' }));
  const documentError = (): MessageKey | null => {
    if (documents.length > MAX_BID_DOCUMENTS) return 'procurement.bid.error.tooManyDocuments';
    if (documents.reduce((sum, f) => sum + f.bytes.length, 0) > MAX_BID_BYTES) return 'procurement.bid.error.documentsTooLarge';
    for (const d of documents) {
      if (d.bytes.length === 0) return 'procurement.bid.error.documentEmpty';
      if (d.bytes.length > MAX_DOCUMENT_BYTES) return 'procurement.bid.error.documentTooLarge';
      d.mediaType = sniffDocument(d.bytes, d.fileName) ?? '';
      if (!d.mediaType) return 'procurement.bid.error.documentType';
    }
    return null;
  };
  const documentProblem = documentError();
  if (documentProblem) errors.documents = documentProblem;
  return { errors, answers, documents };
}

/**
 * One live bid per supplier and lot (the unique index is the last word; this gives the clear message), and at most the
 * call's maxLotsBid lots with a live bid. The supplier's row is locked so two bids of one supplier on two lots of the
 * call are counted one after the other.
 */
async function checkLimits(tx: Tx, lot: { id: number; callId: number; maxLotsBid: number | null }, supplierId: number) {
  await tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.id, supplierId)).for('update');
  const live = and(eq(bids.supplierId, supplierId), eq(bids.state, 'submitted'));
  const [same] = await tx.select({ n: count() }).from(bids).where(and(live, eq(bids.lotId, lot.id)));
  if (same!.n > 0) throw conflict('procurement.bid.error.alreadyBid');
  if (lot.maxLotsBid === null) return;
  const [others] = await tx.select({ n: count() }).from(bids).innerJoin(lots, eq(lots.id, bids.lotId))
    .where(and(live, eq(lots.callId, lot.callId), ne(bids.lotId, lot.id)));
  if (others!.n >= lot.maxLotsBid) throw conflict('procurement.bid.error.maxLots', { max: lot.maxLotsBid });
}
