// What the API and the forms share when a process is written: finding it or its institution, checking the merged
// input against the rules (validation.ts) and running the command in one transaction, idempotently when a key is sent.
import type { Db } from '../../../core/db/client.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { once } from '../../../core/http/idempotency.js';
import { canActInModule, type Actor } from '../../../core/policy.js';
import { findInstitution, type InstitutionDetail } from '../../../core/tenancy/queries.js';
import { createProcess, type CreateProcessInput } from './commands/create-process.js';
import { updateProcess, type UpdateProcessInput } from './commands/update-process.js';
import { findProcess, type ProcessDetail } from './queries.js';
import { checkProcess, type FormatDate, type ProcessProblem } from './validation.js';

export const canManageProcesses = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');

/** The institutions whose processes an actor manages by a grant of their own (platform admins: none listed). */
export const managedInstitutionIds = (actor: Actor | null) => [...new Set((actor?.roles ?? [])
  .filter((g) => g.institutionId !== null && canManageProcesses(actor, g.institutionId))
  .map((g) => g.institutionId!))];

/** A process an actor may edit, with its institution: 404 when it does not exist, 401/403 when not theirs. */
export async function editableProcess(db: Db, actor: Actor | null, id: number): Promise<{ process: ProcessDetail; institution: InstitutionDetail }> {
  const process = await findProcess(db, id);
  if (!process) throw notFound();
  if (!canManageProcesses(actor, process.institutionId)) throw denied(!!actor);
  return { process, institution: (await findInstitution(db, process.institutionSlug))! };
}

export type WriteOutcome = { ok: true; id: number } | { ok: false; problem: ProcessProblem };

export async function submitNewProcess(db: Db, actor: Actor, institution: InstitutionDetail, input: Omit<CreateProcessInput, 'institutionId'>, fmt: FormatDate, key?: string): Promise<WriteOutcome> {
  const problem = await checkProcess(db, institution, input, fmt);
  if (problem) return { ok: false, problem };
  const done = await db.transaction((tx) => once(tx, actor.personId, key, async () =>
    String((await createProcess(tx, { ...input, institutionId: institution.id }, actor)).process.id)));
  return { ok: true, id: Number(done.result) };
}

export async function submitProcessEdit(db: Db, actor: Actor, current: ProcessDetail, institution: InstitutionDetail, input: UpdateProcessInput, fmt: FormatDate): Promise<WriteOutcome> {
  const known = new Set(current.phases.map((p) => p.id));
  const stranger = input.phases?.findIndex((p) => p.id !== undefined && !known.has(p.id)) ?? -1;
  if (stranger >= 0) return { ok: false, problem: { field: 'phases', phase: stranger, key: 'participation.process.unknownPhase', params: { id: input.phases![stranger]!.id! } } };
  const merged = {
    scope: input.scope ?? current.scope, scopeCode: input.scopeCode ?? current.scopeCode,
    phases: input.phases ?? current.phases.map((p) => ({ ...p, components: [...p.components] })),
  };
  const problem = await checkProcess(db, institution, merged, fmt);
  if (problem) return { ok: false, problem };
  await db.transaction((tx) => updateProcess(tx, current, input, actor));
  return { ok: true, id: current.id };
}
