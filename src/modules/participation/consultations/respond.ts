// Saving a respondent's answers, from the API or the questionnaire form: who the respondent is (a signed-in person, or
// for 'anyone' consultations a random cookie whose hash keys the response), eligibility (401/403), the window and
// phase (409), the answers (per-question errors), then the saveResponse command in its own transaction.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../core/config.js';
import type { Db } from '../../../core/db/client.js';
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import { auditActor } from '../../../core/policy.js';
import { saveResponse } from './commands/save-response.js';
import { eligibilityProblem, windowProblem } from './rules.js';
import { checkAnswers, unknownQuestion, type AnswerError } from './validation.js';
import type { ConsultationWithQuestions, Respondent } from './queries.js';

export const RESPONDENT_COOKIE = 'cabildo_respondent';
const YEAR = 365 * 24 * 3600;

/** The respondent of this request; with `create`, an anonymous browser gets its random cookie (set on the reply). */
export function respondentOf(request: FastifyRequest, reply: FastifyReply | null, config: Config): Respondent | null {
  if (request.actor) return { personId: request.actor.personId };
  let token = request.cookies[RESPONDENT_COOKIE];
  if (!token || token.length < 20) {
    if (!reply) return null;
    token = randomBytes(24).toString('base64url');
    reply.setCookie(RESPONDENT_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: YEAR });
  }
  // Only the hash is stored, so a copy of the database cannot be used to answer as that browser.
  return { respondentKey: createHash('sha256').update(token).digest('hex') };
}

export type RespondOutcome =
  | { ok: true; responseId: number; edited: boolean }
  | { ok: false; error: HttpError }
  | { ok: false; errors: Map<number, AnswerError> };

export async function respond(db: Db, config: Config, request: FastifyRequest, reply: FastifyReply, c: ConsultationWithQuestions,
  raw: Record<string, unknown>): Promise<RespondOutcome> {
  const eligibility = await eligibilityProblem(db, config, request.actor, c);
  if (eligibility) return { ok: false, error: eligibility };
  const window = await windowProblem(db, c, new Date(), request.locale);
  if (window) return { ok: false, error: window };
  const unknown = unknownQuestion(c.questions, raw);
  if (unknown) return { ok: false, error: badRequest('participation.consultation.unknownQuestion', { id: unknown }) };
  const checked = checkAnswers(c.questions, raw);
  if (!checked.ok) return checked;
  const respondent = respondentOf(request, reply, config)!;
  const actor = request.actor ? auditActor(request.actor) : { id: null, label: 'anonymous' };
  const saved = await db.transaction((tx) => saveResponse(tx, { consultationId: c.id, institutionId: c.institutionId, respondent, answers: checked.answers }, actor));
  return { ok: true, ...saved };
}
