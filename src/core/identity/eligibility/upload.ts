// Reads multipart/form-data bodies (a form with a file) into an ordinary body object before validation, as formbody
// does for urlencoded forms, so the app-wide CSRF check (http/context.ts, preValidation) finds `_csrf` in the body
// and applies unchanged. @fastify/multipart reads parts lazily in its own preValidation hook or in the handler, which
// run after that check: hence this small content-type parser over @fastify/busboy (the parser @fastify/multipart uses).
// Registered in an encapsulated plugin, so only that plugin's routes accept uploads. Shared by the budget import page,
// which takes many files at once (the execution report is one file per program).
import type { FastifyInstance } from 'fastify';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import { badRequest, HttpError } from '../../http/errors.js';

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export const isUploadedFile = (value: unknown): value is UploadedFile =>
  !!value && typeof value === 'object' && Buffer.isBuffer((value as UploadedFile).bytes);

/**
 * The files sent in one field (several when the input has `multiple`), without the empty part a browser sends for
 * an input left empty.
 */
export function uploadedFiles(value: unknown): UploadedFile[] {
  const files = Array.isArray(value) ? value : [value];
  return files.filter((f): f is UploadedFile => isUploadedFile(f) && (f.filename !== '' || f.bytes.length > 0));
}

/** Room for the other fields and the part headers around the file. */
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'payload_too_large', 'identity.upload.tooLarge', { mb: Math.round(maxBytes / (1024 * 1024)) });

/**
 * At most `maxFiles` files (one by default) of at most `maxFileBytes` together, and a few short fields; anything else
 * is refused before the route runs. A field given several files holds them as an array (see uploadedFiles).
 */
export function acceptUploads(app: FastifyInstance, { maxFileBytes, maxFiles = 1 }: { maxFileBytes: number; maxFiles?: number }) {
  app.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    // A declared length over the limit is refused before a byte is read.
    if (Number(request.headers['content-length'] ?? 0) > maxFileBytes + FORM_OVERHEAD) return done(tooLarge(maxFileBytes), undefined);
    let parser: BusboyInstance;
    try {
      parser = new Busboy({ headers: request.headers as never, limits: { files: maxFiles, fields: 20, fieldSize: 10_000, fileSize: maxFileBytes } });
    } catch {
      return done(badRequest(), undefined); // no multipart boundary
    }
    // No prototype: a field named "__proto__" is just a field (and parseForm refuses it as unknown).
    const body: Record<string, string | UploadedFile | UploadedFile[]> = Object.create(null);
    let received = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      payload.unpipe(parser);
      done(err, undefined);
    };
    parser.on('field', (name, value) => { body[name] = value; });
    parser.on('file', (name, stream, filename) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxFileBytes) fail(tooLarge(maxFileBytes));
        else chunks.push(chunk);
      });
      stream.on('limit', () => fail(tooLarge(maxFileBytes)));
      stream.on('end', () => {
        const file = { filename, bytes: Buffer.concat(chunks) };
        const before = body[name];
        if (Array.isArray(before)) before.push(file);
        else body[name] = isUploadedFile(before) ? [before, file] : file;
      });
    });
    for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) parser.on(limit, () => fail(badRequest()));
    parser.on('error', () => fail(badRequest()));
    parser.on('finish', () => {
      if (settled) return;
      settled = true;
      done(null, body);
    });
    payload.pipe(parser);
  });
}
