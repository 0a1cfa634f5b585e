// A workshop of the regional government's programme: date, place, topic, the municipalities whose officials came
// (comunas of the region) and how many officials attended (a count: attendance lists stay with the regional government).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { auditActor } from '../../../../core/policy.js';
import { observatoryWorkshops } from '../../schema.js';
import { findTrackedRegion } from '../queries.js';
import { checkMunicipality, checkPastDay, checkText, type Recorder } from './checks.js';

export interface WorkshopInput { regionCode: string; heldOn: string; place: string; topic: string; municipalities: string[]; attendees: number }

export async function recordWorkshop(tx: Tx, input: WorkshopInput, actor: Recorder): Promise<{ id: number }> {
  const region = await findTrackedRegion(tx, input.regionCode);
  checkPastDay('heldOn', input.heldOn);
  const place = checkText('place', input.place);
  const topic = checkText('topic', input.topic);
  const municipalities = [...new Set(input.municipalities)].sort();
  if (municipalities.length === 0) throw new InvalidField('municipalities', 'observatory.adoption.error.noMunicipalities');
  for (const cut of municipalities) checkMunicipality(region, 'municipalities', cut);
  if (!Number.isInteger(input.attendees) || input.attendees < 0) throw new InvalidField('attendees', 'observatory.adoption.error.attendees');
  const [row] = await tx.insert(observatoryWorkshops).values({
    regionCode: region.code, heldOn: input.heldOn, place, topic, municipalities, attendees: input.attendees, createdBy: actor.personId,
  }).returning({ id: observatoryWorkshops.id });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: region.regionalGovernmentId, action: 'observatory.adoption.workshop', resourceType: 'observatory_workshop',
    resourceId: row!.id, public: true, summary: { heldOn: input.heldOn, municipalities: municipalities.length, attendees: input.attendees },
  });
  return row!;
}
