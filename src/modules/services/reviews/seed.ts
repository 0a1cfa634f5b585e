// The reviews area's demo (issue 10), on the registry's demo services: past reviews written as rows (the services'
// later phases are already recorded, so the command, which reviews the current phase, cannot replay them), each with
// the due date its schedule gave at the time, the phase it saw, the indicators as they stood that month, and a public
// audit row as the command would write. A review that no longer fits the registry's demo (a service missing, a phase
// changed) is skipped rather than written inconsistent: a stop needs the final phase dated that day, a pivot back the
// return to investigación, and national impact the rule of commands/record-review.ts.
import type { Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { findInstitutionCalendar } from '../../../core/calendar/index.js';
import { findServiceById } from '../registry/queries.js';
import type { DemoServices } from '../registry/seed.js';
import { currentPhase, isFinalPhase, isIncubationPhase, type DatedPhase, type Phase } from '../phases.js';
import { snapshotIndicators } from '../impact/snapshot.js';
import { mayDeclareNationalImpact } from './commands/record-review.js';
import { servicesReviews } from './schema.js';
import { scheduleNextReview } from './schedule.js';
import { DEMO_REVIEWS, type DemoReview } from './seed-data.js';

const DEMO: AuditActor = { id: null, label: 'demo' };

export async function seedReviewsDemo(tx: Tx, services: DemoServices): Promise<void> {
  for (const [slug, reviews] of Object.entries(DEMO_REVIEWS)) {
    const id = services.get(slug);
    const service = id === undefined ? null : await findServiceById(tx, id);
    if (!service) continue;
    const calendar = await findInstitutionCalendar(tx, service.incubator.institutionId);
    let lastHeldOn: string | null = null;
    for (const review of reviews) {
      // The service as the committee saw it: the phases begun before the review (a decision's phase starts that day).
      const before = service.phases.filter((p) => p.startedOn < review.heldOn);
      const seen = currentPhase(before);
      const schedule = scheduleNextReview({ phases: before, lastHeldOn, calendar });
      if (!seen || !schedule.due || !fitsPhases(review, service.phases, seen.phase)
        || (review.nationalImpact && !mayDeclareNationalImpact({ reach: service.reach, current: seen }))) continue;
      const indicators = (await snapshotIndicators(tx, service.id, review.heldOn.slice(0, 7))).filter((i) => i.value !== null);
      const [row] = await tx.insert(servicesReviews).values({
        serviceId: service.id, dueOn: schedule.dueOn, heldOn: review.heldOn, phase: seen.phase, decision: review.decision,
        evidence: review.evidence, reasons: review.reasons, indicators, nationalImpact: review.nationalImpact ?? false,
      }).returning({ id: servicesReviews.id });
      await appendAudit(tx, {
        actor: DEMO, institutionId: service.incubator.institutionId, action: 'services.review.record', resourceType: 'service', resourceId: service.id,
        summary: { slug, reviewId: row!.id, heldOn: review.heldOn, dueOn: schedule.dueOn, decision: review.decision, nationalImpact: review.nationalImpact ?? false },
        public: true,
      });
      lastHeldOn = review.heldOn;
    }
  }
}

/** A review fits the recorded phases when its decision's consequence is there, dated the day it was held. */
function fitsPhases(review: DemoReview, phases: readonly DatedPhase[], seen: Phase): boolean {
  if (!isIncubationPhase(seen)) return false;
  const that = phases.find((p) => p.startedOn === review.heldOn)?.phase;
  if (review.decision === 'stop') return that !== undefined && isFinalPhase(that);
  if (review.decision === 'pivot') return that === undefined || that === 'investigacion';
  return that === undefined || !isFinalPhase(that);
}
