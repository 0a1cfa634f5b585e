// /servicios/{slug}/indicadores/mes: GET shows a month (?mes=YYYY-MM, by default the previous month) with one box per
// indicator; POST records them all at once (origin 'entered') or, on any problem, shows the form again with what was
// typed and every problem next to its box (422, nothing written).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { parseForm } from '../../../core/http/form.js';
import { auditActor } from '../../../core/policy.js';
import { readNumber } from '../../../core/text-files.js';
import type { ServiceRecord } from '../registry/queries.js';
import { currentMonthInChile, listIndicatorsWithSeries, type IndicatorWithSeries } from './queries.js';
import { addMonths, isMonth } from './series.js';
import { statsPath } from './present.js';
import { mustManage, serviceOf } from './service.js';
import { RefusedValues, problemKey, recordMonth } from './commands/record-values.js';
import { MonthPage, valueField } from './views/month-page.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const MonthQuery = Type.Object({ mes: Type.Optional(Type.String({ maxLength: 7 })) });

export async function monthPages(app: FastifyInstance, { db }: ModuleDeps) {
  const managed = async (request: FastifyRequest) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    mustManage(request, service);
    return { service, indicators: await listIndicatorsWithSeries(db, service.id) };
  };
  const render = (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, indicators: IndicatorWithSeries[], month: string,
    values?: Record<string, string>, errors?: Record<string, string>) => {
    const ctx = request.view();
    // The boxes show recorded values as the reader writes numbers (a decimal comma in Spanish); both are read back.
    const recorded = Object.fromEntries(indicators.flatMap((i) => {
      const v = i.values.find((x) => x.month === month);
      return v ? [[valueField(i.code), ctx.locale === 'en' ? String(v.value) : String(v.value).replace('.', ',')]] : [];
    }));
    return reply.html(<MonthPage ctx={ctx} service={service} indicators={indicators} month={month} currentMonth={currentMonthInChile()}
      values={values ?? recorded} errors={errors} />, errors ? 422 : 200);
  };

  app.get('/servicios/:slug/indicadores/mes', { schema: { hide: true, params: SlugParams, querystring: MonthQuery } }, async (request, reply) => {
    const { service, indicators } = await managed(request);
    const current = currentMonthInChile();
    const asked = (request.query as Static<typeof MonthQuery>).mes;
    const month = asked && isMonth(asked) && asked <= current ? asked : addMonths(current, -1);
    return render(request, reply, service, indicators, month);
  });

  app.post('/servicios/:slug/indicadores/mes', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const { service, indicators } = await managed(request);
    const current = currentMonthInChile();
    const schema = Type.Object({ month: Type.String({ maxLength: 7 }), ...Object.fromEntries(indicators.map((i) => [valueField(i.code), Type.Optional(Type.String({ maxLength: 40 }))])) });
    const parsed = parseForm(schema, request.body, request.t);
    const typed = (request.body ?? {}) as Record<string, string>;
    const month = parsed.ok && isMonth(parsed.value.month) ? parsed.value.month : addMonths(current, -1);
    if (!parsed.ok) return render(request, reply, service, indicators, month, typed, parsed.errors);
    const errors: Record<string, string> = {};
    const entries = indicators.map((indicator) => {
      const raw = (parsed.value as Record<string, string | undefined>)[valueField(indicator.code)];
      if (raw === undefined) return { indicator, value: null };
      const value = readNumber(raw);
      if (typeof value === 'string') { errors[valueField(indicator.code)] = request.t(problemKey(value)); return { indicator, value: null }; }
      return { indicator, value };
    });
    if (Object.keys(errors).length > 0) return render(request, reply, service, indicators, month, typed, errors);
    try {
      const done = await db.transaction((tx) => recordMonth(tx, service, parsed.value.month, entries, auditActor(request.actor!), current));
      return reply.flash('success', 'services.impact.month.done', { recorded: done.recorded, removed: done.removed, month: parsed.value.month })
        .redirect(statsPath(service.slug), 303);
    } catch (e) {
      if (!(e instanceof RefusedValues)) throw e;
      const byField = Object.fromEntries(e.problems.map((p) => [p.at < 0 ? 'month' : valueField(indicators[p.at]!.code), request.t(problemKey(p.code), p.params)]));
      return render(request, reply, service, indicators, month, typed, byField);
    }
  });
}
