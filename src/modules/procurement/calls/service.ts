// What the API and the pages share: the call an actor may see (a draft is a 404 to anyone but its institution's
// procurement officials, so drafts do not even show they exist), the calls whose drafts a reader may list, and the
// JSON of a call with its questions and public timeline.
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { canAdministerPlatform, type Actor } from '../../../core/policy.js';
import { canSeeCall } from './policy.js';
import { findCallOr404, listPublicEvents, listQuestions, type CallDetail } from './queries.js';
import { presentCall } from './present.js';

export async function visibleCall(db: DbOrTx, actor: Actor | null, id: number): Promise<CallDetail> {
  const call = await findCallOr404(db, id);
  if (!canSeeCall(actor, call)) throw notFound();
  return call;
}

/** Institutions whose drafts the actor may list: those they act for in procurement ('all' for platform admins). */
export function draftsOf(actor: Actor | null): number[] | 'all' {
  if (canAdministerPlatform(actor)) return 'all';
  return (actor?.roles ?? []).filter((g) => g.institutionId !== null && (g.role === 'institution_admin' || (g.role === 'official' && g.permissions.includes('procurement'))))
    .map((g) => g.institutionId!);
}

export const callJson = async (db: DbOrTx, call: CallDetail) => presentCall(call, await listQuestions(db, call.id), await listPublicEvents(db, call.id));
