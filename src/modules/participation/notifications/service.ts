// Following as both the pages and the API do it: rate-limited (each change writes an audit row, and a script
// flipping follows could flood the audit chain), the subject must exist, then one transaction.
import type { Db } from '../../../core/db/client.js';
import type { Actor } from '../../../core/policy.js';
import { notFound } from '../../../core/http/errors.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { followSubject, personActor, unfollowSubject } from './commands.js';
import { findSubject, type FoundSubject } from './subjects.js';
import type { SubjectType } from './schema.js';

/** Far above what a person clicks in an hour. */
const FOLLOW_LIMIT = { max: 120, windowSeconds: 3600 };

export async function setFollowing(db: Db, actor: Actor, type: SubjectType, id: number, following: boolean): Promise<FoundSubject> {
  const subject = await findSubject(db, type, id);
  // A proposal held for review is not public: nobody may follow it (its author already does), but anyone may stop.
  if (!subject || (following && !subject.public)) throw notFound();
  await consumeRateLimit(db, { key: `participation-follow:${actor.personId}`, ...FOLLOW_LIMIT });
  await db.transaction((tx) => (following ? followSubject : unfollowSubject)(tx, personActor(actor), subject));
  return subject;
}
