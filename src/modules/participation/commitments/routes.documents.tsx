// Documents uploaded as milestones' evidence: the official's multipart form on the commitment's page and its API twin,
// and the public download at a stable URL. An encapsulated plugin: the multipart parser it installs (core's, over
// @fastify/busboy, which puts `_csrf` in the body before the app-wide CSRF check) serves these routes only.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { canManageCommitments } from './policy.js';
import { commitmentOf } from './service.js';
import { CommitmentJson, commitmentUrl, presentCommitment } from './present.js';
import { findDocument } from './queries.js';
import { InvalidField } from './origin.js';
import { addDocument, INLINE_TYPES, MAX_DOCUMENT_BYTES } from './commands/add-document.js';
import { renderCommitmentPage } from './routes.pages.js';
import { contentDisposition } from '../../../core/http/files.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const MilestoneParams = Type.Object({ id: Type.Integer({ minimum: 1 }), milestoneId: Type.Integer({ minimum: 1 }) });
const DocumentParams = Type.Object({ id: Type.Integer({ minimum: 1 }), documentId: Type.Integer({ minimum: 1 }) });
const Title = Type.String({ minLength: 3, maxLength: 300 });
const Note = Type.String({ maxLength: 2000 });
const PageForm = Type.Object({ documentMilestone: Type.Integer({ minimum: 1 }), documentTitle: Title, note: Type.Optional(Note) });
const ApiForm = Type.Object({ title: Title, note: Type.Optional(Note) });
const PAGE = '/participacion/compromisos/:id/documentos';
const API = '/api/v1/participation/commitments/:id/milestones/:milestoneId/documents';
type Id = Static<typeof IdParams>;

/** The file field and the other fields apart (the file is not a form string); the CSRF token was checked already. */
function split(body: unknown) {
  const { file, [CSRF_FIELD]: _csrf, ...fields } = { ...(body as Record<string, unknown> | undefined) };
  return { files: uploadedFiles(file), fields };
}


export async function commitmentDocumentRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: MAX_DOCUMENT_BYTES });

  /** The official's commitment, or 401/403: run before the body is read, so nobody else makes the server hold 10 MB. */
  const managed = async (request: FastifyRequest) => {
    const c = await commitmentOf(db, (request.params as Id).id);
    if (!request.actor) throw unauthorized();
    if (!canManageCommitments(request.actor, c.institutionId)) throw denied(true);
    return c;
  };
  const preParsing = async (request: FastifyRequest, _reply: unknown, payload: unknown) => { await managed(request); return payload; };

  // The form is refused while its file streams in, past the limit (413 from the parser): on the page that is the
  // form again with its error (422). Anything else goes to the app's handler.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
    if (request.routeOptions.url === API) throw new InvalidField('file', 'participation.commitment.error.fileTooLarge');
    if (request.routeOptions.url !== PAGE) throw error;
    const c = await managed(request);
    return renderCommitmentPage(db, request, reply, c, { document: { values: {}, errors: { file: request.t('participation.commitment.error.fileTooLarge') } } }, 422);
  });

  app.post(PAGE, { schema: { hide: true, params: IdParams }, preParsing }, async (request, reply) => {
    const c = await managed(request);
    const { files, fields } = split(request.body);
    const form = parseForm(PageForm, fields, request.t);
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const fileError: Record<string, string> = files.length === 0 ? { file: request.t('participation.commitment.error.fileEmpty') } : {};
    if (!form.ok || files.length === 0) {
      return renderCommitmentPage(db, request, reply, c, { document: { values, errors: { ...(form.ok ? {} : form.errors), ...fileError } } }, 422);
    }
    try {
      await db.transaction((tx) => addDocument(tx, c, { milestoneId: form.value.documentMilestone, title: form.value.documentTitle, note: form.value.note,
        fileName: files[0]!.filename, bytes: files[0]!.bytes }, request.actor!));
      return reply.flash('success', 'participation.commitment.saved').redirect(commitmentUrl(c.id), 303);
    } catch (e) {
      if (!(e instanceof InvalidField)) throw e;
      const field = e.field === 'milestoneId' ? 'documentMilestone' : e.field;
      return renderCommitmentPage(db, request, reply, c, { document: { values, errors: { [field]: request.t(e.messageKey) } } }, 422);
    }
  });

  app.post(API, {
    schema: {
      summary: 'Upload a document (PDF, PNG, JPEG, ODT, DOCX, XLSX or CSV, up to 10 MB; its type is read from its content) as a milestone\'s evidence (officials); multipart/form-data with fields title, note and file',
      tags: ['participation'], security: [{ bearer: [] }], consumes: ['multipart/form-data'], params: MilestoneParams, response: { 201: CommitmentJson },
    },
    preParsing,
  }, async (request, reply) => {
    const c = await managed(request);
    const { files, fields } = split(request.body);
    const form = parseForm(ApiForm, fields, request.t);
    if (!form.ok) throw new InvalidField(Object.keys(form.errors)[0]!, 'validation.invalid');
    if (files.length === 0) throw new InvalidField('file', 'participation.commitment.error.fileEmpty');
    await db.transaction((tx) => addDocument(tx, c, { milestoneId: (request.params as Static<typeof MilestoneParams>).milestoneId, title: form.value.title,
      note: form.value.note, fileName: files[0]!.filename, bytes: files[0]!.bytes }, request.actor!));
    return reply.code(201).send(presentCommitment(await commitmentOf(db, c.id)));
  });

  // Public, like all evidence. The content never changes under its id, so it may be cached for a year (immutable);
  // nosniff keeps a browser from reading a document as anything but its checked type.
  app.get('/participacion/compromisos/:id/documentos/:documentId', { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const { id, documentId } = request.params as Static<typeof DocumentParams>;
    const doc = await findDocument(db, id, documentId);
    if (!doc) throw notFound();
    const etag = `"${doc.sha256}"`;
    reply.header('ETag', etag).header('Cache-Control', 'public, max-age=31536000, immutable').header('X-Content-Type-Options', 'nosniff');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.header('Content-Type', doc.mediaType).header('Content-Length', String(doc.size))
      .header('Content-Disposition', contentDisposition(doc.mediaType, doc.fileName, INLINE_TYPES)).send(doc.content);
  });
}
