// The incubator's committee records a milestone review (issue 10 point 3): the team's evidence, the indicators frozen
// as they stood in the month it was held, the committee's decision and reasons. As in beta.gouv.fr's comités
// d'investissement, the decision has consequences on the spot: 'stop' ends the service (investigación sin
// continuación while in investigation, abandonado after) and a 'pivot' may take it back to investigación, both as a
// phase dated the day the review was held, through the registry's recordPhase, in the same transaction — so a
// refusal anywhere writes nothing. Who may: the route checks canReviewService (the incubator's host, not the team).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { findServiceById, type ServiceRecord } from '../../registry/queries.js';
import { recordPhase } from '../../registry/commands/record-phase.js';
import { checkPastDay, checkText } from '../../registry/commands/checks.js';
import { isIncubationPhase, nextPhases, type Phase } from '../../phases.js';
import { snapshotIndicators } from '../../impact/snapshot.js';
import { DECISIONS, servicesReviews, type Decision } from '../schema.js';
import { findReviewSchedules } from '../overdue.js';

export interface ReviewInput {
  serviceId: number;
  heldOn: string;
  decision: Decision;
  evidence: string;
  reasons: string;
  nationalImpact?: boolean;
  /** With a pivot: the service goes back to investigación (phases.ts allows it from construcción and aceleración). */
  backToInvestigation?: boolean;
}

/**
 * National impact is the programme's yearly indicator (point 4): a service whose reach is national, once it has
 * grown past its first version (aceleración or later). Claiming it for a local service or a prototype is refused.
 */
const NATIONAL_IMPACT_PHASES: readonly Phase[] = ['aceleracion', 'consolidacion', 'transferido', 'operado'];

export const mayDeclareNationalImpact = (service: Pick<ServiceRecord, 'reach' | 'current'>) =>
  service.reach === 'national' && !!service.current && NATIONAL_IMPACT_PHASES.includes(service.current.phase);

/** The phase the decision moves the service to, if any. */
function phaseAfter(decision: Decision, current: Phase, backToInvestigation: boolean): Phase | null {
  if (decision === 'stop') return current === 'investigacion' ? 'investigacion_sin_continuacion' : 'abandonado';
  if (decision === 'pivot' && backToInvestigation) return 'investigacion';
  return null;
}

export async function recordReview(tx: Tx, input: ReviewInput, actor: AuditActor): Promise<{ id: number; phase: Phase | null }> {
  const service = await findServiceById(tx, input.serviceId);
  if (!service) throw new RangeError(`no service ${input.serviceId}`);
  const current = service.current;
  if (!current || !isIncubationPhase(current.phase)) throw new InvalidField('decision', 'services.reviews.error.notIncubating');
  if (!DECISIONS.includes(input.decision)) throw new InvalidField('decision', 'services.error.choice');
  checkPastDay('heldOn', input.heldOn);
  // The review sees the service in its current phase: it cannot be dated before that phase began.
  if (input.heldOn < current.startedOn) throw new InvalidField('heldOn', 'services.reviews.error.beforePhase');
  const schedule = (await findReviewSchedules(tx, [service.id])).get(service.id);
  if (!schedule?.due) throw new InvalidField('decision', 'services.reviews.error.notIncubating');
  if (schedule.from === 'review' && input.heldOn <= schedule.fromDate) throw new InvalidField('heldOn', 'services.reviews.error.beforeLast');
  const evidence = checkText('evidence', input.evidence);
  const reasons = checkText('reasons', input.reasons);
  const backToInvestigation = input.backToInvestigation ?? false;
  if (backToInvestigation && (input.decision !== 'pivot' || !nextPhases(current.phase).includes('investigacion'))) {
    throw new InvalidField('backToInvestigation', 'services.reviews.error.pivotBack');
  }
  const nationalImpact = input.nationalImpact ?? false;
  if (nationalImpact && !mayDeclareNationalImpact(service)) throw new InvalidField('nationalImpact', 'services.reviews.error.nationalImpact');
  const next = phaseAfter(input.decision, current.phase, backToInvestigation);
  // Two phases never start the same day (phases.ts): a decision that changes the phase needs a later day.
  if (next && input.heldOn === current.startedOn) throw new InvalidField('heldOn', 'services.reviews.error.samePhaseDay');

  const indicators = await snapshotIndicators(tx, service.id, input.heldOn.slice(0, 7));
  const [row] = await tx.insert(servicesReviews).values({
    serviceId: service.id, dueOn: schedule.dueOn, heldOn: input.heldOn, phase: current.phase, decision: input.decision,
    evidence, indicators, reasons, nationalImpact, recordedBy: actor.id,
  }).returning({ id: servicesReviews.id });
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.review.record', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, reviewId: row!.id, heldOn: input.heldOn, dueOn: schedule.dueOn, decision: input.decision, nationalImpact, ...(next ? { phase: next } : {}) },
    public: true,
  });
  if (next) await recordPhase(tx, { serviceId: service.id, phase: next, startedOn: input.heldOn, note: reasons }, actor);
  return { id: row!.id, phase: next };
}
