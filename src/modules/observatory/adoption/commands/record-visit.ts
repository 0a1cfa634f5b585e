// A support visit of the regional team to one of the region's municipalities (date and purpose); its satisfaction
// survey answers are added afterwards, one per respondent (record-visit-answer.ts).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor } from '../../../../core/policy.js';
import { observatoryVisits } from '../../schema.js';
import { findTrackedRegion } from '../queries.js';
import { checkMunicipality, checkPastDay, checkText, type Recorder } from './checks.js';

export interface VisitInput { regionCode: string; cut: string; visitedOn: string; purpose: string }

export async function recordVisit(tx: Tx, input: VisitInput, actor: Recorder): Promise<{ id: number }> {
  const region = await findTrackedRegion(tx, input.regionCode);
  const municipality = checkMunicipality(region, 'cut', input.cut);
  checkPastDay('visitedOn', input.visitedOn);
  const purpose = checkText('purpose', input.purpose);
  const [row] = await tx.insert(observatoryVisits).values({ regionCode: region.code, cut: input.cut, visitedOn: input.visitedOn, purpose, createdBy: actor.personId })
    .returning({ id: observatoryVisits.id });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: region.regionalGovernmentId, action: 'observatory.adoption.visit', resourceType: 'observatory_visit',
    resourceId: row!.id, public: true, summary: { cut: input.cut, municipalityId: municipality.municipalityId, visitedOn: input.visitedOn },
  });
  return row!;
}
