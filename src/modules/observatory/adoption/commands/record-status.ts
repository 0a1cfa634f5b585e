// A municipality's status on a platform, recorded as an event with its effective date and evidence, then the tracker's
// indicator values (platforms.<platform>: the stage index 0–3 held on 31 December, from the first event's year to this
// year) rewritten and the index recomputed for the years that may have moved, all in the caller's transaction. Going
// back a stage is allowed: a platform can be switched off, and the evidence says why.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { auditActor } from '../../../../core/policy.js';
import { ADOPTION_STATUSES, PLATFORMS, type AdoptionStatus, type Platform } from '../../pillars.js';
import { observatoryAdoptionEvents as events, observatoryValues } from '../../schema.js';
import { recomputeIndex } from '../../index/commands/recompute.js';
import { yearlyStages } from '../rules.js';
import { findTrackedRegion } from '../queries.js';
import { checkMunicipality, checkPastDay, checkText, checkUrl, todayInChile, type Recorder } from './checks.js';

export interface StatusInput {
  regionCode: string; cut: string; platform: Platform; status: AdoptionStatus; effectiveOn: string; evidence: string; evidenceUrl?: string | null;
}

export async function recordAdoptionStatus(tx: Tx, input: StatusInput, actor: Recorder): Promise<{ id: number; years: number[] }> {
  const region = await findTrackedRegion(tx, input.regionCode);
  const municipality = checkMunicipality(region, 'cut', input.cut);
  if (!PLATFORMS.includes(input.platform)) throw new InvalidField('platform', 'observatory.adoption.error.platform');
  if (!ADOPTION_STATUSES.includes(input.status)) throw new InvalidField('status', 'observatory.adoption.error.status');
  const today = todayInChile();
  checkPastDay('effectiveOn', input.effectiveOn, today);
  const evidence = checkText('evidence', input.evidence);
  const evidenceUrl = checkUrl('evidenceUrl', input.evidenceUrl);
  const [row] = await tx.insert(events).values({
    cut: input.cut, platform: input.platform, status: input.status, effectiveOn: input.effectiveOn, evidence, evidenceUrl, recordedBy: actor.personId,
  }).returning({ id: events.id });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: region.regionalGovernmentId, action: 'observatory.adoption.status', resourceType: 'observatory_adoption_event',
    resourceId: row!.id, public: true,
    summary: { cut: input.cut, municipalityId: municipality.municipalityId, platform: input.platform, status: input.status, effectiveOn: input.effectiveOn },
  });
  await writeTrackerValues(tx, input.cut, input.platform, Number(today.slice(0, 4)));
  // Values before the event's year cannot change: the index moves from that year on.
  const years = [];
  for (let y = Number(input.effectiveOn.slice(0, 4)); y <= Number(today.slice(0, 4)); y++) years.push(y);
  await recomputeIndex(tx, years, auditActor(actor));
  return { id: row!.id, years };
}

/** Rewrites one municipality's values of one platform's indicator from its events (the seed uses it too). */
export async function writeTrackerValues(tx: Tx, cut: string, platform: Platform, currentYear: number) {
  const list = await tx.select({ id: events.id, cut: events.cut, platform: events.platform, status: events.status, effectiveOn: events.effectiveOn })
    .from(events).where(and(eq(events.cut, cut), eq(events.platform, platform)));
  const rows = yearlyStages(list, currentYear).map(({ year, stage, eventIds }) => ({
    cut, year, indicator: `platforms.${platform}`, value: stage, origin: 'tracker' as const, source: 'adoption-tracker',
    provenance: { module: 'observatory', definition: 'stage held on 31 December (0 not started, 1 requested, 2 enabled, 3 in production)', asOf: `${year}-12-31`, eventIds },
  }));
  if (rows.length === 0) return;
  await tx.insert(observatoryValues).values(rows).onConflictDoUpdate({
    target: [observatoryValues.cut, observatoryValues.year, observatoryValues.indicator],
    set: { value: sql`excluded.value`, origin: sql`excluded.origin`, source: sql`excluded.source`, provenance: sql`excluded.provenance`, updatedAt: new Date() },
  });
}
