// Reads of requests' documents. The request is found by its institution's slug and folio straight from
// transparency_requests (the requests area owns it; only its id, institution and requester's name are needed here).
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { transparencyRequests } from '../requests/schema.js';
import { transparencyDocuments as docs } from './schema.js';

export async function findRequestByFolio(db: DbOrTx, slug: string, folio: string) {
  const [row] = await db.select({
    id: transparencyRequests.id, folio: transparencyRequests.folio, subject: transparencyRequests.subject, requesterName: transparencyRequests.requesterName,
    institutionId: institutions.id, slug: institutions.slug, institutionName: institutions.name,
  }).from(transparencyRequests).innerJoin(institutions, eq(institutions.id, transparencyRequests.institutionId))
    .where(and(eq(institutions.slug, slug.toLowerCase()), eq(transparencyRequests.folio, folio)));
  return row ?? null;
}
export type DocumentsRequest = NonNullable<Awaited<ReturnType<typeof findRequestByFolio>>>;

/** The columns a list shows: no bytes, no names typed by officials. */
const summary = {
  id: docs.id, requestId: docs.requestId, title: docs.title, fileName: docs.fileName, mediaType: docs.mediaType, size: docs.size,
  redactedSize: docs.redactedSize, sha256: docs.sha256, redactionMode: docs.redactionMode, redactions: docs.redactions, status: docs.status,
  createdAt: docs.createdAt, publishedAt: docs.publishedAt,
};

/** Every document of a request, drafts too (officials' panel), in upload order. */
export async function listDocuments(db: DbOrTx, requestId: number) {
  return db.select(summary).from(docs).where(eq(docs.requestId, requestId)).orderBy(asc(docs.id));
}
export type DocumentSummary = Awaited<ReturnType<typeof listDocuments>>[number];

/** One document's list row (after a change, for the API's answer). */
export async function findDocumentSummary(db: DbOrTx, requestId: number, id: number) {
  const [row] = await db.select(summary).from(docs).where(and(eq(docs.id, id), eq(docs.requestId, requestId)));
  return row ?? null;
}

/** The published documents of a request, for its public page and its public JSON (present.ts presentDocument). */
export async function listPublishedDocuments(db: DbOrTx, requestId: number) {
  return db.select(summary).from(docs).where(and(eq(docs.requestId, requestId), eq(docs.status, 'published'))).orderBy(asc(docs.id));
}

/** One document of the request with its bytes and rules, or null (an id of another request is not found). */
export async function findDocument(db: DbOrTx, requestId: number, id: number) {
  const [row] = await db.select().from(docs).where(and(eq(docs.id, id), eq(docs.requestId, requestId)));
  return row ?? null;
}
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;
