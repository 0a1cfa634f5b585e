// An open-government action plan (plan de acción de gobierno abierto) with the institution's own taxonomy: pillars
// (each line of the plan sits in one) and transversal axes (a line may serve several), as the regional government's
// open-government model asks. Its lines are commitments of origin 'action_plan_line' (save-commitment.ts).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationActionPlans, participationPlanAxes, participationPlanPillars } from '../schema.js';
import { InvalidField } from '../origin.js';

export interface PlanInput { institutionId: number; title: string; description?: string; period?: string; pillars: string[]; axes: string[] }

const distinct = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

export async function createActionPlan(tx: Tx, input: PlanInput, official: Pick<Actor, 'personId' | 'name'>) {
  const pillars = distinct(input.pillars);
  const axes = distinct(input.axes);
  if (pillars.length === 0) throw new InvalidField('pillars', 'participation.plan.error.pillarsRequired');
  const [plan] = await tx.insert(participationActionPlans).values({ institutionId: input.institutionId, title: input.title,
    description: input.description ?? '', period: input.period ?? '' }).returning({ id: participationActionPlans.id });
  const planId = plan!.id;
  const pillarRows = await tx.insert(participationPlanPillars).values(pillars.map((name, position) => ({ planId, institutionId: input.institutionId, name, position })))
    .returning({ id: participationPlanPillars.id, name: participationPlanPillars.name });
  const axisRows = axes.length === 0 ? [] : await tx.insert(participationPlanAxes).values(axes.map((name, position) => ({ planId, institutionId: input.institutionId, name, position })))
    .returning({ id: participationPlanAxes.id, name: participationPlanAxes.name });
  await appendAudit(tx, { actor: auditActor(official), institutionId: input.institutionId, action: 'participation.plan.create',
    resourceType: 'participation_action_plan', resourceId: planId, public: true, summary: { title: input.title, pillars, axes } });
  return { id: planId, pillars: pillarRows, axes: axisRows };
}
