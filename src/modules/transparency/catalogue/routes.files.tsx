// Uploaded files: the officials' multipart form on the dataset's page and the public download at a stable URL.
// An encapsulated plugin: the multipart parser it installs (core's, over @fastify/busboy, which puts `_csrf` in the
// body before the app-wide CSRF check) serves these routes only. Permission is checked before the body is read, so
// nobody else makes the server hold 10 MB.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { managedEntry } from './service.js';
import { findFile } from './queries.js';
import { FileForm, InvalidField } from './validation.js';
import { addFile, MAX_FILE_BYTES } from './commands/distributions.js';
import { datasetPath } from './entries.js';
import { NameParams, renderDatasetPage } from './routes.pages.js';
import { contentDisposition } from '../../../core/http/files.js';

const FileParams = Type.Object({ name: NameParams.properties.name, id: Type.Integer({ minimum: 1 }) });
const UPLOAD = '/datos/:name/archivos';

/** Browsers may show these in place (with nosniff); anything else is downloaded. */
const INLINE = new Set(['application/pdf', 'text/csv', 'application/json']);

export async function catalogueFileRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: MAX_FILE_BYTES });
  const managed = (request: FastifyRequest) => managedEntry(db, request, (request.params as Static<typeof NameParams>).name);
  const preParsing = async (request: FastifyRequest, _reply: unknown, payload: unknown) => { await managed(request); return payload; };
  const values = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

  // A file past the limit is refused while it streams in (413 from the parser): on the page, the form again with its error.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.routeOptions.url === UPLOAD)) throw error;
    return renderDatasetPage(request, reply, await managed(request), { file: { values: {}, errors: { file: request.t('transparency.catalogue.error.fileTooLarge') } } }, 422);
  });

  app.post(UPLOAD, { schema: { hide: true, params: NameParams }, preParsing }, async (request, reply) => {
    const entry = await managed(request);
    const { file, [CSRF_FIELD]: _csrf, ...fields } = { ...(request.body as Record<string, unknown> | undefined) };
    const files = uploadedFiles(file);
    const form = parseForm(FileForm, fields, request.t);
    const fileError: Record<string, string> = files.length === 0 ? { file: request.t('transparency.catalogue.error.fileEmpty') } : {};
    if (!form.ok || files.length === 0) {
      return renderDatasetPage(request, reply, entry, { file: { values: values(fields), errors: { ...(form.ok ? {} : form.errors), ...fileError } } }, 422);
    }
    try {
      await db.transaction((tx) => addFile(tx, { id: entry.storedId, institutionId: entry.institution.id },
        { title: form.value.fileTitle, format: form.value.format, fileName: files[0]!.filename, bytes: files[0]!.bytes }, request.actor!));
    } catch (e) {
      if (!(e instanceof InvalidField)) throw e;
      return renderDatasetPage(request, reply, entry, { file: { values: values(fields), errors: { [e.field]: request.t(e.messageKey) } } }, 422);
    }
    return reply.flash('success', 'transparency.catalogue.distributionAdded').redirect(datasetPath(entry.name), 303);
  });

  // Public and stable: a file never changes under its id (a new version is a new resource), so it may be cached for
  // a year; its hash is the ETag; nosniff keeps a browser from reading it as anything but its declared type, and the
  // sandbox CSP keeps any file opened in place from running scripts in this origin. Harvesters may fetch it cross-origin.
  app.get('/datos/:name/recursos/:id', { schema: { hide: true, summary: 'Download an uploaded file of a dataset', tags: ['transparency'], params: FileParams } }, async (request, reply) => {
    const { name, id } = request.params as Static<typeof FileParams>;
    const file = await findFile(db, name, id);
    if (!file) throw notFound();
    const etag = `"${file.sha256}"`;
    reply.header('ETag', etag).header('Cache-Control', 'public, max-age=31536000, immutable').header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox").header('Access-Control-Allow-Origin', '*');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.header('Content-Type', file.mediaType).header('Content-Length', String(file.size))
      .header('Content-Disposition', contentDisposition(file.mediaType, file.fileName, INLINE)).send(file.content);
  });
}
