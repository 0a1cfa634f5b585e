// An official opens a participatory process with its phases, in one transaction with the audit row (DESIGN.md rule 2).
// Phases must follow one another (phases.ts: one active at a time); the caller has checked the input's shape.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationPhases, participationProcesses, type Component, type Scope } from '../schema.js';

export const CREATE_PROCESS_ACTION = 'participation.process.create';

export interface PhaseInput {
  title: string;
  description?: string;
  startsAt: Date;
  endsAt: Date;
  components: Component[];
}

export interface CreateProcessInput {
  institutionId: number;
  title: string;
  description: string;
  scope: Scope;
  scopeCode: string;
  phases: PhaseInput[];
}

export async function createProcess(tx: Tx, input: CreateProcessInput, official: Pick<Actor, 'personId' | 'name'>) {
  const { phases, ...fields } = input;
  const [process] = await tx.insert(participationProcesses).values({ ...fields, createdBy: official.personId }).returning();
  const sorted = [...phases].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const phaseRows = sorted.length === 0 ? [] : await tx.insert(participationPhases).values(sorted.map((p, position) => ({
    processId: process!.id, institutionId: input.institutionId, title: p.title, description: p.description ?? '',
    startsAt: p.startsAt, endsAt: p.endsAt, position, components: p.components,
  }))).returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: CREATE_PROCESS_ACTION,
    resourceType: 'participation_process', resourceId: process!.id, public: true,
    summary: { title: input.title, scope: input.scope, scopeCode: input.scopeCode, phases: phaseRows.length },
  });
  return { process: process!, phases: phaseRows };
}
