// Who may vote: binding votes require a verified identity (policy.ts: one person per RUN), and, when the vote names an
// eligibility list, the person's RUN on it, checked by its keyed hash (identity/run.ts: the list stores no RUNs).
import { eq } from 'drizzle-orm';
import type { Config } from '../../../core/config.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { meetsVerification, type Actor } from '../../../core/policy.js';
import { people } from '../../../core/auth/schema.js';
import { parseRun, hashRun } from '../../../core/identity/run.js';
import { deriveKey } from '../../../core/identity/keys.js';
import { isEligible } from '../../../core/identity/queries.js';

export async function canVote(db: DbOrTx, config: Config, actor: Actor | null, vote: { eligibilityListId: number | null }): Promise<boolean> {
  if (!actor || !meetsVerification(actor, 'identity')) return false;
  if (vote.eligibilityListId === null) return true;
  const [person] = await db.select({ run: people.run }).from(people).where(eq(people.id, actor.personId));
  const parsed = person?.run ? parseRun(person.run) : null;
  if (!parsed?.ok) return false;
  return isEligible(db, vote.eligibilityListId, hashRun(parsed.run, deriveKey(config.identityKey, 'run-hash')));
}
