// The reviews pages, working without JavaScript: a service's reviews (public), the committee's form (303 with a flash,
// or 422 with the errors and the values kept; nothing written on error) and the list of reviews due (public, CSV/JSON).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { sendCsv } from '../../../core/http/csv.js';
import { auditActor } from '../../../core/policy.js';
import { formValues, type FormState } from '../registry/views/parts.js';
import { canReviewService } from '../policy.js';
import { snapshotIndicators } from '../impact/snapshot.js';
import { mayDeclareNationalImpact, recordReview } from './commands/record-review.js';
import { listIncubators } from './queries.js';
import { loadDuePage, loadServiceReviews, refusal } from './service.js';
import { DUE_PATH, presentDue, reviewsPath } from './present.js';
import { DuePageQuery, ReviewForm, SlugParams } from './validation.js';
import { ReviewsPage } from './views/reviews-page.js';
import { NewReviewPage } from './views/new-review-page.js';
import { DuePage } from './views/due-page.js';

const DUE_COLUMNS = ['service.slug', 'service.title', 'incubator.slug', 'incubator.name', 'phase', 'dueOn', 'overdue', 'daysOverdue'];

export async function reviewsPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const slugOf = (request: FastifyRequest) => (request.params as Static<typeof SlugParams>).slug;

  app.get('/servicios/:slug/revisiones', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const { service, schedule, reviews, today } = await loadServiceReviews(db, slugOf(request));
    return reply.html(<ReviewsPage ctx={request.view()} service={service} schedule={schedule} reviews={reviews} today={today}
      canReview={canReviewService(request.actor, service.parties)} />);
  });

  /** The committee's form: 401 signed out, 403 for anyone but the incubator's committee (policy.ts canReviewService). */
  const loadForCommittee = async (request: FastifyRequest) => {
    const loaded = await loadServiceReviews(db, slugOf(request));
    if (!canReviewService(request.actor, loaded.service.parties)) throw denied(!!request.actor);
    return loaded;
  };
  const renderForm = async (request: FastifyRequest, reply: FastifyReply, loaded: Awaited<ReturnType<typeof loadForCommittee>>, form?: FormState) => {
    const { service, schedule, today } = loaded;
    const indicators = await snapshotIndicators(db, service.id, today.slice(0, 7));
    return reply.html(<NewReviewPage ctx={request.view()} service={service} schedule={schedule} indicators={indicators} today={today}
      mayDeclareNational={mayDeclareNationalImpact(service)} form={form} />, form ? 422 : 200);
  };

  app.get('/servicios/:slug/revisiones/nueva', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const loaded = await loadForCommittee(request);
    // Nothing to review once the service left incubation: back to its reviews page, which says why.
    if (!loaded.schedule.due) return reply.redirect(reviewsPath(loaded.service.slug), 303);
    return renderForm(request, reply, loaded);
  });

  app.post('/servicios/:slug/revisiones/nueva', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const loaded = await loadForCommittee(request);
    const form = parseForm(ReviewForm, request.body, request.t);
    if (!form.ok) return renderForm(request, reply, loaded, form);
    try {
      await db.transaction((tx) => recordReview(tx, { ...form.value, serviceId: loaded.service.id }, auditActor(request.actor!)));
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderForm(request, reply, loaded, { values: formValues(request.body), errors });
      throw e;
    }
    return reply.flash('success', 'services.reviews.saved').redirect(reviewsPath(loaded.service.slug), 303);
  });

  app.get(DUE_PATH, { schema: { hide: true, querystring: DuePageQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof DuePageQuery>;
    const page = await loadDuePage(db, q);
    if (q.format) {
      return sendCsv(reply, q.format, 'revisiones-pendientes', DUE_COLUMNS, (async function* () { for (const d of page.all) yield presentDue(d); })());
    }
    return reply.html(<DuePage ctx={request.view()} items={page.items} incubators={await listIncubators(db)} incubator={q.incubadora}
      totals={page.totals} next={page.next} isFirstPage={page.isFirstPage} />);
  });
}
