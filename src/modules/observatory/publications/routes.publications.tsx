// Public pages of publications: the list (kind filter, cursor), a publication, its PDF; drafts answer 404 to anyone
// but a steward, the PDF too. The steward's publish and unpublish are POST forms on the publication's page.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { contentDisposition } from '../../../core/http/files.js';
import { PUBLICATION_KINDS } from './schema.js';
import { findAttachment, findPublication, listDrafts, listPublications, publicationKey } from './queries.js';
import { publicationUrl } from './present.js';
import { setPublished } from './commands/publish-publication.js';
import { isSteward, requireSteward } from './steward.js';
import { PublicationListPage } from './views/publication-list.js';
import { PublicationPage } from './views/publication-page.js';

export const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) });
type Slug = Static<typeof SlugParams>;
const ListQuery = Type.Composite([PageQuery, Type.Object({ tipo: Type.Optional(Type.Union([...PUBLICATION_KINDS.map((k) => Type.Literal(k)), Type.Literal('')])) })]);
const PDF_INLINE = new Set(['application/pdf']);
const PAGE_SIZE = 20;

export async function publicationPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get('/observatorio/publicaciones', { schema: { hide: true, querystring: ListQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const kind = q.tipo || undefined;
    const steward = await isSteward(db, config, request);
    const page = pageOf(await listPublications(db, { kind, after: decodeCursor(q.cursor) }, PAGE_SIZE), PAGE_SIZE, publicationKey);
    const drafts = steward && !q.cursor ? await listDrafts(db) : [];
    return reply.html(<PublicationListPage ctx={request.view()} rows={page.items} drafts={drafts} kind={kind} next={page.next} firstPage={!q.cursor} canEdit={steward} />);
  });

  app.get('/observatorio/publicaciones/:slug', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const steward = await isSteward(db, config, request);
    const row = await findPublication(db, (request.params as Slug).slug, steward);
    if (!row) throw notFound();
    // A draft's page is a steward's preview: never kept by a shared cache.
    if (!row.publishedAt) reply.header('Cache-Control', 'private, no-store');
    return reply.html(<PublicationPage ctx={request.view()} row={row} canEdit={steward} />);
  });

  // The PDF, as its own stable URL. nosniff keeps a browser from reading it as anything but a PDF (its type was
  // checked from its bytes at upload); the ETag is its digest, so a reader who has it downloads nothing twice.
  app.get('/observatorio/publicaciones/:slug/adjunto', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const steward = await isSteward(db, config, request);
    const file = await findAttachment(db, (request.params as Slug).slug, steward);
    if (!file) throw notFound();
    const etag = `"${createHash('sha256').update(file.bytes).digest('hex')}"`;
    reply.header('ETag', etag).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', steward ? 'private, no-cache' : 'public, max-age=300');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.header('Content-Type', 'application/pdf').header('Content-Length', String(file.bytes.length))
      .header('Content-Disposition', contentDisposition('application/pdf', file.name, PDF_INLINE)).send(file.bytes);
  });

  const publishRoute = (suffix: string, published: boolean) =>
    app.post(`/observatorio/publicaciones/:slug/${suffix}`, { schema: { hide: true, params: SlugParams } }, async (request: FastifyRequest, reply) => {
      const by = await requireSteward(db, config, request);
      const row = await findPublication(db, (request.params as Slug).slug, true);
      if (!row) throw notFound();
      await db.transaction((tx) => setPublished(tx, row.id, published, by));
      return reply.flash('success', published ? 'observatory.publication.published' : 'observatory.publication.unpublished').redirect(publicationUrl(row.slug), 303);
    });
  publishRoute('publicar', true);
  publishRoute('despublicar', false);
}
