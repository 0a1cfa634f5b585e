// /observatorio/sensibilidad?anio=: the stored Monte-Carlo run of a year under the current method (public); a year
// without one is a 404 with the years that have one.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { currentOf, findSensitivity, listMethodVersions, listSensitivityYears } from './queries.js';
import { SensitivityPage } from './views/sensitivity-page.js';
import { SENSITIVITY_PATH } from './views/paths.js';
import { headlineYear, listScoredYears } from '../index/queries.js';

const PageQuery = Type.Object({ anio: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) });

export async function sensitivityPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(SENSITIVITY_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const current = currentOf(await listMethodVersions(db));
    const years = await listSensitivityYears(db, current.version);
    const asked = (request.query as Static<typeof PageQuery>).anio;
    const year = asked ?? headlineYear(await listScoredYears(db, current.version)) ?? years[0] ?? null;
    const sensitivity = year === null ? null : await findSensitivity(db, current.version, year);
    return reply.html(<SensitivityPage ctx={request.view()} current={current} years={years} year={year} sensitivity={sensitivity} />, sensitivity || asked === undefined ? 200 : 404);
  });
}
