// Downloads: the published (redacted) version for anyone; a draft's redacted version and every original only for the
// institution's officials with the transparency permission (the original holds the personal data, Ley 19.628).
// Published versions are revalidated on every use (no-cache with an ETag) rather than cached for long: a document
// withdrawn because a name was missed must stop being served at once, also by caches in between.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { canManageDocuments } from './policy.js';
import { documentOf, officialOf, requestOf } from './service.js';
import { DOCUMENTS_PAGE, DocumentParams } from './routes.pages.js';
import type { DocumentRow } from './queries.js';
import { contentDisposition } from '../../../core/http/files.js';

type Params = Static<typeof DocumentParams>;

/** Types a browser may show in place (with nosniff); every other one is downloaded. */
const INLINE_TYPES = new Set(['text/plain', 'application/pdf', 'image/png', 'image/jpeg']);


/** Text versions are UTF-8 (a Windows-1252 original is converted when redacted). */
const contentType = (doc: DocumentRow, bytes: 'public' | 'original') =>
  doc.mediaType.startsWith('text/') && (bytes === 'public' && doc.redactionMode === 'automatic') ? `${doc.mediaType}; charset=utf-8` : doc.mediaType;

function send(reply: FastifyReply, doc: DocumentRow, body: Buffer, type: string) {
  return reply.header('Content-Type', type).header('Content-Length', String(body.length)).header('X-Content-Type-Options', 'nosniff')
    .header('Content-Disposition', contentDisposition(doc.mediaType, doc.fileName, INLINE_TYPES)).send(body);
}

export async function documentDownloadRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(`${DOCUMENTS_PAGE}/:id`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const r = await requestOf(db, request.params as Params);
    const doc = await documentOf(db, r, (request.params as Params).id);
    // A draft does not exist for the public (404, not 403: its existence is not told either).
    if (doc.status !== 'published' && !canManageDocuments(request.actor, r.institutionId)) throw notFound();
    const etag = `"${doc.sha256}"`;
    reply.header('ETag', etag).header('Cache-Control', doc.status === 'published' ? 'public, no-cache' : 'private, no-store');
    if (doc.status === 'published' && request.headers['if-none-match'] === etag) return reply.code(304).send();
    return send(reply, doc, doc.redacted ?? doc.original, contentType(doc, 'public'));
  });

  app.get(`${DOCUMENTS_PAGE}/:id/original`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const r = await requestOf(db, request.params as Params);
    officialOf(request.actor, r);
    const doc = await documentOf(db, r, (request.params as Params).id);
    reply.header('Cache-Control', 'private, no-store');
    return send(reply, doc, doc.original, contentType(doc, 'original'));
  });
}
