// The registry's pages and exports: /servicios (filters, cards, ?format=csv|json), /servicios.csv, /servicios/{slug}
// (the service page with the four areas' sections), /servicios/feed.atom, and /instituciones/{slug}/servicios, which
// sends the reader to the registry filtered by that institution.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { findServiceBySlug } from '../registry/queries.js';
import { findOverdueServiceIds } from '../reviews/overdue.js';
import { loadImpactSection } from '../impact/section.js';
import { loadReviewsSection } from '../reviews/section.js';
import { loadEngagementSection } from '../engagement/section.js';
import { loadFundingSection } from '../funding/section.js';
import { buildBox } from './box.js';
import { findBoxFacts } from './box-facts.js';
import { iterateRegistry, listRegistry, type RegistryFilter } from './registry.js';
import { listFilterChoices } from './choices.js';
import { PageFilterQuery, filterOfPage } from './filters.js';
import { REGISTRY_COLUMNS, presentCsvRow, presentService } from './present.js';
import { FEED_PATH, listPhaseChanges, renderPhaseFeed } from './feed.js';
import { REGISTRY_PATH, RegistryPage } from './views/registry-page.js';
import { ServicePage } from './views/service-page.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const PAGE_SIZE = 24;

/** The filtered registry, whole, streamed as CSV (one row per service) or as the API's JSON. */
const exportRegistry = (db: DbOrTx, reply: FastifyReply, f: RegistryFilter, format: 'csv' | 'json') =>
  sendCsv(reply, format, 'servicios', REGISTRY_COLUMNS, (async function* () {
    for await (const row of iterateRegistry(db, f)) yield format === 'csv' ? presentCsvRow(row) : presentService(row);
  })());

export async function publicPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get(REGISTRY_PATH, { schema: { hide: true, querystring: PageFilterQuery } }, async (request, reply) => {
    const q = request.query as PageFilterQuery;
    const filter = filterOfPage(q);
    if (q.format) return exportRegistry(db, reply, filter, q.format);
    const [{ rows, next }, choices] = await Promise.all([listRegistry(db, filter, decodeCursor(q.cursor), PAGE_SIZE), listFilterChoices(db, filter.institution)]);
    return reply.html(<RegistryPage ctx={request.view()} query={q} choices={choices} rows={rows} next={next && encodeCursor(next)} />);
  });

  app.get(`${REGISTRY_PATH}.csv`, { schema: { hide: true, querystring: PageFilterQuery } }, async (request, reply) =>
    exportRegistry(db, reply, filterOfPage(request.query as PageFilterQuery), 'csv'));

  app.get(FEED_PATH, { schema: { hide: true } }, async (request, reply) => {
    const xml = renderPhaseFeed(await listPhaseChanges(db), { baseUrl: config.baseUrl, t: request.t, lang: request.locale });
    // The feed's language follows the reader's (?lang=, cookie, Accept-Language): caches must key on them.
    return reply.type('application/atom+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').header('Vary', 'Accept-Language, Cookie').send(xml);
  });

  app.get(`${REGISTRY_PATH}/:slug`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await findServiceBySlug(db, (request.params as Static<typeof SlugParams>).slug);
    if (!service) throw notFound();
    const ctx = request.view();
    // The areas' sections are independent reads: loaded together, shown in the contract's order.
    const [facts, overdue, ...sections] = await Promise.all([
      findBoxFacts(db, [service]), findOverdueServiceIds(db, [service.id]),
      loadImpactSection(db, service, ctx), loadReviewsSection(db, service, ctx), loadEngagementSection(db, service, ctx), loadFundingSection(db, service, ctx),
    ]);
    return reply.html(<ServicePage ctx={ctx} service={service} box={buildBox(facts.get(service.id)!)} overdue={overdue.has(service.id)} sections={sections} />);
  });

  app.get('/instituciones/:slug/servicios', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    return reply.redirect(`${REGISTRY_PATH}?institucion=${encodeURIComponent(institution.slug)}`, 303);
  });
}
