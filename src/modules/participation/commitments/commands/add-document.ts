// A document uploaded as a milestone's evidence: what it is is read from its first bytes (a renamed executable is not
// a PDF because its name ends in .pdf), its name is cleaned for the download header, and it is stored in the database
// with its evidence row, as one change of the commitment: a new public version, audited, followers told.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { participationCommitmentDocuments as docs, participationEvidence, participationMilestones as m } from '../schema.js';
import { InvalidField } from '../origin.js';
import { recordChange, type Official } from './record-change.js';
import { sanitiseFileName, sniffDocument } from '../../../../core/http/files.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Types a browser may show in place (with nosniff); every other one is downloaded. */
export const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export const documentUrl = (commitmentId: number, documentId: number) => `/participacion/compromisos/${commitmentId}/documentos/${documentId}`;

export interface DocumentInput { milestoneId: number; title: string; fileName: string; bytes: Buffer; note?: string | null }

/** Stores the document and its evidence row; InvalidField (the form's field) when it is not acceptable. Nothing is written then. */
export async function addDocument(tx: Tx, target: { id: number; institutionId: number }, input: DocumentInput, official: Official) {
  if (input.bytes.length === 0) throw new InvalidField('file', 'participation.commitment.error.fileEmpty');
  if (input.bytes.length > MAX_DOCUMENT_BYTES) throw new InvalidField('file', 'participation.commitment.error.fileTooLarge');
  const fileName = sanitiseFileName(input.fileName);
  const mediaType = sniffDocument(input.bytes, fileName);
  if (!mediaType) throw new InvalidField('file', 'participation.commitment.error.fileType');
  const [own] = await tx.select({ id: m.id }).from(m).where(and(eq(m.id, input.milestoneId), eq(m.commitmentId, target.id)));
  if (!own) throw new InvalidField('milestoneId', 'participation.commitment.error.milestoneNotFound');
  const [doc] = await tx.insert(docs).values({ commitmentId: target.id, milestoneId: input.milestoneId, institutionId: target.institutionId, fileName, mediaType,
    size: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'), content: input.bytes }).returning({ id: docs.id });
  await tx.insert(participationEvidence).values({ commitmentId: target.id, institutionId: target.institutionId, milestoneId: input.milestoneId, kind: 'document',
    title: input.title, url: documentUrl(target.id, doc!.id), documentId: doc!.id });
  await recordChange(tx, target.id, official, { action: 'evidence.document', note: input.note });
  return doc!.id;
}
