// The regional programme's pages: workshops and support visits with their survey answers, public and exportable
// (?format=csv|json), with the regional team's forms (303 with a flash, or 422 with the errors and values kept).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TObject } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { sendCsv } from '../../../core/http/csv.js';
import { canManageRegionalProgramme } from '../policy.js';
import { findTrackedRegion, listVisits, listWorkshops, type TrackedRegion } from './queries.js';
import { rawValues, refusal } from './service.js';
import { adoptionPath } from './present.js';
import { summariseScores } from './rules.js';
import { AnswerForm, ExportQuery, RegionParams, VisitForm, WorkshopForm } from './validation.js';
import { recordWorkshop } from './commands/record-workshop.js';
import { recordVisit } from './commands/record-visit.js';
import { recordVisitAnswer } from './commands/record-visit-answer.js';
import { WorkshopsPage, type FormState } from './views/workshops-page.js';
import { VisitsPage } from './views/visits-page.js';

type Region = Static<typeof RegionParams>;
type Format = Static<typeof ExportQuery>['format'];
const rowsOf = async function* <T>(rows: T[]) { yield* rows; };

export async function programmeRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const workshopsPage = async (request: FastifyRequest, reply: FastifyReply, region: TrackedRegion, format?: Format, form?: FormState) => {
    const rows = await listWorkshops(db, region.code);
    if (format) {
      return sendCsv(reply, format, `talleres-${region.code}`, ['heldOn', 'place', 'topic', 'municipalities', 'attendees', 'illustrative'],
        rowsOf(rows.map((w) => ({ heldOn: w.heldOn, place: w.place, topic: w.topic, municipalities: w.municipalities.join(' '), attendees: w.attendees, illustrative: w.illustrative }))));
    }
    return reply.html(<WorkshopsPage ctx={request.view()} region={region} rows={rows} form={form} />, form ? 422 : 200);
  };
  const visitsPage = async (request: FastifyRequest, reply: FastifyReply, region: TrackedRegion, format?: Format, forms?: { visit?: FormState; answer?: FormState }) => {
    const rows = await listVisits(db, region.code);
    if (format) {
      return sendCsv(reply, format, `visitas-${region.code}`, ['id', 'visitedOn', 'cut', 'purpose', 'answers', 'positive', 'mean', 'scores', 'illustrative'],
        rowsOf(rows.map((v) => { const s = summariseScores(v.scores); return { id: v.id, visitedOn: v.visitedOn, cut: v.cut, purpose: v.purpose, answers: s.answers,
          positive: s.positive, mean: s.mean, scores: v.scores.join(' '), illustrative: v.illustrative }; })));
    }
    return reply.html(<VisitsPage ctx={request.view()} region={region} rows={rows} forms={forms} />, forms ? 422 : 200);
  };

  app.get('/observatorio/adopcion/:region/talleres', { schema: { hide: true, params: RegionParams, querystring: ExportQuery } }, async (request, reply) =>
    workshopsPage(request, reply, await findTrackedRegion(db, (request.params as Region).region), (request.query as Static<typeof ExportQuery>).format));
  app.get('/observatorio/adopcion/:region/visitas', { schema: { hide: true, params: RegionParams, querystring: ExportQuery } }, async (request, reply) =>
    visitsPage(request, reply, await findTrackedRegion(db, (request.params as Region).region), (request.query as Static<typeof ExportQuery>).format));

  /** A team's form: the region, the policy, the form, the command; the page again with the errors when refused. */
  const post = <S extends TObject>(suffix: string, schema: S, flash: MessageKey, run: (value: Static<S>, region: TrackedRegion, request: FastifyRequest) => Promise<unknown>,
    render: (request: FastifyRequest, reply: FastifyReply, region: TrackedRegion, form: FormState) => Promise<unknown>, back: string) =>
    app.post(`/observatorio/adopcion/:region/${suffix}`, { schema: { hide: true, params: RegionParams } }, async (request, reply) => {
      const region = await findTrackedRegion(db, (request.params as Region).region);
      if (!canManageRegionalProgramme(request.actor, region.regionalGovernmentId)) throw denied(!!request.actor);
      const form = parseForm(schema, request.body, request.t);
      if (!form.ok) return render(request, reply, region, { values: rawValues(request.body), errors: form.errors });
      try {
        await run(form.value, region, request);
        return reply.flash('success', flash).redirect(`${adoptionPath(region.code)}/${back}`, 303);
      } catch (e) {
        const errors = refusal(e, request.t);
        if (errors) return render(request, reply, region, { values: rawValues(request.body), errors });
        throw e;
      }
    });

  post('talleres', WorkshopForm, 'observatory.adoption.workshop.saved', (v, region, r) =>
    db.transaction((tx) => recordWorkshop(tx, { ...v, municipalities: v.municipalities ?? [], regionCode: region.code }, r.actor!)),
  (request, reply, region, form) => workshopsPage(request, reply, region, undefined, form), 'talleres');
  post('visitas', VisitForm, 'observatory.adoption.visit.saved', (v, region, r) => db.transaction((tx) => recordVisit(tx, { ...v, regionCode: region.code }, r.actor!)),
    (request, reply, region, form) => visitsPage(request, reply, region, undefined, { visit: form }), 'visitas');
  post('visitas/respuestas', AnswerForm, 'observatory.adoption.visit.answerSaved', (v, region, r) =>
    db.transaction((tx) => recordVisitAnswer(tx, { ...v, regionCode: region.code }, r.actor!)),
  (request, reply, region, form) => visitsPage(request, reply, region, undefined, { answer: form }), 'visitas');
}
