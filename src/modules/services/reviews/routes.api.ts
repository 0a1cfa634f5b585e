// /api/v1/services/{slug}/reviews: a service's reviews and next due date (public); recording one (bearer token of the
// incubator's committee: canReviewService). /api/v1/services/reviews/due: the services with a review due (public).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, unauthorized } from '../../../core/http/errors.js';
import { auditActor } from '../../../core/policy.js';
import { PHASES } from '../phases.js';
import { canReviewService } from '../policy.js';
import { recordReview } from './commands/record-review.js';
import { listReviewsOf } from './queries.js';
import { loadDuePage, loadServiceReviews } from './service.js';
import { DueJson, ReviewJson, ScheduleJson, presentDue, presentReview, presentSchedule, reviewsPath } from './present.js';
import { DueApiQuery, ReviewBody, SlugParams } from './validation.js';

const tags = ['services'];
const ServiceReviewsJson = Type.Object({
  service: Type.Object({ slug: Type.String(), title: Type.String(), url: Type.String() }),
  next: ScheduleJson, reviews: Type.Array(ReviewJson, { description: 'Newest first; at most two a year, so not paginated' }),
});

export async function reviewsApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/services/:slug/reviews', {
    schema: { summary: "A service's milestone reviews (newest first, with the indicators frozen as the committee saw them) and its next review: due date, provenance, overdue", tags, params: SlugParams, response: { 200: ServiceReviewsJson } },
  }, async (request) => {
    const { service: s, schedule, reviews, overdue } = await loadServiceReviews(db, (request.params as Static<typeof SlugParams>).slug);
    return { service: { slug: s.slug, title: s.title, url: reviewsPath(s.slug) }, next: presentSchedule(schedule, overdue), reviews: reviews.map(presentReview) };
  });

  app.post('/api/v1/services/:slug/reviews', {
    schema: { summary: "Record a milestone review (the incubator's committee): 'stop' ends the service, a pivot may take it back to investigación", tags, security: [{ bearer: [] }], params: SlugParams, body: ReviewBody,
      response: { 201: Type.Object({ review: ReviewJson, phase: Type.Union([Type.Union(PHASES.map((p) => Type.Literal(p))), Type.Null()], { description: 'The phase the decision moved the service to' }) }) } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const { service } = await loadServiceReviews(db, (request.params as Static<typeof SlugParams>).slug);
    if (!canReviewService(request.actor, service.parties)) throw denied(true);
    const { id, phase } = await db.transaction((tx) => recordReview(tx, { ...(request.body as Static<typeof ReviewBody>), serviceId: service.id }, auditActor(request.actor!)));
    const review = (await listReviewsOf(db, service.id)).find((r) => r.id === id)!;
    return reply.code(201).send({ review: presentReview(review), phase });
  });

  app.get('/api/v1/services/reviews/due', {
    schema: { summary: 'Services with a milestone review due, soonest first (overdue ones first), optionally in one incubator', tags, querystring: DueApiQuery,
      response: { 200: Type.Object({ items: Type.Array(DueJson), next: Type.Union([Type.String(), Type.Null()]), total: Type.Integer(), overdue: Type.Integer() }) } },
  }, async (request) => {
    const q = request.query as Static<typeof DueApiQuery>;
    const page = await loadDuePage(db, { incubadora: q.incubator, cursor: q.cursor, limit: q.limit });
    return { items: page.items.map(presentDue), next: page.next, total: page.totals.count, overdue: page.totals.overdue };
  });
}
