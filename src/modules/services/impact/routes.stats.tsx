// /servicios/{slug}/estadisticas: the public stats page (anyone, signed in or not); the managers also see their links.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { canManageService } from '../policy.js';
import { reportsOf, serviceOf } from './service.js';
import { StatsPage } from './views/stats-page.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

export async function statsPages(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/servicios/:slug/estadisticas', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    return reply.html(<StatsPage ctx={request.view()} service={service} reports={await reportsOf(db, service.id)}
      canManage={canManageService(request.actor, service.parties)} />);
  });
}
