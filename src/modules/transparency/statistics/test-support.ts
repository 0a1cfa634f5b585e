// Requests for the statistics and ticker tests: hand-made rows written straight into the tables with the cache columns
// a test wants (state, dates, answer), so each figure is known beforehand; and requests filed through the requests
// area's command, due on a chosen day, for the ticker (whose recompute replays their history).
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../../test-support/app.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { findInstitutionCalendar, isBusinessDay, type CalendarOptions } from '../../../core/calendar/index.js';
import type { MailMessage } from '../../../core/auth/email.js';
import { transparencyRequests, transparencyRequestEvents, type AnswerKind, type DenialCause, type RequestState } from '../requests/schema.js';
import { fileRequest } from '../requests/commands/file-request.js';

let counter = 0;

export interface HandMadeRequest {
  institution?: string;
  /** Santiago wall-clock time, '2025-03-03T10:00'. */
  filed: string;
  state: RequestState;
  receivedOn?: string;
  dueOn?: string;
  extendedDueOn?: string;
  correctionDueOn?: string;
  answer?: { kind: AnswerKind; at: string; cause?: DenialCause };
}

export async function insertHandMadeRequest(t: TestApp, x: HandMadeRequest): Promise<number> {
  const { db } = t.database;
  const institution = (await findInstitution(db, x.institution ?? 'temuco'))!;
  const n = ++counter;
  // Folios from 900000 on, apart from those fileRequest numbers from 1 in the same year and institution.
  const filedAt = fromSantiagoLocal(x.filed)!;
  const answeredAt = x.answer ? fromSantiagoLocal(x.answer.at)! : null;
  const [row] = await db.insert(transparencyRequests).values({
    institutionId: institution.id, folio: `${x.filed.slice(0, 4)}-${900000 + n}`, subject: `Solicitud ${n}`, body: 'Texto',
    requesterName: `Solicitante ${n}`, requesterEmail: `solicitante${n}@test.cabildo.cl`, accessTokenHash: randomBytes(16).toString('hex'),
    filedAt, state: x.state, receivedOn: x.receivedOn ?? x.filed.slice(0, 10), dueOn: x.dueOn ?? null, extendedDueOn: x.extendedDueOn ?? null, correctionDueOn: x.correctionDueOn ?? null,
    answerKind: x.answer?.kind ?? null, answeredAt,
  }).returning({ id: transparencyRequests.id });
  const id = row!.id;
  await db.insert(transparencyRequestEvents).values({ requestId: id, institutionId: institution.id, kind: 'filed', author: 'requester', at: filedAt });
  if (x.answer) {
    await db.insert(transparencyRequestEvents).values({
      requestId: id, institutionId: institution.id, kind: 'answered', author: 'official', at: answeredAt!,
      data: { kind: x.answer.kind, text: 'Respuesta', ...(x.answer.cause ? { cause: x.answer.cause } : {}) },
    });
  }
  return id;
}

/** An email sink that keeps what it is given (the real SMTP path is tested once, through the test mailbox). */
export function capturingMailer() {
  const sent: MailMessage[] = [];
  return { sent, send: async (m: MailMessage) => { sent.push(m); }, close: () => {} };
}
export const silentLog = { info: () => {}, error: () => {} };

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The business day a request must be filed on (at 10:00) for its 20 business days (art. 14) to end on `due`. */
export function filingDayFor(due: string, calendar: CalendarOptions): string {
  let day = due;
  for (let counted = 0; counted < 20;) {
    day = dayBefore(day);
    if (isBusinessDay(day, calendar)) counted += 1;
  }
  return day;
}

/** A request filed through the requests area's command, so the ticker's replay and recompute see a real history. */
export async function fileRequestDueOn(t: TestApp, due: string, opts: { institution?: string; requesterPersonId?: number } = {}) {
  const institution = (await findInstitution(t.database.db, opts.institution ?? 'temuco'))!;
  const calendar = await findInstitutionCalendar(t.database.db, institution.id);
  const at = fromSantiagoLocal(`${filingDayFor(due, calendar)}T10:00`)!;
  const filed = await t.database.db.transaction((tx) => fileRequest(tx, {
    institutionId: institution.id, subject: `Actas del concejo ${++counter}`, body: 'Las actas de 2026.', requesterName: `Solicitante ${counter}`,
    requesterEmail: `solicitante${counter}@test.cabildo.cl`, requesterPersonId: opts.requesterPersonId ?? null, rules: { thirdPartySuspends: false }, at,
  }));
  return { ...filed, institutionId: institution.id, email: `solicitante${counter}@test.cabildo.cl` };
}
