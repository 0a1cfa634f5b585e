// Pages of consultations: a process's consultations, the questionnaire (GET shows it, POST saves the response and
// comes back with a flash, or re-renders it with per-question errors and the values kept: 422), the stylesheet of its
// conditional questions, and the results.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { findProcess } from '../processes/queries.js';
import { isFollowing } from '../notifications/queries.js';
import { findConsultation, findMyResponse, listProcessConsultations, type ConsultationWithQuestions } from './queries.js';
import { consultationResults, textAnswers } from './results.js';
import { eligibilityProblem, resultsProblem, windowProblem } from './rules.js';
import { respond, respondentOf } from './respond.js';
import { answersFromForm, fieldsFromAnswers, formValues, type FieldValues } from './form-fields.js';
import { ConsultationPage } from './views/consultation-page.js';
import { ConsultationListPage } from './views/list-page.js';
import { ResultsPage, type TextPage } from './views/results-page.js';
import { conditionsCss } from './views/questionnaire.js';
import { consultationPath } from './views/common.js';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ResultsQuery = Type.Object({ pregunta: Type.Optional(Type.Integer({ minimum: 1 })), cursor: Type.Optional(Type.String({ maxLength: 200 })) });
const TEXT_PAGE = 20;

export async function consultationWebRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  async function consultationOf(request: FastifyRequest) {
    const c = await findConsultation(db, (request.params as Static<typeof Params>).id);
    if (!c) throw notFound();
    return c;
  }

  async function render(request: FastifyRequest, reply: FastifyReply, c: ConsultationWithQuestions, form?: { values: FieldValues; errors: Record<string, string> }) {
    const now = new Date();
    // The window first: "closed on …" tells every reader more than "sign in" would.
    const problem = (await windowProblem(db, c, now, request.locale)) ?? (await eligibilityProblem(db, config, request.actor, c));
    const respondent = respondentOf(request, null, config);
    const mine = respondent && await findMyResponse(db, c.id, respondent);
    return reply.header('cache-control', 'private, no-store').html(<ConsultationPage ctx={request.view()} c={c} problem={problem}
      values={form?.values ?? (mine ? fieldsFromAnswers(c.questions, mine.answers) : {})} errors={form?.errors}
      answeredAt={mine?.updatedAt ?? null} resultsOut={!resultsProblem(c, now, request.locale)}
      following={await isFollowing(db, request.actor?.personId ?? null, { type: 'consultation', id: c.id })} />, form ? 422 : 200);
  }

  app.get('/participacion/procesos/:id/consultas', { schema: { hide: true, params: Params } }, async (request, reply) => {
    const process = await findProcess(db, (request.params as Static<typeof Params>).id);
    if (!process) throw notFound();
    return reply.html(<ConsultationListPage ctx={request.view()} process={process} items={await listProcessConsultations(db, process.id)} />);
  });

  app.get('/participacion/consultas/:id', { schema: { hide: true, params: Params } }, async (request, reply) => render(request, reply, await consultationOf(request)));

  app.post('/participacion/consultas/:id', { schema: { hide: true, params: Params } }, async (request, reply) => {
    const c = await consultationOf(request);
    const values = formValues(request.body);
    const outcome = await respond(db, config, request, reply, c, answersFromForm(c.questions, values));
    if (!outcome.ok && 'error' in outcome) throw outcome.error;
    if (!outcome.ok) {
      return render(request, reply, c, { values, errors: Object.fromEntries([...outcome.errors].map(([id, e]) => [`q${id}`, request.t(e.key, e.params)])) });
    }
    return reply.flash('success', outcome.edited ? 'participation.consultation.edited' : 'participation.consultation.saved').redirect(consultationPath(c.id), 303);
  });

  app.get('/participacion/consultas/:id/condiciones.css', { schema: { hide: true, params: Params } }, async (request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(conditionsCss(await consultationOf(request))));

  app.get('/participacion/consultas/:id/resultados', { schema: { hide: true, params: Params, querystring: ResultsQuery } }, async (request, reply) => {
    const c = await consultationOf(request);
    if (resultsProblem(c, new Date(), request.locale)) return reply.html(<ResultsPage ctx={request.view()} c={c} results={null} texts={[]} />);
    const query = request.query as Static<typeof ResultsQuery>;
    const texts: TextPage[] = [];
    for (const q of c.questions.filter((x) => x.kind === 'short_text' || x.kind === 'long_text')) {
      const cursor = query.pregunta === q.id ? decodeCursor(query.cursor) : null;
      const after = typeof cursor?.[0] === 'number' ? cursor[0] : 0;
      const page = pageOf(await textAnswers(db, c.id, q.id, after, TEXT_PAGE), TEXT_PAGE, (r) => [r.respondent]);
      texts.push({ questionId: q.id, items: page.items, next: page.next, first: after === 0 });
    }
    return reply.html(<ResultsPage ctx={request.view()} c={c} results={await consultationResults(db, c)} texts={texts} />);
  });
}
