// A document uploaded as a milestone's evidence: what it is is read from its first bytes (a renamed executable is not
// a PDF because its name ends in .pdf), its name is cleaned for the download header, and it is stored in the database
// with its evidence row, as one change of the commitment: a new public version, audited, followers told.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { participationCommitmentDocuments as docs, participationEvidence, participationMilestones as m } from '../schema.js';
import { InvalidField } from '../origin.js';
import { recordChange, type Official } from './record-change.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Types a browser may show in place (with nosniff); every other one is downloaded. */
export const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const startsWith = (b: Buffer, prefix: Buffer | string, at = 0) => b.subarray(at, at + prefix.length).equals(Buffer.from(prefix as string));
const has = (b: Buffer, s: string) => b.includes(Buffer.from(s, 'latin1'));

/**
 * The media type of an accepted document, from its content, or null. Office files are ZIP packages: an OpenDocument
 * text stores "mimetype" first, uncompressed (ODF 1.2 part 3 §3.3); OOXML names its parts in the central directory
 * (word/ for DOCX, xl/ for XLSX). CSV has no signature: its extension, UTF-8 text and no NUL byte.
 */
export function sniffDocument(bytes: Buffer, fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (startsWith(bytes, ZIP)) {
    if (startsWith(bytes, 'mimetypeapplication/vnd.oasis.opendocument.text', 30)) return 'application/vnd.oasis.opendocument.text';
    if (has(bytes, '[Content_Types].xml') && ext === 'docx' && has(bytes, 'word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (has(bytes, '[Content_Types].xml') && ext === 'xlsx' && has(bytes, 'xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (ext === 'csv' && !bytes.includes(0)) {
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); return 'text/csv'; } catch { return null; }
  }
  return null;
}

/** The name as the reader will download it: no path, no control or reserved characters, at most 150 characters. */
export function sanitiseFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim();
  if (!clean) return 'documento';
  if (clean.length <= 150) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : '';
  return clean.slice(0, 150 - ext.length) + ext;
}

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
