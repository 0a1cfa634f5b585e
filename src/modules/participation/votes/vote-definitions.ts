// The ballot API reads its vote on every request, and at thousands of ballots a second that read is a fifth of the
// work (bench/participation-ballots.ts). A vote's definition (options, window, rules) never changes once created: no
// command updates a vote except the seal's sealed_at, which castBallot checks in its own statement. So each app
// process keeps the definitions it has read; nothing here is state another process needs (DESIGN.md: stateless
// processes), a second process simply reads its own copy. If votes ever become editable, this cache must go.
import type { DbOrTx } from '../../../core/db/client.js';
import { findVote, type VoteWithOptions } from './queries.js';

export type VoteDefinition = Omit<VoteWithOptions, 'sealedAt'>;

/** Enough for every vote open at once in a large installation; the oldest read is dropped past it. */
const LIMIT = 1000;
const byDatabase = new WeakMap<DbOrTx, Map<number, VoteDefinition>>();

export async function findVoteDefinition(db: DbOrTx, id: number): Promise<VoteDefinition | null> {
  let cache = byDatabase.get(db);
  if (!cache) byDatabase.set(db, (cache = new Map()));
  const cached = cache.get(id);
  if (cached) return cached;
  const vote = await findVote(db, id);
  if (!vote) return null;
  const { sealedAt: _stale, ...definition } = vote;
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, definition);
  return definition;
}
