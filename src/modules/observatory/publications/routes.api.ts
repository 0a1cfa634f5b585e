// /api/v1/observatory/publications and /panels (public reads, by cursor; ?format=csv|json streams the whole list) and
// the Atom feed /observatorio/feed.atom, newest 50 of both together.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Db } from '../../../core/db/client.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { PUBLICATION_KINDS, type PublicationKind } from './schema.js';
import { feedEntries, listPanels, listPublications, panelKey, publicationKey } from './queries.js';
import { FEED_PATH, PANEL_COLUMNS, PUBLICATIONS_PATH, PUBLICATION_COLUMNS, PanelJson, PublicationJson, panelUrl, presentPanel, presentPublication,
  publicationUrl } from './present.js';
import { renderObservatoryFeed, type FeedEntry } from './feed.js';
import { panelWhen } from './views/parts.js';
import { findObservatoryInstitution } from '../institutions.js';

const tags = ['observatory'];
const Format = { format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'Stream the whole list as CSV or JSON' })) };
const PublicationQuery = Type.Composite([PageQuery, Type.Object({ kind: Type.Optional(Type.Union(PUBLICATION_KINDS.map((k) => Type.Literal(k)))), ...Format })]);
const PanelQuery = Type.Composite([PageQuery, Type.Object(Format)]);
const Next = Type.Union([Type.String(), Type.Null()]);
const FEED_SIZE = 50;
const BATCH = 200;

/** Every row of a keyset-paginated list, a batch at a time (an export never holds the whole list). */
async function* everyRow<R>(read: (after: unknown[] | null) => Promise<R[]>, key: (r: R) => unknown[]) {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await read(after);
    yield* rows.slice(0, BATCH);
    if (rows.length <= BATCH) return;
    after = key(rows[BATCH - 1]!);
  }
}

async function* mapRows<R, T>(rows: AsyncIterable<R>, f: (r: R) => T) { for await (const r of rows) yield f(r); }

const exportPublications = (db: Db, reply: FastifyReply, kind: PublicationKind | undefined, format: 'csv' | 'json') =>
  sendCsv(reply, format, 'observatorio-publicaciones', PUBLICATION_COLUMNS,
    mapRows(everyRow((after) => listPublications(db, { kind, after }, BATCH), publicationKey), presentPublication));

export async function publicationApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get('/api/v1/observatory/publications', {
    schema: { summary: 'The observatory\'s published policy briefs and reports, newest first, by cursor; ?kind= filters; ?format=csv|json exports', tags,
      querystring: PublicationQuery, response: { 200: Type.Object({ items: Type.Array(PublicationJson), next: Next }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof PublicationQuery>;
    if (q.format) return exportPublications(db, reply, q.kind, q.format);
    const limit = q.limit ?? 50;
    const page = pageOf(await listPublications(db, { kind: q.kind, after: decodeCursor(q.cursor) }, limit), limit, publicationKey);
    return { items: page.items.map(presentPublication), next: page.next };
  });

  app.get('/api/v1/observatory/panels', {
    schema: { summary: 'The observatory\'s panels and webinars, latest start first, by cursor (times in UTC); ?format=csv|json exports', tags,
      querystring: PanelQuery, response: { 200: Type.Object({ items: Type.Array(PanelJson), next: Next }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof PanelQuery>;
    if (q.format) {
      return sendCsv(reply, q.format, 'observatorio-paneles', PANEL_COLUMNS, mapRows(everyRow((after) => listPanels(db, after, BATCH), panelKey), presentPanel));
    }
    const limit = q.limit ?? 50;
    const page = pageOf(await listPanels(db, decodeCursor(q.cursor), limit), limit, panelKey);
    return { items: page.items.map(presentPanel), next: page.next };
  });

  app.get(FEED_PATH, { schema: { hide: true } }, async (request, reply) => {
    const { t } = request;
    const { publications, panels } = await feedEntries(db, FEED_SIZE);
    const entries: FeedEntry[] = [
      ...publications.map((p) => ({ kind: 'publication' as const, rowId: p.id, createdAt: p.createdAt, title: p.title, summary: p.summary, path: publicationUrl(p.slug),
        published: p.publishedAt!, updated: p.updatedAt > p.publishedAt! ? p.updatedAt : p.publishedAt!, category: t(`observatory.publication.kind.${p.kind}`) })),
      ...panels.map((p) => ({ kind: 'panel' as const, rowId: p.id, createdAt: p.createdAt, title: p.title, path: panelUrl(p.slug), published: p.createdAt, updated: p.updatedAt,
        summary: t('observatory.feed.panelSummary', { when: panelWhen(request.locale, p), speakers: p.speakers.map((s) => s.name).join(', ') }),
        category: t('observatory.feed.panelCategory') })),
    ].sort((a, b) => b.published.getTime() - a.published.getTime() || b.rowId - a.rowId).slice(0, FEED_SIZE);
    const institution = await findObservatoryInstitution(db, config);
    const xml = renderObservatoryFeed({ baseUrl: config.baseUrl, selfPath: FEED_PATH, alternatePath: PUBLICATIONS_PATH, title: t('observatory.feed.title'),
      subtitle: t('observatory.feed.subtitle'), author: institution.name, lang: request.locale, entries });
    // The feed's language follows the reader's (?lang=, cookie, Accept-Language): caches must key on them.
    return reply.type('application/atom+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').header('Vary', 'Accept-Language, Cookie').send(xml);
  });
}
