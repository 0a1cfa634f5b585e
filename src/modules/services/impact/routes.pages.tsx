// /servicios/{slug}/indicadores (list and define) and /servicios/{slug}/indicadores/{code} (edit, set and remove
// targets): managers only. Forms post and redirect 303 with a flash; a refusal re-renders the form (422) with the
// values kept and nothing written.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { InvalidField, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { auditActor } from '../../../core/policy.js';
import { readNumber } from '../../../core/text-files.js';
import type { ServiceRecord } from '../registry/queries.js';
import { DIRECTIONS, INDICATOR_KINDS, INDICATOR_UNITS } from './schema.js';
import { currentMonthInChile, findIndicatorByCode, listIndicatorsWithSeries, type IndicatorRow } from './queries.js';
import { managePath, reportOf } from './present.js';
import { mustManage, reportsOf, serviceOf } from './service.js';
import { defineIndicator, editIndicator } from './commands/define-indicator.js';
import { removeTarget, setTarget } from './commands/targets.js';
import { IndicatorPage, ManagePage, type FormState } from './views/manage-page.js';

const literals = <T extends string>(list: readonly T[]) => Type.Union(list.map((v) => Type.Literal(v)));
const IndicatorForm = Type.Object({
  name: Type.String({ maxLength: 120 }), code: Type.String({ maxLength: 40 }), kind: literals(INDICATOR_KINDS), unit: literals(INDICATOR_UNITS),
  direction: literals(DIRECTIONS), description: Type.Optional(Type.String({ maxLength: 500 })), method: Type.Optional(Type.String({ maxLength: 2000 })),
});
const TargetForm = Type.Object({ month: Type.String({ maxLength: 7 }), value: Type.String({ maxLength: 40 }) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const CodeParams = Type.Object({ slug: Type.String({ maxLength: 100 }), code: Type.String({ maxLength: 40 }) });
const TargetParams = Type.Object({ slug: Type.String({ maxLength: 100 }), code: Type.String({ maxLength: 40 }), month: Type.String({ maxLength: 7 }) });
const page = (params: ReturnType<typeof Type.Object>) => ({ schema: { hide: true, params } });

export async function managePages(app: FastifyInstance, { db }: ModuleDeps) {
  const managed = async (request: FastifyRequest) => {
    const service = await serviceOf(db, (request.params as { slug: string }).slug);
    mustManage(request, service);
    return service;
  };
  const indicatorOf = async (service: ServiceRecord, code: string) => {
    const indicator = await findIndicatorByCode(db, service.id, code);
    if (!indicator) throw notFound();
    return indicator;
  };
  const renderList = async (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, form?: FormState, status = 200) =>
    reply.html(<ManagePage ctx={request.view()} service={service} reports={await reportsOf(db, service.id)} form={form} />, status);
  const renderOne = async (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, indicator: IndicatorRow,
    forms: { form?: FormState; targetForm?: FormState } = {}, status = 200) => {
    const full = (await listIndicatorsWithSeries(db, service.id)).find((i) => i.id === indicator.id)!;
    return reply.html(<IndicatorPage ctx={request.view()} service={service} report={reportOf(full, currentMonthInChile())} {...forms} />, status);
  };
  const refusal = (e: unknown, request: FastifyRequest, values: Record<string, string>): FormState => {
    if (!(e instanceof InvalidField)) throw e;
    return { values, errors: { [e.field]: request.t(e.messageKey) } };
  };

  app.get('/servicios/:slug/indicadores', page(SlugParams), async (request, reply) => renderList(request, reply, await managed(request)));

  app.post('/servicios/:slug/indicadores', page(SlugParams), async (request, reply) => {
    const service = await managed(request);
    const parsed = parseForm(IndicatorForm, request.body, request.t);
    if (!parsed.ok) return renderList(request, reply, service, parsed, 422);
    try {
      const row = await db.transaction((tx) => defineIndicator(tx, service, parsed.value, auditActor(request.actor!)));
      return reply.flash('success', 'services.impact.manage.defined', { name: row.name }).redirect(`${managePath(service.slug)}/${row.code}`, 303);
    } catch (e) { return renderList(request, reply, service, refusal(e, request, request.body as Record<string, string>), 422); }
  });

  app.get('/servicios/:slug/indicadores/:code', page(CodeParams), async (request, reply) => {
    const service = await managed(request);
    return renderOne(request, reply, service, await indicatorOf(service, (request.params as Static<typeof CodeParams>).code));
  });

  app.post('/servicios/:slug/indicadores/:code', page(CodeParams), async (request, reply) => {
    const service = await managed(request);
    const indicator = await indicatorOf(service, (request.params as Static<typeof CodeParams>).code);
    const parsed = parseForm(IndicatorForm, request.body, request.t);
    if (!parsed.ok) return renderOne(request, reply, service, indicator, { form: parsed }, 422);
    try {
      const row = await db.transaction((tx) => editIndicator(tx, service, indicator, parsed.value, auditActor(request.actor!)));
      return reply.flash('success', 'services.impact.manage.saved', { name: row.name }).redirect(`${managePath(service.slug)}/${row.code}`, 303);
    } catch (e) { return renderOne(request, reply, service, indicator, { form: refusal(e, request, request.body as Record<string, string>) }, 422); }
  });

  app.post('/servicios/:slug/indicadores/:code/metas', page(CodeParams), async (request, reply) => {
    const service = await managed(request);
    const indicator = await indicatorOf(service, (request.params as Static<typeof CodeParams>).code);
    const parsed = parseForm(TargetForm, request.body, request.t);
    if (!parsed.ok) return renderOne(request, reply, service, indicator, { targetForm: parsed }, 422);
    try {
      const value = readNumber(parsed.value.value);
      if (typeof value === 'string') throw new InvalidField('value', `services.impact.problem.${value}`);
      await db.transaction((tx) => setTarget(tx, service, indicator, { month: parsed.value.month, value }, auditActor(request.actor!), currentMonthInChile()));
      return reply.flash('success', 'services.impact.targets.done', { month: parsed.value.month }).redirect(`${managePath(service.slug)}/${indicator.code}`, 303);
    } catch (e) { return renderOne(request, reply, service, indicator, { targetForm: refusal(e, request, parsed.value) }, 422); }
  });

  app.post('/servicios/:slug/indicadores/:code/metas/:month/eliminar', page(TargetParams), async (request, reply) => {
    const service = await managed(request);
    const { code, month } = request.params as Static<typeof TargetParams>;
    const indicator = await indicatorOf(service, code);
    if (!await db.transaction((tx) => removeTarget(tx, service, indicator, month, auditActor(request.actor!)))) throw notFound();
    return reply.flash('success', 'services.impact.targets.removed', { month }).redirect(`${managePath(service.slug)}/${indicator.code}`, 303);
  });
}
