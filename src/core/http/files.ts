// Files people upload and download: what a file is, read from its first bytes (a renamed executable is not a PDF
// because its name ends in .pdf), its name cleaned for the download header, and that header itself. Shared by every
// upload (commitment evidence, request documents, open-data files).

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

/**
 * The Content-Disposition of a download: `inline` only for the types the caller lets a browser show in place (served
 * with nosniff), `attachment` otherwise; the name both plain (ASCII) and exact (RFC 6266 / RFC 5987).
 */
export const contentDisposition = (mediaType: string, name: string, inlineTypes: ReadonlySet<string>) =>
  `${inlineTypes.has(mediaType) ? 'inline' : 'attachment'}; filename="${name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
