// The events of a contracting process, each with the fields its kind carries: one TypeBox schema per kind checks what
// commands record and types the replay (lifecycle.ts). The history is the process's public record (Ley 19.886 art.
// 20: the acts of a procurement are published), except drafting, which stays private until publication.
import { Type, type Static } from '@sinclair/typebox';
import type { EventAuthor } from './schema.js';

const reason = Type.String({ minLength: 1, maxLength: 5000 });
const id = Type.Integer({ minimum: 1 });

export const ProcessEventSchemas = {
  /** A call is created as a draft (its row holds the content): private. */
  drafted: Type.Object({}),
  /** Content changed: in a draft, privately; once published, a public amendment (OCDS tenderAmendment). */
  amended: Type.Object({ summary: reason }),
  /** The call and all its lots open for bids. */
  published: Type.Object({}),
  /** An answer to a question was published (the Q&A is public; the asker never is). */
  question_answered: Type.Object({ questionId: id }),
  /** The lot's deadline passed and its bids were unsealed; `bids` counts those submitted and not withdrawn. */
  bids_opened: Type.Object({ bids: Type.Integer({ minimum: 0 }) }),
  /**
   * The lot is awarded to the top-ranked admissible bids (up to the lot's admitCount) and its report published; the
   * standstill runs until `standstillUntil` (ISO instant), when the award may be confirmed.
   */
  awarded: Type.Object({
    awards: Type.Array(Type.Object({ awardId: id, bidId: id, supplierId: id, amount: Type.Integer({ minimum: 0 }), rank: id }), { minItems: 1 }),
    standstillUntil: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' }),
  }),
  /** The standstill ended without a successful challenge: the awards are final. */
  award_confirmed: Type.Object({}),
  /** No bid, or no admissible bid: the lot is deserted (declarado desierto), with reasons. */
  deserted: Type.Object({ reason }),
  lot_cancelled: Type.Object({ reason }),
  /** The whole call is cancelled (revocada): every lot not yet final is cancelled with it. */
  cancelled: Type.Object({ reason }),
  contract_signed: Type.Object({ contractId: id }),
  milestone_met: Type.Object({ contractId: id, milestoneId: id }),
  payment_recorded: Type.Object({ contractId: id, paymentId: id }),
  contract_terminated: Type.Object({ contractId: id, reason }),
  /** A call-off process starts: directly with a supplier, or by a renewed competition among the admitted ones. */
  call_off_started: Type.Object({ callOffId: id }),
  /** The call-off goes to a supplier (directly, or as the winner of the renewed competition). */
  call_off_awarded: Type.Object({ callOffId: id, supplierId: id, amount: Type.Integer({ minimum: 0 }) }),
  call_off_cancelled: Type.Object({ callOffId: id, reason }),
};

export type ProcessEventKind = keyof typeof ProcessEventSchemas;
export const PROCESS_EVENT_KINDS = Object.keys(ProcessEventSchemas) as ProcessEventKind[];

export type ProcessEvent = {
  [K in ProcessEventKind]: { kind: K; at: Date; author: EventAuthor; lotId: number | null; data: Static<(typeof ProcessEventSchemas)[K]> };
}[ProcessEventKind];
