// Who may answer a consultation and when: the respondent level (401/403), then the window and the process's active
// phase (409, as every participation write: processes/phases.ts). Each check answers the error to show, or null.
import { asc, eq } from 'drizzle-orm';
import type { Config } from '../../../core/config.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { conflict, HttpError, unauthorized } from '../../../core/http/errors.js';
import { formatters, type Locale } from '../../../core/i18n/index.js';
import { meetsVerification, type Actor } from '../../../core/policy.js';
import { participationPhases } from '../processes/schema.js';
import { componentOpen } from '../processes/phases.js';
import { canVote } from '../votes/eligibility.js';
import type { ConsultationRow } from './queries.js';

export const notEligible = (level: ConsultationRow['respondents']) =>
  new HttpError(403, 'not_eligible', level === 'eligibility_list' ? 'participation.consultation.notOnList' : 'participation.consultation.needsVerified');

/** Null when the actor may answer; 401 when signing in would let them try, 403 when their level is not enough. */
export async function eligibilityProblem(db: DbOrTx, config: Config, actor: Actor | null, c: Pick<ConsultationRow, 'respondents' | 'eligibilityListId'>): Promise<HttpError | null> {
  if (c.respondents === 'anyone') return null;
  if (!actor) return unauthorized();
  if (c.respondents === 'signed_in') return null;
  if (c.respondents === 'identity_verified') return meetsVerification(actor, 'identity') ? null : notEligible(c.respondents);
  // The RUN check of an eligibility list is the same as for binding votes: the verified person's keyed RUN hash on it.
  return (await canVote(db, config, actor, { eligibilityListId: c.eligibilityListId })) ? null : notEligible(c.respondents);
}

export const CONSULTATION_STATES = ['upcoming', 'open', 'closed'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];
export const consultationState = (c: Pick<ConsultationRow, 'opensAt' | 'closesAt'>, now: Date): ConsultationState =>
  now < c.opensAt ? 'upcoming' : now < c.closesAt ? 'open' : 'closed';

/** Null when answers are accepted at `now`; otherwise the 409 that says why not, with the date that matters. */
export async function windowProblem(db: DbOrTx, c: Pick<ConsultationRow, 'opensAt' | 'closesAt' | 'processId'>, now: Date, locale: Locale): Promise<HttpError | null> {
  const date = (d: Date) => formatters(locale).dateTime.format(d);
  if (now < c.opensAt) return conflict('participation.consultation.notOpen', { date: date(c.opensAt) });
  if (now >= c.closesAt) return conflict('participation.consultation.closed', { date: date(c.closesAt) });
  const phases = await db.select({ id: participationPhases.id, startsAt: participationPhases.startsAt, endsAt: participationPhases.endsAt,
    components: participationPhases.components }).from(participationPhases)
    .where(eq(participationPhases.processId, c.processId)).orderBy(asc(participationPhases.startsAt));
  return componentOpen(phases, 'consultation', now) ? null : conflict('participation.consultation.phaseClosed');
}

/** Results (and the export) are public from results_at; before, a 409 that says when. */
export const resultsProblem = (c: Pick<ConsultationRow, 'resultsAt'>, now: Date, locale: Locale) =>
  (now < c.resultsAt ? conflict('participation.consultation.resultsLater', { date: formatters(locale).dateTime.format(c.resultsAt) }) : null);
