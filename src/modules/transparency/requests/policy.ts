// Who may do what with information requests (DESIGN.md convention 4). Anyone reads the public page; the institution's
// officials with the transparency permission (and its admins) work the request and see the requester's contact and the
// internal notes; the requester acts through their private link, or signed in when the request is tied to their account.
import { canActInModule, type Actor } from '../../../core/policy.js';
import { TRANSITIONS, type Author } from './lifecycle.js';
import type { RequestEventKind } from './events.js';

export const canWorkRequest = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'transparency');

/** Internal notes and the requester's email and address: the institution's officials only. */
export const canSeeInternal = canWorkRequest;

/** The requester: holds the private link (checked by the caller), or is signed in as the account that filed it. */
export const isRequester = (actor: Actor | null, request: { requesterPersonId: number | null }, viaToken: boolean) =>
  viaToken || (actor !== null && request.requesterPersonId !== null && actor.personId === request.requesterPersonId);

/**
 * As whom this actor may record an event of this kind on this request, or null: as an official when they work it,
 * else as the requester; the lifecycle (TRANSITIONS[kind].authors) says which authors a kind accepts.
 */
export function eventAuthorFor(actor: Actor | null, request: { institutionId: number; requesterPersonId: number | null }, kind: RequestEventKind, viaToken = false): Author | null {
  const authors = TRANSITIONS[kind].authors;
  if (authors.includes('official') && canWorkRequest(actor, request.institutionId)) return 'official';
  if (authors.includes('requester') && isRequester(actor, request, viaToken)) return 'requester';
  return null;
}
