// The documents' pages and their form posts (no JavaScript needed): the request's documents (public list; officials'
// panel), the preview before publishing with the names form (re-preview), publish, withdraw and delete. Each post is
// CSRF-checked app-wide and redirects 303 with a flash; a refused names list comes back on the preview (422).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { parseForm } from '../../../core/http/form.js';
import { listDocuments, type DocumentRow, type DocumentsRequest } from './queries.js';
import { documentOf, officialOf, requestOf } from './service.js';
import { documentsUrl, previewUrl } from './present.js';
import { DocumentError, parseNames, previewDocument } from './prepare.js';
import { publishDocument, removeDocument, rulesNames, setDocumentNames, unpublishDocument } from './commands.js';
import { DocumentsPage, PreviewPage, type NamesFormState } from './views/pages.js';
import type { UploadFormState } from './views/documents-panel.js';

export const RequestParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }), folio: Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$' }) });
export const DocumentParams = Type.Composite([RequestParams, Type.Object({ id: Type.Integer({ minimum: 1 }) })]);
type Params = Static<typeof DocumentParams>;
const NamesForm = Type.Object({ names: Type.Optional(Type.String({ maxLength: 12_000 })) });
export const DOCUMENTS_PAGE = '/instituciones/:slug/transparencia/solicitudes/:folio/documentos';
const DOCUMENT = `${DOCUMENTS_PAGE}/:id`;

/** The documents page, or the officials' upload form again with its errors (routes.upload.tsx). */
export async function renderDocumentsPage(db: ModuleDeps['db'], request: FastifyRequest, reply: FastifyReply, r: DocumentsRequest, form?: UploadFormState, status = 200) {
  return reply.html(<DocumentsPage ctx={request.view()} request={r} documents={await listDocuments(db, r.id)} form={form} />, status);
}

function renderPreview(request: FastifyRequest, reply: FastifyReply, r: DocumentsRequest, doc: DocumentRow, names: string[], form?: NamesFormState, status = 200) {
  return reply.html(<PreviewPage ctx={request.view()} request={r} doc={doc} preview={previewDocument(doc, rulesNames(r, names))} form={form} />, status);
}

export async function documentPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(DOCUMENTS_PAGE, { schema: { hide: true, params: RequestParams } }, async (request, reply) =>
    renderDocumentsPage(db, request, reply, await requestOf(db, request.params as Params)));

  app.get(`${DOCUMENT}/revision`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const r = await requestOf(db, request.params as Params);
    officialOf(request.actor, r);
    const doc = await documentOf(db, r, (request.params as Params).id);
    return renderPreview(request, reply, r, doc, doc.names);
  });

  app.post(`${DOCUMENT}/nombres`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const r = await requestOf(db, request.params as Params);
    const official = officialOf(request.actor, r);
    const doc = await documentOf(db, r, (request.params as Params).id);
    const form = parseForm(NamesForm, request.body, request.t);
    const typed = form.ok ? form.value.names : form.values.names;
    try {
      if (!form.ok) throw new DocumentError('names', 'transparency.documents.error.names');
      const names = parseNames(form.value.names);
      await db.transaction((tx) => setDocumentNames(tx, r, doc, names, official));
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      return renderPreview(request, reply, r, doc, doc.names, { values: { names: typed }, errors: { names: request.t(e.messageKey) } }, 422);
    }
    return reply.flash('success', 'transparency.documents.redacted').redirect(`${previewUrl(r.slug, r.folio, doc.id)}#names-form`, 303);
  });

  const action = (path: string, run: typeof publishDocument, done: MessageKey, to: (r: DocumentsRequest, id: number) => string) =>
    app.post(`${DOCUMENT}/${path}`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
      const r = await requestOf(db, request.params as Params);
      const official = officialOf(request.actor, r);
      const doc = await documentOf(db, r, (request.params as Params).id);
      await db.transaction((tx) => run(tx, r, doc, official));
      return reply.flash('success', done).redirect(to(r, doc.id), 303);
    });
  action('publicar', publishDocument, 'transparency.documents.published', (r) => documentsUrl(r.slug, r.folio));
  action('retirar', unpublishDocument, 'transparency.documents.unpublished', (r, id) => previewUrl(r.slug, r.folio, id));
  action('eliminar', removeDocument, 'transparency.documents.removed', (r) => documentsUrl(r.slug, r.folio));
}
