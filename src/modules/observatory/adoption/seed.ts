// The adoption area's demo content (CABILDO_SEED=demo), called by ../seed.ts: La Araucanía's 32 municipalities with
// status histories from 2021 to 2026 that add up today to the regional government's published figures, its 28
// workshops and its support visits with their survey answers (seed-data.ts), all illustrative and recorded by no
// person. The indicator values are written from the events as the command writes them; ../seed.ts recomputes the index.
import type { Tx } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/log.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { ADOPTION_STATUSES, PLATFORMS, type AdoptionStatus, type Platform } from '../pillars.js';
import { observatoryAdoptionEvents, observatoryVisitRatings, observatoryVisits, observatoryWorkshops } from '../schema.js';
import { writeTrackerValues } from './commands/record-status.js';
import { todayInChile } from './commands/checks.js';
import { findTrackedRegion } from './queries.js';
import { EVIDENCE, FINAL_STAGES, FIRST_REQUESTS, SWITCHED_OFF, VISIT_COMMENTS, VISIT_PURPOSES, VISIT_SCORES, WORKSHOPS } from './seed-data.js';

const REGION = '09';
const plus = (day: string, days: number) => fromDayNumber(toDayNumber(day) + days);

type EventRow = typeof observatoryAdoptionEvents.$inferInsert;

/** The dates a municipality reached stages 1–3 of a platform: spread over the years, each stage 6 to 16 months after the last. */
function reachedOn(index: number, p: number, platform: Platform): [string, string, string] {
  const requested = plus(FIRST_REQUESTS[platform], (index * 23 + p * 7) % 420);
  const enabled = plus(requested, 180 + ((index * 41 + p * 13) % 300));
  return [requested, enabled, plus(enabled, 180 + ((index * 29 + p * 17) % 300))];
}

export function demoEvents(): EventRow[] {
  const rows: EventRow[] = [];
  FINAL_STAGES.forEach(([cut, stages], index) => PLATFORMS.forEach((platform, p) => {
    const final = Number(stages[p]);
    const dates = reachedOn(index, p, platform);
    const event = (status: AdoptionStatus, effectiveOn: string, evidence: string) => rows.push({ cut, platform, status, effectiveOn, evidence, illustrative: true });
    for (let stage = 1; stage <= final; stage++) event(ADOPTION_STATUSES[stage]!, dates[stage - 1]!, EVIDENCE[platform][stage - 1]!);
    if (cut === SWITCHED_OFF.cut && platform === SWITCHED_OFF.platform) {
      event('enabled', SWITCHED_OFF.enabledOn, EVIDENCE[platform][1]);
      event('requested', SWITCHED_OFF.backOn, SWITCHED_OFF.evidence);
    }
  }));
  return rows;
}

export async function seedAdoptionDemo(tx: Tx): Promise<void> {
  const region = await findTrackedRegion(tx, REGION);
  await tx.insert(observatoryAdoptionEvents).values(demoEvents());
  const year = Number(todayInChile().slice(0, 4));
  for (const { cut } of region.municipalities) for (const platform of PLATFORMS) await writeTrackerValues(tx, cut, platform, year);
  const cuts = FINAL_STAGES.map(([cut]) => cut);
  await tx.insert(observatoryWorkshops).values(WORKSHOPS.map(([heldOn, place, topic, attendees], j) => ({
    regionCode: REGION, heldOn, place, topic, attendees, illustrative: true,
    municipalities: Array.from({ length: Math.min(attendees, 4 + (j % 4)) }, (_, k) => cuts[(j * 5 + k * 3) % cuts.length]!).sort(),
  })));
  const visits = await tx.insert(observatoryVisits).values(VISIT_SCORES.map((_, v) => ({
    regionCode: REGION, cut: cuts[v]!, visitedOn: plus('2023-05-10', v * 45), purpose: VISIT_PURPOSES[v % VISIT_PURPOSES.length]!, illustrative: true,
  }))).returning({ id: observatoryVisits.id });
  await tx.insert(observatoryVisitRatings).values(VISIT_SCORES.flatMap((scores, v) => scores.map((score, k) => ({
    visitId: visits[v]!.id, score, comment: k === 0 ? VISIT_COMMENTS[v] ?? null : null,
  }))));
  await appendAudit(tx, {
    actor: SYSTEM_ACTOR, institutionId: region.regionalGovernmentId, action: 'observatory.adoption.seed', resourceType: 'observatory_adoption_event', public: true,
    summary: { region: REGION, municipalities: FINAL_STAGES.length, workshops: WORKSHOPS.length, visits: VISIT_SCORES.length, illustrative: true },
  });
}
