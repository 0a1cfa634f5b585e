// Reads multipart/form-data bodies (a form with a file) into an ordinary body object before validation, as formbody
// does for urlencoded forms, so the app-wide CSRF check (http/context.ts, preValidation) finds `_csrf` in the body
// and applies unchanged. @fastify/multipart reads parts lazily in its own preValidation hook or in the handler, which
// run after that check: hence this small content-type parser over @fastify/busboy (the parser @fastify/multipart uses).
// Registered in an encapsulated plugin, so only that plugin's routes accept uploads.
import type { FastifyInstance } from 'fastify';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import { badRequest, HttpError } from '../../http/errors.js';

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export const isUploadedFile = (value: unknown): value is UploadedFile =>
  !!value && typeof value === 'object' && Buffer.isBuffer((value as UploadedFile).bytes);

/** Room for the other fields and the part headers around the file. */
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'payload_too_large', 'identity.upload.tooLarge', { mb: Math.round(maxBytes / (1024 * 1024)) });

/** One file of at most `maxFileBytes`, a few short fields; anything else is refused before the route runs. */
export function acceptUploads(app: FastifyInstance, { maxFileBytes }: { maxFileBytes: number }) {
  app.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    // A declared length over the limit is refused before a byte is read.
    if (Number(request.headers['content-length'] ?? 0) > maxFileBytes + FORM_OVERHEAD) return done(tooLarge(maxFileBytes), undefined);
    let parser: BusboyInstance;
    try {
      parser = new Busboy({ headers: request.headers as never, limits: { files: 1, fields: 20, fieldSize: 10_000, fileSize: maxFileBytes } });
    } catch {
      return done(badRequest(), undefined); // no multipart boundary
    }
    // No prototype: a field named "__proto__" is just a field (and parseForm refuses it as unknown).
    const body: Record<string, string | UploadedFile> = Object.create(null);
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
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(maxFileBytes)));
      stream.on('end', () => { body[name] = { filename, bytes: Buffer.concat(chunks) }; });
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
