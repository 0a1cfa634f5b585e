// /compras/datos: the page that lists the OCDS downloads (public).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { OCDS_DATA_PAGE } from './package.js';
import { listPublishingInstitutions } from './queries.js';
import { OcdsDataPage } from './views/data-page.js';

export async function ocdsWebRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(OCDS_DATA_PAGE, { schema: { hide: true } }, async (request, reply) =>
    reply.html(<OcdsDataPage ctx={request.view()} institutions={await listPublishingInstitutions(db)} />));
}
