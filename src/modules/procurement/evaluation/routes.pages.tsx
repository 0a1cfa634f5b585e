// The evaluators' workspace (…/llamados/{id}/evaluacion) and its form posts — appoint, declare, score, award, desert —
// each redirecting 303 with a flash, or re-rendering the workspace with that form's errors and values (422); and the
// public award report of a lot (…/lotes/{n}/informe, with .csv and .json).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { HttpError, InvalidField, denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findEvaluationCall } from './queries.js';
import { loadWorkspace, type Workspace } from './workspace.js';
import { findLotReport } from './report.js';
import { presentReport, reportCsv, reportPath, workspacePath } from './present.js';
import { Reason, ScoreReason, ScoreValue } from './routes.api.js';
import { isManual } from './lot-ranking.js';
import { appointEvaluator } from './commands/appoint-evaluator.js';
import { declareInterests } from './commands/declare-interests.js';
import { scoreBid } from './commands/score-bid.js';
import { awardLotByRanking } from './commands/award-lot.js';
import { desertLot } from './commands/desert-lot.js';
import { WorkspacePage } from './views/workspace-page.js';
import { ReportPage } from './views/report-page.js';
import type { FormState, Forms } from './views/parts.js';

const CallParams = Type.Object({ slug: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }) });
const LotParams = Type.Composite([CallParams, Type.Object({ n: Type.Integer({ minimum: 1, maximum: 999 }) })]);
const BidParams = Type.Composite([CallParams, Type.Object({ bidId: Type.Integer({ minimum: 1 }) })]);
type CallP = Static<typeof CallParams>;
const AppointForm = Type.Object({ personId: Type.Integer({ minimum: 1 }) });
const DeclarationForm = Type.Object({ conflictSupplierIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500 })), sign: Type.Literal('yes') });

export async function evaluationPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  /** The call of the path, checked against the slug (a call is only found under its own institution). */
  const callOf = async (p: CallP) => {
    const call = await findEvaluationCall(db, p.id);
    if (call.institution.slug !== p.slug) throw notFound();
    return call;
  };
  const render = async (request: FastifyRequest, reply: FastifyReply, w: Workspace, forms: Forms = {}, status = 200) =>
    reply.html(<WorkspacePage ctx={request.view()} w={w} forms={forms} />, status);
  const workspaceOf = async (request: FastifyRequest) => {
    const p = request.params as CallP;
    await callOf(p);
    return loadWorkspace(db, p.id, request.actor);
  };

  app.get('/instituciones/:slug/compras/llamados/:id/evaluacion', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    return render(request, reply, await workspaceOf(request));
  });

  /** A workspace form: loaded and authorised, parsed, run, redirected; or the page again with that form's errors (422). */
  const post = <P extends TSchema>(suffix: string, params: P, key: (p: Static<P>, w: Workspace) => string,
    run: (w: Workspace, p: Static<P>, request: FastifyRequest) => Promise<{ flash: Parameters<FastifyReply['flash']>[1]; to?: string } | FormState>) =>
    app.post(`/instituciones/:slug/compras/llamados/:id/evaluacion${suffix}`, { schema: { hide: true, params } }, async (request, reply) => {
      if (!request.actor) throw denied(false);
      const w = await workspaceOf(request);
      const p = request.params as Static<P>;
      try {
        const done = await run(w, p, request);
        if ('errors' in done) return render(request, reply, w, { [key(p, w)]: done }, 422);
        return reply.flash('success', done.flash).redirect(done.to ?? workspacePath(w.call.institution.slug, w.call.id), 303);
      } catch (e) {
        if (!(e instanceof HttpError) || (e.statusCode !== 409 && !(e instanceof InvalidField))) throw e;
        const field = e instanceof InvalidField ? e.field : 'form';
        return render(request, reply, w, { [key(p, w)]: { values: request.body as Record<string, string>, errors: { [field]: request.t(e.messageKey, e.params) } } }, 422);
      }
    });
  const manage = (w: Workspace, request: FastifyRequest) => { if (!w.manages) throw denied(true); return auditActor(request.actor!); };
  const lotOf = (w: Workspace, n: number) => w.lots.find((l) => l.number === n) ?? (() => { throw notFound(); })();

  post('/evaluadores', CallParams, () => 'appoint', async (w, _p, request) => {
    const actor = manage(w, request);
    const form = parseForm(AppointForm, request.body, request.t);
    if (!form.ok) return form;
    await db.transaction((tx) => appointEvaluator(tx, { callId: w.call.id, personId: form.value.personId, actor }));
    return { flash: 'procurement.evaluation.flash.appointed' };
  });

  post('/declaracion', CallParams, () => 'declaration', async (w, _p, request) => {
    const form = parseForm(DeclarationForm, request.body, request.t);
    if (!form.ok) {
      const ids = (request.body as Record<string, unknown>).conflictSupplierIds;
      const values = { ...form.values, conflictSupplierIds: Array.isArray(ids) ? ids.join(',') : String(ids ?? '') };
      return { values, errors: form.errors.sign ? { ...form.errors, sign: request.t('procurement.evaluation.error.mustSign') } : form.errors };
    }
    await db.transaction((tx) => declareInterests(tx, {
      callId: w.call.id, personId: request.actor!.personId, conflictSupplierIds: form.value.conflictSupplierIds ?? [],
      declaration: request.t('procurement.evaluation.declaration.text'), actor: auditActor(request.actor!),
    }));
    return { flash: 'procurement.evaluation.flash.declared' };
  });

  post('/ofertas/:bidId', BidParams, (p) => `bid-${p.bidId}`, async (w, p, request) => {
    const bid = w.bids.find((b) => b.id === p.bidId);
    if (!bid) throw notFound();
    const manual = w.criteria.filter(isManual);
    const schema = Type.Object(Object.fromEntries(manual.flatMap((c) => [[`score-${bid.id}-${c.id}`, ScoreValue], [`reason-${bid.id}-${c.id}`, ScoreReason]])));
    // es-CL writes decimals with a comma: "82,5" is 82.5.
    const body = Object.fromEntries(Object.entries(request.body as Record<string, string>).map(([k, v]) => [k, k.startsWith('score-') ? v.replace(',', '.') : v]));
    const form = parseForm(schema, body, request.t);
    if (!form.ok) return form;
    const values = form.value as Record<string, number | string>;
    const scores = manual.map((c) => ({ criterionId: c.id, score: values[`score-${bid.id}-${c.id}`] as number, reason: values[`reason-${bid.id}-${c.id}`] as string }));
    await db.transaction((tx) => scoreBid(tx, { bidId: bid.id, personId: request.actor!.personId, scores, actor: auditActor(request.actor!) }));
    return { flash: 'procurement.evaluation.flash.scored', to: `${workspacePath(w.call.institution.slug, w.call.id)}#lote-${w.lots.find((l) => l.id === bid.lotId)!.number}` };
  });

  post('/lotes/:n/adjudicar', LotParams, (p, w) => `award-${lotOf(w, p.n).id}`, async (w, p, request) => {
    const actor = manage(w, request);
    const lot = lotOf(w, p.n);
    const outcome = await db.transaction((tx) => awardLotByRanking(tx, { lotId: lot.id, actor }));
    return { flash: outcome.outcome === 'awarded' ? 'procurement.evaluation.flash.awarded' : 'procurement.evaluation.flash.deserted', to: reportPath(w.call.institution.slug, w.call.id, lot.number) };
  });

  post('/lotes/:n/desierto', LotParams, (p, w) => `desert-${lotOf(w, p.n).id}`, async (w, p, request) => {
    const actor = manage(w, request);
    const lot = lotOf(w, p.n);
    const form = parseForm(Type.Object({ [`reason-${lot.id}`]: Reason }), request.body, request.t);
    if (!form.ok) return form;
    await db.transaction((tx) => desertLot(tx, { lotId: lot.id, reason: (form.value as Record<string, string>)[`reason-${lot.id}`]!, actor }));
    return { flash: 'procurement.evaluation.flash.deserted', to: reportPath(w.call.institution.slug, w.call.id, lot.number) };
  });

  const report = async (request: FastifyRequest) => {
    const p = request.params as Static<typeof LotParams>;
    return findLotReport(db, (await callOf(p)).id, p.n);
  };
  app.get('/instituciones/:slug/compras/llamados/:id/lotes/:n/informe', { schema: { hide: true, params: LotParams } }, async (request, reply) =>
    reply.html(<ReportPage ctx={request.view()} r={await report(request)} />));
  app.get('/instituciones/:slug/compras/llamados/:id/lotes/:n/informe.json', { schema: { hide: true, params: LotParams } }, async (request) =>
    presentReport(await report(request)));
  app.get('/instituciones/:slug/compras/llamados/:id/lotes/:n/informe.csv', { schema: { hide: true, params: LotParams } }, async (request, reply) => {
    const r = await report(request);
    const { columns, rows } = reportCsv(r);
    return sendCsv(reply, 'csv', `informe-${r.call.id}-lote-${r.lot.number}`, columns, (async function* () { yield* rows; })());
  });
}

