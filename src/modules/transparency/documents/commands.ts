// The changes to a request's documents, each in the caller's transaction with its audit row. The audit says what was
// done and how many pieces of each kind were redacted, never the redacted values nor the names typed (Ley 19.628):
// the log is public for published documents, and a name in it would undo the redaction.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../core/policy.js';
import { conflict } from '../../../core/http/errors.js';
import { transparencyDocuments as docs } from './schema.js';
import { decodeText, prepareDocument, redactDocumentText } from './prepare.js';
import { redactText } from './redaction.js';
import type { DocumentRow, DocumentsRequest } from './queries.js';

export type Official = Pick<Actor, 'personId' | 'name'>;
type Request = Pick<DocumentsRequest, 'id' | 'institutionId' | 'requesterName'>;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The requester's name is always redacted; the official's names are added to it. */
export const rulesNames = (request: Pick<Request, 'requesterName'>, names: readonly string[]) => [request.requesterName, ...names];

export interface UploadInput { title: string; fileName: string; bytes: Buffer; names: string[]; certified: boolean }

/** Stores a draft: the original, its redacted version (or the certification), the counts. DocumentError: nothing written. */
export async function uploadDocument(tx: Tx, request: Request, input: UploadInput, official: Official): Promise<number> {
  const names = rulesNames(request, input.names);
  const prepared = prepareDocument({ bytes: input.bytes, fileName: input.fileName, names, certified: input.certified });
  const publicVersion = prepared.redacted ?? input.bytes;
  const certified = prepared.mode === 'certified';
  const [row] = await tx.insert(docs).values({
    // The title and the file name are public too: the same rules apply to them.
    requestId: request.id, institutionId: request.institutionId, title: redactText(input.title, names).text, fileName: redactText(prepared.fileName, names).text, mediaType: prepared.mediaType,
    size: input.bytes.length, original: input.bytes, redacted: prepared.redacted, redactedSize: publicVersion.length, sha256: sha256(publicVersion),
    redactionMode: prepared.mode, names: input.names, redactions: prepared.counts, createdBy: official.personId,
    certifiedBy: certified ? official.personId : null, certifiedAt: certified ? new Date() : null,
  }).returning({ id: docs.id });
  await audit(tx, request, row!.id, official, certified ? 'certified' : 'uploaded', { mediaType: prepared.mediaType, size: input.bytes.length, redactions: prepared.counts }, false);
  return row!.id;
}

/** A draft redacted again with the official's list of names (the re-preview); a published one must be withdrawn first. */
export async function setDocumentNames(tx: Tx, request: Request, doc: DocumentRow, names: string[], official: Official) {
  if (doc.status !== 'draft') throw conflict('transparency.documents.error.notDraft');
  if (doc.redactionMode !== 'automatic') return;
  const { text, counts } = redactDocumentText(doc.mediaType, decodeText(doc.original)!, rulesNames(request, names));
  const redacted = Buffer.from(text, 'utf8');
  await tx.update(docs).set({ names, redacted, redactedSize: redacted.length, sha256: sha256(redacted), redactions: counts, updatedAt: new Date() })
    .where(eq(docs.id, doc.id));
  await audit(tx, request, doc.id, official, 'redacted', { names: names.length, redactions: counts }, false);
}

/** Makes the redacted version public: the official has seen the preview (the page's publish button is on it). */
export async function publishDocument(tx: Tx, request: Request, doc: DocumentRow, official: Official) {
  await setStatus(tx, doc, 'draft', 'published');
  await audit(tx, request, doc.id, official, 'published', { title: doc.title, redactionMode: doc.redactionMode, redactions: doc.redactions }, true);
}

/** Withdraws a published document (say a name was missed): it is a draft again, out of public reach at once. */
export async function unpublishDocument(tx: Tx, request: Request, doc: DocumentRow, official: Official) {
  await setStatus(tx, doc, 'published', 'draft');
  await audit(tx, request, doc.id, official, 'unpublished', { title: doc.title }, true);
}

/** Deletes a draft and its bytes (a wrong file); published documents are withdrawn first, so the public trace stays. */
export async function removeDocument(tx: Tx, request: Request, doc: DocumentRow, official: Official) {
  const gone = await tx.delete(docs).where(and(eq(docs.id, doc.id), eq(docs.status, 'draft'))).returning({ id: docs.id });
  if (gone.length === 0) throw conflict('transparency.documents.error.notDraft');
  await audit(tx, request, doc.id, official, 'removed', { fileName: doc.fileName }, false);
}

/** Changes the status only from the expected one: two officials clicking at once get a 409, not a double entry. */
async function setStatus(tx: Tx, doc: DocumentRow, from: 'draft' | 'published', to: 'draft' | 'published') {
  const done = await tx.update(docs).set({ status: to, publishedAt: to === 'published' ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(docs.id, doc.id), eq(docs.status, from))).returning({ id: docs.id });
  if (done.length === 0) throw conflict(from === 'draft' ? 'transparency.documents.error.notDraft' : 'transparency.documents.error.notPublished');
}

function audit(tx: Tx, request: Request, id: number, official: Official, action: string, summary: Record<string, unknown>, isPublic: boolean) {
  return appendAudit(tx, { actor: auditActor(official), institutionId: request.institutionId, action: `transparency.document.${action}`,
    resourceType: 'transparency_document', resourceId: id, summary: { requestId: request.id, ...summary }, public: isPublic });
}
