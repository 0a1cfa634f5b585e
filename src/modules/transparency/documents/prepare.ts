// What an uploaded file is and what the public will read of it: pure, so the upload, the re-preview with more names
// and the seed all redact the same way. Text files are redacted by the rules (redaction.ts, cell by cell for CSV);
// a binary is refused unless the official certifies it is already redacted (schema.ts says why).
import { sanitiseFileName, sniffDocument } from '../../../core/http/files.js';
import { decodeText as decodeFileText } from '../../../core/text-files.js';
import { redactText, type Redaction, type RedactionCounts } from './redaction.js';
import { redactCsv, type CsvCell } from './redaction-csv.js';
import type { RedactionMode } from './schema.js';


/** Ten megabytes, as other uploads: a request's answer is rarely larger, and a larger one is split or linked (art. 15). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The text types redacted here, by the file's extension (text has no signature). */
export const TEXT_TYPES: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown' };

export class DocumentError extends Error {
  constructor(readonly field: 'file' | 'certified' | 'names', readonly messageKey:
    'transparency.documents.error.fileEmpty' | 'transparency.documents.error.fileTooLarge' | 'transparency.documents.error.fileType' |
    'transparency.documents.error.certify' | 'transparency.documents.error.names') {
    super(messageKey);
  }
}

/**
 * The file's text: UTF-8, or Windows-1252 when it is not valid UTF-8 (spreadsheets in Chile still save CSV so);
 * null when it holds a NUL byte (a binary renamed .txt).
 */
export function decodeText(bytes: Buffer): string | null {
  return bytes.includes(0) ? null : decodeFileText(bytes).text;
}

export interface PreparedDocument {
  fileName: string;
  mediaType: string;
  mode: RedactionMode;
  /** The public version when redacted here (UTF-8); null when certified (the original is). */
  redacted: Buffer | null;
  counts: RedactionCounts;
}

/** A text document and its redaction, or a certified binary; DocumentError when it cannot be accepted. */
export function prepareDocument(input: { bytes: Buffer; fileName: string; names: readonly string[]; certified: boolean }): PreparedDocument {
  if (input.bytes.length === 0) throw new DocumentError('file', 'transparency.documents.error.fileEmpty');
  if (input.bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentError('file', 'transparency.documents.error.fileTooLarge');
  const fileName = sanitiseFileName(input.fileName);
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const textType = TEXT_TYPES[ext];
  const text = textType ? decodeText(input.bytes) : null;
  if (textType && text !== null) {
    const { text: redacted, counts } = redactDocumentText(textType, text, input.names);
    return { fileName, mediaType: textType, mode: 'automatic', redacted: Buffer.from(redacted, 'utf8'), counts };
  }
  const mediaType = textType ? null : sniffDocument(input.bytes, fileName);
  if (!mediaType) throw new DocumentError('file', 'transparency.documents.error.fileType');
  if (!input.certified) throw new DocumentError('certified', 'transparency.documents.error.certify');
  return { fileName, mediaType, mode: 'certified', redacted: null, counts: {} };
}

export const redactDocumentText = (mediaType: string, text: string, names: readonly string[]) =>
  mediaType === 'text/csv' ? redactCsv(text, names) : redactText(text, names);

/** What the preview page shows: the text with its matches, or the CSV's cells with theirs. */
export type DocumentPreview =
  | { kind: 'text'; text: string; matches: Redaction[] }
  | { kind: 'csv'; rows: CsvCell[][] }
  | { kind: 'certified' };

export function previewDocument(doc: { mediaType: string; original: Buffer; redactionMode: RedactionMode }, names: readonly string[]): DocumentPreview {
  const text = doc.redactionMode === 'automatic' ? decodeText(doc.original) : null;
  if (text === null) return { kind: 'certified' };
  if (doc.mediaType === 'text/csv') return { kind: 'csv', rows: redactCsv(text, names, { withCells: true }).rows };
  const { matches } = redactText(text, names);
  return { kind: 'text', text, matches };
}

/** The names an official typed, one per line: trimmed, without blanks or repeats. */
export function parseNames(value: string | undefined): string[] {
  const names = [...new Set((value ?? '').split(/\r?\n/).map((n) => n.trim().replace(/\s+/g, ' ')).filter(Boolean))];
  if (names.length > 50 || names.some((n) => n.length > 200)) throw new DocumentError('names', 'transparency.documents.error.names');
  return names;
}
