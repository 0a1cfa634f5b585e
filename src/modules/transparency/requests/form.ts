// The forms of information requests: filing one (Ley 20.285 art. 12: name, address — here an email —, the
// information wanted, and the format the requester prefers), the requester's actions on the private page and the
// officials' actions on the workspace. Each action form is read into the event it records (events.ts), so the page
// and the JSON API hand the lifecycle the same shape.
import { Type, type Static, type TLiteral, type TObject, type TUnion } from '@sinclair/typebox';
import { EMAIL_PATTERN, parseForm, type FormResult } from '../../../core/http/form.js';
import { SubmissionField } from '../../../core/http/idempotency.js';
import type { Translate } from '../../../core/i18n/index.js';
import { ANSWER_KINDS, DENIAL_CAUSES, REQUEST_DELIVERIES, REQUEST_FORMATS } from './schema.js';
import type { RequestEventKind } from './events.js';

const oneOf = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v))) as TUnion<Array<TLiteral<T[number]>>>;
const text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const FilingFields = {
  name: Type.String({ minLength: 2, maxLength: 200 }),
  email: Type.String({ pattern: EMAIL_PATTERN, maxLength: 320 }),
  subject: Type.String({ minLength: 5, maxLength: 200 }),
  body: Type.String({ minLength: 10, maxLength: 10000 }),
  format: oneOf(REQUEST_FORMATS),
  delivery: oneOf(REQUEST_DELIVERIES),
  address: Type.Optional(Type.String({ maxLength: 500 })),
};
export const FilingForm = Type.Object({ ...FilingFields, showName: Type.Optional(Type.Literal('on')), submission: SubmissionField });
export type Filing = Omit<Static<typeof FilingForm>, 'showName' | 'submission'> & { showName: boolean; submission?: string };

/** Art. 12: an address for delivery by post is a required element of such a request, and only of such a request. */
export function readFilingForm(body: unknown, t: Translate): FormResult<Filing> {
  const form = parseForm(FilingForm, body, t);
  if (!form.ok) return form;
  const { showName, address, ...rest } = form.value;
  if (rest.delivery === 'post' && !address) {
    return { ok: false, errors: { address: t('transparency.request.form.addressRequired') }, values: body as Record<string, string> };
  }
  return { ok: true, value: { ...rest, address: rest.delivery === 'post' ? address : undefined, showName: showName === 'on' } };
}

/** A form that records one event: its fields, and how they become the event's data. */
interface ActionForm<S extends TObject> { kind: RequestEventKind; schema: S; data: (value: Static<S>) => Record<string, unknown> }
const action = <S extends TObject>(kind: RequestEventKind, schema: S, data: (value: Static<S>) => Record<string, unknown>): ActionForm<S> => ({ kind, schema, data });
const Id = Type.Integer({ minimum: 1 });

/** The officials' actions on the workspace, by the Spanish slug of their URL (…/gestion/{slug}); field names unique on the page. */
export const OFFICIAL_ACTIONS = {
  acusar: action('acknowledged', Type.Object({}), () => ({})),
  subsanacion: action('correction_requested', Type.Object({ correctionReasons: text(5000) }), (v) => ({ reasons: v.correctionReasons })),
  // The institution of this installation comes as its slug; the route turns it into toInstitutionId and its name.
  derivar: action('transferred', Type.Object({ toInstitution: Type.Optional(Type.String({ maxLength: 100 })), toBody: Type.Optional(Type.String({ maxLength: 300 })), transferReasons: text(5000) }),
    (v) => ({ toBody: v.toBody ?? '', reasons: v.transferReasons, ...(v.toInstitution ? { toInstitution: v.toInstitution } : {}) })),
  tercero: action('third_party_notified', Type.Object({ partyLabel: text(200) }), (v) => ({ label: v.partyLabel })),
  oposicion: action('third_party_opposed', Type.Object({ opposedParty: Id, oppositionReasons: text(5000) }), (v) => ({ notifiedEventId: v.opposedParty, reasons: v.oppositionReasons })),
  consejo: action('council_decided', Type.Object({ decidedParty: Id, deliveryAllowed: oneOf(['true', 'false'] as const) }),
    (v) => ({ notifiedEventId: v.decidedParty, deliveryAllowed: v.deliveryAllowed === 'true' })),
  prorrogar: action('extended', Type.Object({ extensionReasons: text(5000) }), (v) => ({ reasons: v.extensionReasons })),
  responder: action('answered', Type.Object({
    kind: oneOf(ANSWER_KINDS), cause: Type.Optional(oneOf(DENIAL_CAUSES)), url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
    answerText: Type.String({ maxLength: 20000 }), preview: Type.Optional(Type.Literal('1')), reviewed: Type.Optional(Type.String({ maxLength: 100 })),
  }), ({ preview: _p, reviewed: _r, answerText, ...v }) => ({ ...v, text: answerText })),
  nota: action('note', Type.Object({ noteText: text(5000) }), (v) => ({ text: v.noteText })),
  comentar: action('comment', Type.Object({ commentText: text(5000) }), (v) => ({ text: v.commentText })),
} as const;
export type OfficialAction = keyof typeof OFFICIAL_ACTIONS;

/**
 * The requester's actions on the private page (/transparencia/seguimiento/{token}/{slug}). Field names are unique
 * across a page's forms, so each control has its own id (core's form components derive it from the name).
 */
export const REQUESTER_ACTIONS = {
  comentar: action('comment', Type.Object({ commentText: text(5000) }), (v) => ({ text: v.commentText })),
  subsanar: action('corrected', Type.Object({ correctionText: text(5000) }), (v) => ({ text: v.correctionText })),
  desistir: action('withdrawn', Type.Object({ withdrawReasons: Type.Optional(Type.String({ maxLength: 5000 })) }), (v) => (v.withdrawReasons ? { reasons: v.withdrawReasons } : {})),
  evaluar: action('satisfaction', Type.Object({ satisfied: oneOf(['true', 'false'] as const), ratingText: Type.Optional(Type.String({ maxLength: 5000 })) }),
    (v) => ({ satisfied: v.satisfied === 'true', ...(v.ratingText ? { text: v.ratingText } : {}) })),
} as const;
export type RequesterAction = keyof typeof REQUESTER_ACTIONS;

/** Reads an action form into the event it records, or the form's errors. */
export function readActionForm(form: { kind: RequestEventKind; schema: TObject; data: (value: never) => Record<string, unknown> }, body: unknown, t: Translate): FormResult<{ kind: RequestEventKind; data: Record<string, unknown> }> {
  const parsed = parseForm(form.schema, body, t);
  return parsed.ok ? { ok: true, value: { kind: form.kind, data: form.data(parsed.value as never) } } : parsed;
}

/** The action a form's URL slug names, or undefined for any other string. */
export const actionOf = <T extends Record<string, unknown>>(actions: T, slug: string): T[keyof T] | undefined =>
  Object.hasOwn(actions, slug) ? actions[slug as keyof T] : undefined;
