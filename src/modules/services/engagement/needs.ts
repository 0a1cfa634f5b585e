// Adding and answering a service's needs, shared by the backlog page's forms: both go through participation's own
// proposal commands, so the spam hold, the per-person rate limit, the submission key (a double click writes once),
// the history, the follows and the audit rows are participation's, unchanged.
import type { Db } from '../../../core/db/client.js';
import { HttpError, conflict, denied, notFound } from '../../../core/http/errors.js';
import { meetsVerification, type Actor } from '../../../core/policy.js';
import { answerProposal, findProposal, processOf, submitProposal } from '../../participation/index.js';
import type { Theme } from '../registry/schema.js';
import type { ServiceRecord } from '../registry/queries.js';
import { canManageService } from '../policy.js';
import { ensureServiceProcess, NEEDS_SETTINGS } from './commands/ensure-service-process.js';

/** Participation's proposal categories, from the service's first theme that has one ('other' otherwise). */
const CATEGORY: Partial<Record<Theme, 'mobility' | 'environment' | 'safety' | 'culture' | 'social'>> = {
  mobility: 'mobility', environment: 'environment', security: 'safety', culture: 'culture', social: 'social',
};
export const categoryOf = (themes: readonly Theme[]) => themes.map((t) => CATEGORY[t]).find(Boolean) ?? 'other';

/** Who sees the "add a need" form (the process's own createLevel is checked again when the need is written). */
export const canAddNeed = (actor: Actor | null) => meetsVerification(actor, NEEDS_SETTINGS.createLevel);

/**
 * Writes a need as a proposal of the service's process (opened first if this is its first need, in its own
 * transaction: a process with no need yet is harmless, and the next need finds it). Answers the proposal's id and
 * whether participation's spam rule held it for review.
 */
export async function addNeed(db: Db, actor: Actor | null, service: ServiceRecord, input: { title: string; body: string }, key?: string) {
  if (!actor) throw denied(false);
  if (!canAddNeed(actor)) throw new HttpError(403, 'not_eligible', 'services.engagement.needs.needsEmail');
  const processId = service.needsProcessId ?? await db.transaction((tx) => ensureServiceProcess(tx, service, actor));
  const id = await submitProposal(db, actor, await processOf(db, processId), { ...input, category: categoryOf(service.themes) }, key);
  return { id, held: (await findProposal(db, id))!.state === 'held' };
}

export interface NeedAnswer { answer: 'accepted' | 'rejected' | 'evaluation'; text: string }

/**
 * The service's managers answer its needs here: participation's answer route asks for the 'participation' permission
 * in the host institution, which a service's lead official usually lacks (policy.ts: the lead manages the service).
 */
export async function answerNeed(db: Db, actor: Actor | null, service: ServiceRecord, proposalId: number, input: NeedAnswer) {
  if (!canManageService(actor, service.parties)) throw denied(!!actor);
  const proposal = await findProposal(db, proposalId);
  if (!proposal || service.needsProcessId === null || proposal.processId !== service.needsProcessId) throw notFound();
  const done = await db.transaction((tx) => answerProposal(tx, proposal, { ...input, estimatedCost: null }, actor!));
  if (!done) throw conflict('services.engagement.needs.cannotAnswer');
}
