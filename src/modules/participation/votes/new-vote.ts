// A new vote's checks beyond its shape, shared by the API and the officials' form: the rules of validation.ts, then
// that the eligibility list and the process named belong to the vote's institution (an official of one institution
// must not bind another's residents or process).
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import { eligibilityLists } from '../../../core/identity/schema.js';
import { participationProcesses } from '../processes/schema.js';
import type { CreateVoteInput } from './commands/create-vote.js';
import type { ChoiceKind } from './schema.js';
import { checkNewVote } from './validation.js';

export interface NewVoteFields {
  title: string;
  description?: string;
  processId?: number;
  options: string[];
  choice: ChoiceKind;
  maxChoices?: number;
  opensAt: Date;
  closesAt: Date;
  allowReplace?: boolean;
  eligibilityListId?: number;
  minTurnoutPercent?: number;
  eligibleCount?: number;
}

export async function prepareNewVote(db: DbOrTx, institutionId: number, f: NewVoteFields): Promise<CreateVoteInput | HttpError> {
  const options = f.options.map((o) => o.trim()).filter((o) => o !== '');
  const problem = checkNewVote({ ...f, options });
  if (problem) return problem;
  if (f.eligibilityListId !== undefined) {
    const [list] = await db.select({ id: eligibilityLists.id }).from(eligibilityLists)
      .where(and(eq(eligibilityLists.id, f.eligibilityListId), eq(eligibilityLists.institutionId, institutionId)));
    if (!list) return badRequest('participation.vote.unknownList', { id: f.eligibilityListId });
  }
  if (f.processId !== undefined) {
    const [process] = await db.select({ id: participationProcesses.id }).from(participationProcesses)
      .where(and(eq(participationProcesses.id, f.processId), eq(participationProcesses.institutionId, institutionId)));
    if (!process) return badRequest('participation.vote.unknownProcess', { id: f.processId });
  }
  return {
    institutionId, processId: f.processId ?? null, title: f.title.trim(), description: (f.description ?? '').trim(), options,
    choice: f.choice, maxChoices: f.maxChoices ?? 1, opensAt: f.opensAt, closesAt: f.closesAt, allowReplace: f.allowReplace ?? false,
    eligibilityListId: f.eligibilityListId ?? null, minTurnoutPercent: f.minTurnoutPercent ?? null, eligibleCount: f.eligibleCount ?? null,
  };
}
