// /api/v1/transparency/institutions/{slug}/requests/{folio}/documents: the officials' JSON API over a request's
// documents: the list with drafts, one document's preview (what the rules find, with the names applied), publish,
// withdraw and delete a draft (the multipart upload is in routes.upload.tsx, with its parser). The public JSON of a
// request lists its published documents through listPublishedDocuments and presentDocument (requests area).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { unauthorized } from '../../../core/http/errors.js';
import { findDocumentSummary, listDocuments } from './queries.js';
import { documentOf, officialOf, requestOf } from './service.js';
import { OfficialDocumentJson, presentOfficialDocument } from './present.js';
import { REDACTION_KINDS } from './redaction.js';
import { previewDocument } from './prepare.js';
import { publishDocument, removeDocument, rulesNames, unpublishDocument } from './commands.js';
import { DocumentParams, RequestParams } from './routes.pages.js';

const tags = ['transparency'];
const security = [{ bearer: [] }];
type Params = Static<typeof DocumentParams>;
const BASE = '/api/v1/transparency/institutions/:slug/requests/:folio/documents';
const Match = Type.Object({ start: Type.Integer(), end: Type.Integer(), kind: Type.Union(REDACTION_KINDS.map((k) => Type.Literal(k))), text: Type.String() });
const PreviewJson = Type.Object({
  kind: Type.Union([Type.Literal('text'), Type.Literal('csv'), Type.Literal('certified')]),
  matches: Type.Array(Match, { description: 'text: offsets in the original text; csv: one entry per match, offsets within its cell' }),
  cells: Type.Array(Type.Object({ row: Type.Integer(), column: Type.Integer() }), { description: 'csv: the cell of each match (0-based)' }),
});
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };

export async function documentApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(BASE, {
    schema: { summary: 'A request\'s documents, drafts included, with what was redacted (officials with the transparency permission)', tags, security,
      params: RequestParams, response: { 200: Type.Array(OfficialDocumentJson) } },
    onRequest,
  }, async (request) => {
    const r = await requestOf(db, request.params as Params);
    officialOf(request.actor, r);
    return (await listDocuments(db, r.id)).map((d) => presentOfficialDocument(d, r.slug, r.folio));
  });

  app.get(`${BASE}/:id/preview`, {
    schema: { summary: 'What the redaction rules find in a document (the requester\'s name and the names the official added applied); officials only', tags, security,
      params: DocumentParams, response: { 200: PreviewJson } },
    onRequest,
  }, async (request) => {
    const r = await requestOf(db, request.params as Params);
    officialOf(request.actor, r);
    const doc = await documentOf(db, r, (request.params as Params).id);
    const preview = previewDocument(doc, rulesNames(r, doc.names));
    if (preview.kind === 'text') return { kind: 'text', matches: preview.matches, cells: [] };
    if (preview.kind === 'certified') return { kind: 'certified', matches: [], cells: [] };
    const found = preview.rows.flatMap((cells, row) => cells.flatMap((c, column) => c.matches.map((m) => ({ m, row, column }))));
    return { kind: 'csv', matches: found.map((f) => f.m), cells: found.map(({ row, column }) => ({ row, column })) };
  });

  const action = (method: 'POST' | 'DELETE', path: string, run: typeof publishDocument, summary: string) =>
    app.route({
      method, url: `${BASE}/:id${path}`, onRequest,
      schema: { summary, tags, security, params: DocumentParams, response: { 200: OfficialDocumentJson, 204: Type.Null() } },
      handler: async (request, reply) => {
        const r = await requestOf(db, request.params as Params);
        const official = officialOf(request.actor, r);
        const doc = await documentOf(db, r, (request.params as Params).id);
        await db.transaction((tx) => run(tx, r, doc, official));
        if (method === 'DELETE') return reply.code(204).send();
        return presentOfficialDocument((await findDocumentSummary(db, r.id, doc.id))!, r.slug, r.folio);
      },
    });
  action('POST', '/publish', publishDocument, 'Publish a draft\'s redacted version (officials); 409 if it is not a draft');
  action('POST', '/unpublish', unpublishDocument, 'Withdraw a published document: it becomes a draft again (officials); 409 if it is not published');
  action('DELETE', '', removeDocument, 'Delete a draft and its bytes (officials); 409 if it is published');
}
