// An official edits a process: its fields and, when given, its whole set of phases (those sent with an id are kept
// and updated, new ones added, the rest removed), in one transaction with a public audit row naming what changed
// (DESIGN.md rule 2: residents see when and by whom a calendar was moved). The caller has validated the merged result.
import { and, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationPhases, participationProcesses, type Scope } from '../schema.js';
import type { PhaseInput } from './create-process.js';

export const UPDATE_PROCESS_ACTION = 'participation.process.update';

export type PhaseEdit = PhaseInput & { id?: number };

export interface UpdateProcessInput {
  title?: string;
  description?: string;
  scope?: Scope;
  scopeCode?: string;
  phases?: PhaseEdit[];
}

export async function updateProcess(tx: Tx, process: { id: number; institutionId: number }, input: UpdateProcessInput, official: Pick<Actor, 'personId' | 'name'>) {
  const { phases, ...fields } = input;
  const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== undefined);
  await tx.update(participationProcesses).set({ ...fields, updatedAt: new Date() }).where(eq(participationProcesses.id, process.id));
  let phaseSummary: { kept: number; added: number; removed: number } | undefined;
  if (phases) {
    const keptIds = phases.flatMap((p) => (p.id === undefined ? [] : [p.id]));
    const ofProcess = eq(participationPhases.processId, process.id);
    const removed = await tx.delete(participationPhases)
      .where(keptIds.length ? and(ofProcess, notInArray(participationPhases.id, keptIds)) : ofProcess).returning({ id: participationPhases.id });
    const sorted = [...phases].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const [position, p] of sorted.entries()) {
      const values = { title: p.title, description: p.description ?? '', startsAt: p.startsAt, endsAt: p.endsAt, position, components: p.components };
      if (p.id === undefined) await tx.insert(participationPhases).values({ ...values, processId: process.id, institutionId: process.institutionId });
      else await tx.update(participationPhases).set(values).where(and(ofProcess, eq(participationPhases.id, p.id)));
    }
    phaseSummary = { kept: keptIds.length, added: phases.length - keptIds.length, removed: removed.length };
  }
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: process.institutionId, action: UPDATE_PROCESS_ACTION,
    resourceType: 'participation_process', resourceId: process.id, public: true,
    summary: { changed, ...(phaseSummary && { phases: phaseSummary }) },
  });
}
