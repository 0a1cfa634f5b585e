// GET /api/v1/services/programme — the programme's figures as JSON (present.ts): totals and services per phase,
// the yearly series, per incubator and per region, for the services of the incubators the filters keep. Public.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest } from '../../../core/http/errors.js';
import { checkAsOf, DayParam, findProgrammeOr404, IncubatorParam, RegionParam } from './scope.js';
import { presentProgramme, ProgrammeJson } from './present.js';

const Query = Type.Object({ incubator: Type.Optional(IncubatorParam), region: Type.Optional(RegionParam), asOf: Type.Optional(DayParam) });

export async function programmeApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/services/programme', {
    schema: {
      summary: 'The incubator programme: services per phase, launched, reaching national impact and abandoned per year, per incubator and region',
      tags: ['services'], querystring: Query, response: { 200: ProgrammeJson },
    },
  }, async (request) => {
    const q = request.query as Static<typeof Query>;
    const { asOf, error } = checkAsOf(q.asOf);
    if (error) throw badRequest(error);
    const filter = { incubator: q.incubator, region: q.region };
    return presentProgramme(await findProgrammeOr404(db, filter, asOf), filter);
  });
}
