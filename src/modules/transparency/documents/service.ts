// What the documents' routes share: the request and the document from the URL (404 when either is missing or the
// document belongs to another request) and the officials' check (401 signed out, 403 without the permission).
import type { DbOrTx } from '../../../core/db/client.js';
import type { Actor } from '../../../core/policy.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { findDocument, findRequestByFolio, type DocumentsRequest } from './queries.js';
import { canManageDocuments } from './policy.js';

export interface RequestParams { slug: string; folio: string }

export async function requestOf(db: DbOrTx, { slug, folio }: RequestParams) {
  const request = await findRequestByFolio(db, slug, folio);
  if (!request) throw notFound();
  return request;
}

export async function documentOf(db: DbOrTx, request: DocumentsRequest, id: number) {
  const doc = await findDocument(db, request.id, id);
  if (!doc) throw notFound();
  return doc;
}

/** The signed-in official with the transparency permission in the request's institution (or its admin), or an error. */
export function officialOf(actor: Actor | null, request: DocumentsRequest): Actor {
  if (!actor || !canManageDocuments(actor, request.institutionId)) throw denied(!!actor);
  return actor;
}
