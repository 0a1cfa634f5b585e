// /api/v1/services/{slug}/indicators (+ .csv): a service's indicators, series and targets, public; POST …/values:
// monthly values from the team's own systems (origin 'api'), all or nothing, each refused item named by its index.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { unauthorized } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import { auditActor } from '../../../core/policy.js';
import { MONTH_PATTERN } from './schema.js';
import { currentMonthInChile, listIndicators, listIndicatorsWithSeries } from './queries.js';
import { IndicatorsJson, csvRowsOf, presentIndicators, reportOf } from './present.js';
import { mustManage, serviceOf } from './service.js';
import { CSV_COLUMNS } from './csv.js';
import { RefusedValues, checkValueRows, problemKey, upsertValues, type RowProblem, type ValueRow } from './commands/record-values.js';

const tags = ['services'];
const security = [{ bearer: [] }];
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
/** A year of twenty indicators is 240 items; a whole history of a busy service fits too. */
const MAX_ITEMS = 5000;
const ValuesBody = Type.Object({
  values: Type.Array(Type.Object({
    indicator: Type.String({ maxLength: 40, description: 'The indicator\'s code' }),
    month: Type.String({ pattern: MONTH_PATTERN, description: 'YYYY-MM, a Santiago calendar month not after the current one' }),
    value: Type.Number({ description: 'A finite number valid for the indicator\'s unit (percent 0–100, grade 1–7, others ≥ 0, pesos whole)' }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: MAX_ITEMS }),
}, { additionalProperties: false });
const Problems = Type.Object({
  error: Type.String(), message: Type.String(),
  problems: Type.Array(Type.Object({ index: Type.Integer(), field: Type.String(), code: Type.String(), message: Type.String() })),
});
const Outcome = Type.Object({ rows: Type.Integer(), inserted: Type.Integer(), updated: Type.Integer(), months: Type.Array(Type.String()) });

export async function impactApi(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/services/:slug/indicators', {
    schema: { summary: 'A service\'s indicators: definitions, the monthly series (gaps as null), targets judged on their own month, latest value and yearly figures', tags,
      params: SlugParams, response: { 200: IndicatorsJson } },
  }, async (request) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    const current = currentMonthInChile();
    return presentIndicators(service, (await listIndicatorsWithSeries(db, service.id)).map((i) => reportOf(i, current)), current);
  });

  app.get('/api/v1/services/:slug/indicators.csv', {
    schema: { summary: 'A service\'s monthly values as CSV in the import\'s long format (indicator,month,value)', tags, params: SlugParams },
  }, async (request, reply) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    return sendCsv(reply, 'csv', `${service.slug}-indicadores`, [...CSV_COLUMNS], csvRowsOf(await listIndicatorsWithSeries(db, service.id)));
  });

  app.post('/api/v1/services/:slug/indicators/values', {
    schema: { summary: 'Record monthly values (the service\'s managers): all or nothing; a refusal lists every item at fault by index', tags, security,
      params: SlugParams, body: ValuesBody, response: { 200: Outcome, 422: Problems } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    mustManage(request, service);
    const byCode = new Map((await listIndicators(db, service.id)).map((i) => [i.code, i]));
    const items = (request.body as Static<typeof ValuesBody>).values;
    const unknown: RowProblem[] = [];
    const rows: ValueRow[] = items.flatMap((item, at) => {
      const indicator = byCode.get(item.indicator);
      if (!indicator) { unknown.push({ at, field: 'indicator', code: 'indicator', params: { value: item.indicator } }); return []; }
      return [{ indicator, month: item.month, value: item.value, at }];
    });
    const current = currentMonthInChile();
    try {
      const problems = [...unknown, ...checkValueRows(rows, current)].sort((a, b) => a.at - b.at);
      if (problems.length > 0) throw new RefusedValues(problems);
      return await db.transaction((tx) => upsertValues(tx, service, rows, 'api', auditActor(request.actor!), current));
    } catch (e) {
      if (!(e instanceof RefusedValues)) throw e;
      const problems = e.problems.map((p) => ({ index: p.at, field: p.field, code: p.code, message: request.t(problemKey(p.code), p.params) }));
      return reply.code(422).send({ error: 'invalid', message: request.t('services.impact.api.refused', { total: problems.length }), problems });
    }
  });
}
