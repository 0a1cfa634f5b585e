// The officials' upload of a document to a request: the multipart form of <DocumentsPanel> and its API twin. An
// encapsulated plugin: the multipart parser it installs (core's, over @fastify/busboy, which puts `_csrf` in the body
// before the app-wide CSRF check) serves these routes only. Refused uploads come back as the documents page with the
// form (422), its title kept, or as a 422 JSON error; nothing is written.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { officialOf, requestOf, type RequestParams as Params } from './service.js';
import { OfficialDocumentJson, presentOfficialDocument, previewUrl } from './present.js';
import { findDocumentSummary } from './queries.js';
import { DocumentError, MAX_DOCUMENT_BYTES, parseNames } from './prepare.js';
import { uploadDocument } from './commands.js';
import { DOCUMENTS_PAGE, RequestParams, renderDocumentsPage } from './routes.pages.js';

const UploadForm = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 300 }),
  names: Type.Optional(Type.String({ maxLength: 12_000 })),
  certified: Type.Optional(Type.Literal('yes')),
});
const MB = { mb: MAX_DOCUMENT_BYTES / (1024 * 1024) };
const API = '/api/v1/transparency/institutions/:slug/requests/:folio/documents';
const invalid = (messageKey: DocumentError['messageKey'] | 'validation.invalid') => new HttpError(422, 'invalid', messageKey, MB);
/**
 * A file up to twice the limit is read whole, so the command refuses it and the form comes back with its title and
 * names (an official's typing is not lost for a file slightly too big); past that, the parser stops it as it streams.
 */
const READ_LIMIT = 2 * MAX_DOCUMENT_BYTES;

/** The file field and the other fields apart (the file is not a form string); the CSRF token was checked already. */
function split(body: unknown) {
  const { file, [CSRF_FIELD]: _csrf, ...fields } = { ...(body as Record<string, unknown> | undefined) };
  return { files: uploadedFiles(file), fields };
}

export async function documentUploadRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: READ_LIMIT });

  /** The request and its official, or 401/403/404, before the body is read: nobody else makes the server hold a file. */
  const managed = async (request: FastifyRequest) => {
    const r = await requestOf(db, request.params as Params);
    return { r, official: officialOf(request.actor, r) };
  };
  const preParsing = async (request: FastifyRequest, _reply: unknown, payload: unknown) => { await managed(request); return payload; };

  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
    if (request.routeOptions.url === API) throw invalid('transparency.documents.error.fileTooLarge');
    const { r } = await managed(request);
    return renderDocumentsPage(db, request, reply, r, { values: {}, errors: { file: request.t('transparency.documents.error.fileTooLarge', MB) } }, 422);
  });

  app.post(DOCUMENTS_PAGE, { schema: { hide: true, params: RequestParams }, preParsing }, async (request, reply) => {
    const { r, official } = await managed(request);
    const { files, fields } = split(request.body);
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const form = parseForm(UploadForm, fields, request.t);
    const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
    if (files.length === 0) errors.file = request.t('transparency.documents.error.fileEmpty');
    if (form.ok && files.length > 0) {
      try {
        const names = parseNames(form.value.names);
        const id = await db.transaction((tx) => uploadDocument(tx, r, { title: form.value.title, fileName: files[0]!.filename, bytes: files[0]!.bytes,
          names, certified: form.value.certified === 'yes' }, official));
        return reply.flash('success', 'transparency.documents.uploaded').redirect(previewUrl(r.slug, r.folio, id), 303);
      } catch (e) {
        if (!(e instanceof DocumentError)) throw e;
        errors[e.field] = request.t(e.messageKey, MB);
      }
    }
    return renderDocumentsPage(db, request, reply, r, { values, errors }, 422);
  });

  app.post(API, {
    schema: {
      summary: 'Upload a document to a request as a draft (officials): multipart/form-data with title, names (one per line), certified=yes for a binary already redacted, and file (TXT, CSV or Markdown are redacted here; PDF, images and office documents only certified; up to 10 MB)',
      tags: ['transparency'], security: [{ bearer: [] }], consumes: ['multipart/form-data'], params: RequestParams, response: { 201: OfficialDocumentJson },
    },
    preParsing,
  }, async (request, reply) => {
    const { r, official } = await managed(request);
    const { files, fields } = split(request.body);
    const form = parseForm(UploadForm, fields, request.t);
    if (!form.ok) throw invalid('validation.invalid');
    if (files.length === 0) throw invalid('transparency.documents.error.fileEmpty');
    try {
      const id = await db.transaction((tx) => uploadDocument(tx, r, { title: form.value.title, fileName: files[0]!.filename, bytes: files[0]!.bytes,
        names: parseNames(form.value.names), certified: form.value.certified === 'yes' }, official));
      const doc = (await findDocumentSummary(db, r.id, id))!;
      return reply.code(201).send(presentOfficialDocument(doc, r.slug, r.folio));
    } catch (e) {
      throw e instanceof DocumentError ? invalid(e.messageKey) : e;
    }
  });
}
