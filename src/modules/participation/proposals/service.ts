// What the API and the pages share when a proposal is written: the process's phase (409 with the date it closed or
// opens), the verification level (403 naming what is missing), the state, the per-person rate limits (429) and the
// command in one transaction, idempotent when a submission key is sent (core/http/idempotency.ts).
import type { Db, DbOrTx } from '../../../core/db/client.js';
import { conflict, denied, HttpError, notFound } from '../../../core/http/errors.js';
import { once } from '../../../core/http/idempotency.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import type { Actor } from '../../../core/policy.js';
import { findProcess, type ProcessDetail } from '../processes/queries.js';
import { componentOpen } from '../processes/phases.js';
import { toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { acceptsSupports } from './lifecycle.js';
import { canCreateProposal, canSeeProposal, canSupport } from './policy.js';
import { findProposal, proposalSettings, type ProposalDetail } from './queries.js';
import { createProposal, type CreateProposalInput } from './commands/create-proposal.js';
import { supportProposal, withdrawSupport } from './commands/support-proposal.js';

/** Per person: a few proposals an hour is plenty for a resident and slows a flood (issue 5, "Bad input and abuse"). */
export const PROPOSAL_LIMIT = { max: 5, windowSeconds: 3600 };
export const SUPPORT_LIMIT = { max: 60, windowSeconds: 3600 };

const when = (d: Date) => toSantiagoLocal(d).replace('T', ' ');

/** Null while the process's active phase enables proposals; otherwise the 409 saying when they closed or open. */
export function phaseProblem(process: Pick<ProcessDetail, 'phases'>, now: Date): HttpError | null {
  if (componentOpen(process.phases, 'proposals', now)) return null;
  const enabling = process.phases.filter((p) => p.components.includes('proposals'));
  const upcoming = enabling.find((p) => p.startsAt > now);
  if (upcoming) return conflict('participation.proposal.phaseNotYet', { date: when(upcoming.startsAt) });
  const past = enabling.filter((p) => p.endsAt <= now).at(-1);
  return past ? conflict('participation.proposal.phaseClosed', { date: when(past.endsAt) }) : conflict('participation.proposal.noPhase');
}

export const notVerified = (level: string) => new HttpError(403, 'not_eligible', level === 'identity' ? 'participation.proposal.needsIdentity' : 'participation.proposal.needsEmail');

export async function processOf(db: DbOrTx, id: number): Promise<ProcessDetail> {
  const process = await findProcess(db, id);
  if (!process) throw notFound();
  return process;
}

/** A proposal the actor may see: 404 for held or discarded ones of others (their existence is not public either). */
export async function visibleProposal(db: DbOrTx, actor: Actor | null, id: number): Promise<ProposalDetail> {
  const proposal = await findProposal(db, id);
  if (!proposal || !canSeeProposal(actor, proposal)) throw notFound();
  return proposal;
}

export async function submitProposal(db: Db, actor: Actor | null, process: ProcessDetail,
  input: Omit<CreateProposalInput, 'institutionId' | 'processId'>, key?: string): Promise<number> {
  if (!actor) throw denied(false);
  const settings = await proposalSettings(db, process.id);
  if (!canCreateProposal(actor, settings)) throw notVerified(settings.createLevel);
  const closed = phaseProblem(process, new Date());
  if (closed) throw closed;
  // Counted inside `once`, so a retried submission (the same key) answers the first result without counting again.
  const done = await db.transaction((tx) => once(tx, actor.personId, key, async () => {
    await consumeRateLimit(tx, { key: `participation.proposal:${actor.personId}`, ...PROPOSAL_LIMIT });
    return String((await createProposal(tx, { ...input, institutionId: process.institutionId, processId: process.id }, actor)).id);
  }));
  return Number(done.result);
}

/** Supports or withdraws; answers whether anything changed (supporting twice is not an error, it is one support). */
export async function submitSupport(db: Db, actor: Actor | null, proposal: ProposalDetail, on: boolean): Promise<boolean> {
  if (!actor) throw denied(false);
  const settings = await proposalSettings(db, proposal.processId);
  if (!canSupport(actor, settings)) throw notVerified(settings.supportLevel);
  const closed = phaseProblem(await processOf(db, proposal.processId), new Date());
  if (closed) throw closed;
  if (!acceptsSupports(proposal.state)) throw conflict('participation.proposal.notSupportable');
  await consumeRateLimit(db, { key: `participation.support:${actor.personId}`, ...SUPPORT_LIMIT });
  const result = await db.transaction((tx) => (on ? supportProposal(tx, proposal, actor, settings.supportThreshold) : withdrawSupport(tx, proposal, actor)));
  return result.changed;
}
