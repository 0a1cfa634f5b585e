// /transparencia and /instituciones/{slug}/transparencia: the module's front doors (views.tsx).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { findInstitutionOr404, listInstitutions } from '../../../core/tenancy/queries.js';
import { countRequests } from './counts.js';
import { InstitutionLandingPage, OverviewPage } from './views.js';

const OverviewQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const FOUND_LIMIT = 24;

export async function landingRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/transparencia', { schema: { hide: true, querystring: OverviewQuery } }, async (request, reply) => {
    const q = (request.query as Static<typeof OverviewQuery>).q?.trim();
    const found = q ? (await listInstitutions(db, { q, limit: FOUND_LIMIT })).slice(0, FOUND_LIMIT) : [];
    return reply.html(<OverviewPage ctx={request.view()} q={q} found={found} />);
  });

  app.get('/instituciones/:slug/transparencia', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    return reply.html(<InstitutionLandingPage ctx={request.view()} institution={institution} counts={await countRequests(db, institution.id)} />);
  });
}
