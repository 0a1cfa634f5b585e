// The events of an information request, each with the fields its kind carries: one TypeBox schema per kind validates
// a form or API body and types the replay (lifecycle.ts). The event log is the request's legal record: what happened,
// when, by whom, with what reasons (Ley 20.285 arts. 12–21; Ley 19.880 art. 16 on the publicity of the procedure).
import { Type, type Static } from '@sinclair/typebox';
import { ANSWER_KINDS, DENIAL_CAUSES } from './schema.js';

const reasons = Type.String({ minLength: 1, maxLength: 5000 });
const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

export const RequestEventSchemas = {
  /**
   * The request arrived (the row holds its content); `at` is the filing instant. thirdPartySuspends freezes the
   * installation's art. 20 rule (config CABILDO_TRANSPARENCY_THIRD_PARTY_SUSPENDS) for this request, so changing the
   * setting later never moves a deadline already running (clock.ts); absent means false.
   */
  filed: Type.Object({ thirdPartySuspends: Type.Optional(Type.Boolean()) }),
  acknowledged: Type.Object({}),
  /** Art. 12: what the request lacks; the requester has 5 business days to correct it. */
  correction_requested: Type.Object({ reasons }),
  /** The requester's correction; the 20 days start again from it. */
  corrected: Type.Object({ text: reasons }),
  /** Art. 12: not corrected in time, the request is deemed withdrawn (written by the clock). */
  correction_expired: Type.Object({}),
  withdrawn: Type.Object({ reasons: Type.Optional(Type.String({ maxLength: 5000 })) }),
  /**
   * Art. 13: sent to the competent body. When that body is on this installation, its new request is linked
   * (toInstitutionId, toRequestId); otherwise only its name is recorded.
   */
  transferred: Type.Object({
    toBody: Type.String({ minLength: 1, maxLength: 300 }),
    toInstitutionId: Type.Optional(Type.Integer()),
    toRequestId: Type.Optional(Type.Integer()),
    reasons,
  }),
  /** Art. 20: a third party whose rights the answer may affect is told (within 2 business days); label is public. */
  third_party_notified: Type.Object({ label: Type.String({ minLength: 1, maxLength: 200 }) }),
  /** Art. 20: the third party opposed within 3 business days of notice; delivery of what concerns them is blocked. */
  third_party_opposed: Type.Object({ notifiedEventId: Type.Integer(), reasons }),
  /** Art. 20: the Consejo para la Transparencia decided on an opposition. */
  council_decided: Type.Object({ notifiedEventId: Type.Integer(), deliveryAllowed: Type.Boolean() }),
  /** Art. 14: the one extension of 10 business days, with reasons, before the deadline expires. */
  extended: Type.Object({ reasons }),
  answered: Type.Object({
    kind: literals(ANSWER_KINDS),
    text: Type.String({ maxLength: 20000 }),
    /** Required when kind is denied or partially_delivered: the art. 21 cause. */
    cause: Type.Optional(literals(DENIAL_CAUSES)),
    /** Art. 15: where the information is already public (kind already_public). */
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  }),
  comment: Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }),
  satisfaction: Type.Object({ satisfied: Type.Boolean(), text: Type.Optional(Type.String({ maxLength: 5000 })) }),
  /** An official's note for colleagues: never on the public timeline. */
  note: Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }),
  /** The calendar changed (holidays added or corrected): the deadlines before and after, and why (recompute.ts). */
  deadline_recomputed: Type.Object({
    reason: Type.String(),
    before: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
    after: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
  }),
} as const;

export type RequestEventKind = keyof typeof RequestEventSchemas;
export const REQUEST_EVENT_KINDS = Object.keys(RequestEventSchemas) as RequestEventKind[];
export type RequestEventData<K extends RequestEventKind> = Static<(typeof RequestEventSchemas)[K]>;

/** An event as the replay sees it. */
export type RequestEvent = {
  [K in RequestEventKind]: { id?: number; kind: K; at: Date; author: 'requester' | 'official' | 'system'; data: RequestEventData<K> }
}[RequestEventKind];
