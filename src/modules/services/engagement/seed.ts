// The engagement area's demo (issue 10), on the registry's demo services (a missing slug is skipped): needs backlogs
// for Temuco's building permits and La Araucanía's school-application helper, written and supported by the demo
// residents — one past the support threshold (in evaluation), one accepted into the work list and one declined, each
// with the lead's reasons — and a satisfaction survey of the permits service, closed in October 2026 with 40
// responses whose grades are fixed (average 232/40 = 5,8) so the demo reads the same on every machine. Everything is
// written through participation's commands and this area's, so history, follows and audit rows are real.
import { and, asc, inArray, isNull, like, notInArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { answerProposal, createProposal, findProposal, saveResponse, supportProposal } from '../../participation/index.js';
import type { DemoServices } from '../registry/seed.js';
import { findServiceById, type ServiceRecord } from '../registry/queries.js';
import { ensureServiceProcess, NEEDS_SETTINGS } from './commands/ensure-service-process.js';
import { createSurvey, startOfSantiagoDay } from './commands/create-survey.js';
import { categoryOf } from './needs.js';
import { DEMO_NEEDS, DEMO_GRADES, DEMO_IMPROVEMENTS, type DemoNeed } from './seed-data.js';

type Person = { personId: number; name: string };

/** The demo residents participation's seed made (no email, no role, "(demo)" in the name), oldest first. */
async function demoResidents(tx: Tx): Promise<Person[]> {
  const withRoles = tx.select({ id: roleAssignments.personId }).from(roleAssignments);
  return tx.select({ personId: people.id, name: people.name }).from(people)
    .where(and(isNull(people.email), like(people.name, '%(demo)'), notInArray(people.id, withRoles))).orderBy(asc(people.id));
}

async function seedNeeds(tx: Tx, service: ServiceRecord, lead: Person, residents: Person[], needs: readonly DemoNeed[]) {
  const processId = await ensureServiceProcess(tx, service, lead, startOfSantiagoDay('2026-09-01'));
  const institutionId = service.incubator.institutionId;
  for (const [i, need] of needs.entries()) {
    const p = await createProposal(tx, { institutionId, processId, title: need.title, body: need.body, category: categoryOf(service.themes) }, residents[i % residents.length]!);
    for (const s of residents.slice(0, need.supports)) await supportProposal(tx, p, s, NEEDS_SETTINGS.supportThreshold);
    // Answered from the state its supports left it in (published, or in evaluation past the threshold).
    if (need.answer) await answerProposal(tx, (await findProposal(tx, p.id))!, { answer: need.answer.kind, text: need.answer.text, estimatedCost: null }, lead);
  }
}

export async function seedEngagementDemo(tx: Tx, services: DemoServices): Promise<void> {
  const residents = await demoResidents(tx);
  if (residents.length === 0) return;
  for (const [slug, needs] of Object.entries(DEMO_NEEDS)) {
    const id = services.get(slug);
    const service = id === undefined ? null : await findServiceById(tx, id);
    if (!service) continue;
    const [lead] = await tx.select({ personId: people.id, name: people.name }).from(people).where(inArray(people.id, [service.leadPersonId]));
    await seedNeeds(tx, service, lead!, residents, needs);
    if (slug !== 'permisos-edificacion-en-linea') continue;
    const survey = await createSurvey(tx, service, { title: 'Satisfacción con los permisos en línea, octubre 2026', opensOn: '2026-10-01', closesOn: '2026-10-31',
      respondents: 'signed_in' }, lead!);
    for (const [i, value] of DEMO_GRADES.entries()) {
      // Every fifth respondent says what they would improve (the question is optional).
      const improve = i % 5 === 0 ? DEMO_IMPROVEMENTS[(i / 5) % DEMO_IMPROVEMENTS.length] : undefined;
      // Forty respondents: the demo residents first, then anonymous keys if a smaller demo has fewer people.
      const respondent = i < residents.length ? { personId: residents[i]!.personId } : { respondentKey: `demo-satisfaction-${i}` };
      await saveResponse(tx, { consultationId: survey.consultationId, institutionId: service.incubator.institutionId, respondent, answers: [
        { questionId: survey.gradeQuestionId, value, text: null, optionIds: null },
        ...(improve ? [{ questionId: survey.improveQuestionId, value: null, text: improve, optionIds: null }] : []),
      ] }, { id: null, label: 'demo' });
    }
  }
}
