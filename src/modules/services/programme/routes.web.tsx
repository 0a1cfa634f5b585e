// /servicios/programa (the page) and /servicios/programa.csv (its yearly table: one row per year and grouping, the
// filters applied). Public. A day that does not exist or has not come yet is shown on its field (400) and the
// figures are today's.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { sendCsv } from '../../../core/http/csv.js';
import { badRequest } from '../../../core/http/errors.js';
import { checkAsOf, findProgrammeOr404, IncubatorParam, RegionParam } from './scope.js';
import { iterateProgrammeRows, PROGRAMME_COLUMNS } from './present.js';
import { ProgrammePage } from './views/page.js';
import { PROGRAMME_PATH } from './views/parts.js';

// An empty select ("all incubators") sends incubadora=: accepted and read as no filter.
const PageQuery = Type.Object({
  incubadora: Type.Optional(Type.Union([Type.Literal(''), IncubatorParam])),
  region: Type.Optional(Type.Union([Type.Literal(''), RegionParam])),
  fecha: Type.Optional(Type.String({ maxLength: 20 })),
});
type PageQuery = Static<typeof PageQuery>;
const filterOf = (q: PageQuery) => ({ incubator: q.incubadora || undefined, region: q.region || undefined });

export async function programmeWebRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(PROGRAMME_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const q = request.query as PageQuery;
    const { asOf, error } = checkAsOf(q.fecha || undefined);
    const programme = await findProgrammeOr404(db, filterOf(q), asOf);
    const ctx = request.view();
    const query = { incubadora: q.incubadora || undefined, region: q.region || undefined, fecha: q.fecha || undefined };
    return reply.html(<ProgrammePage ctx={ctx} programme={programme} query={query} dateError={error && ctx.t(error)} />, error ? 400 : 200);
  });

  app.get(`${PROGRAMME_PATH}.csv`, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const q = request.query as PageQuery;
    const { asOf, error } = checkAsOf(q.fecha || undefined);
    if (error) throw badRequest(error);
    const filter = filterOf(q);
    const programme = await findProgrammeOr404(db, filter, asOf);
    const name = ['servicios-programa', filter.incubator, filter.region, asOf].filter(Boolean).join('-');
    return sendCsv(reply, 'csv', name, PROGRAMME_COLUMNS, iterateProgrammeRows(programme));
  });
}
