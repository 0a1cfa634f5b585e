// Incubadora de servicios públicos digitales (services, issue 10), after beta.gouv.fr: a public registry of digital
// public services, each led by a civil servant, with dated phases (phases.ts) and a transparency box (registry/,
// public/); their impact measured in public, monthly indicators against targets (impact/); milestone reviews every
// six months with the evidence and the decision (reviews/); users' needs and satisfaction through participation's
// proposals and consultations (engagement/); what each costs, linked to procurement (funding/); the programme's
// figures per phase, year, incubator and region (programme/); graduation from a grant or an accepted proposal.
//
// Tables owned: services_* (schema.ts lists every area's file).
// Public exports: servicesModule.
import type { FastifyPluginAsync } from 'fastify';
import type { AppModule, ModuleDeps } from '../../core/module.js';
import { registryRoutes } from './registry/routes.js';
import { publicRoutes } from './public/routes.js';
import { impactRoutes } from './impact/routes.js';
import { reviewsRoutes } from './reviews/routes.js';
import { engagementRoutes } from './engagement/routes.js';
import { programmeRoutes } from './programme/routes.js';
import { fundingRoutes } from './funding/routes.js';
import { graduationRoutes } from './graduation/routes.js';
import { seedServicesDemo } from './seed.js';
import { listServicesDatasets } from './public/datasets.js';

// Each area adds its routes plugin here (one import, one entry). Fixed paths (/servicios/nuevo, /servicios/programa)
// come before the public area's /servicios/:slug only in reading order: Fastify prefers static segments anyway.
const AREA_ROUTES: FastifyPluginAsync<ModuleDeps>[] = [
  registryRoutes,
  impactRoutes,
  reviewsRoutes,
  engagementRoutes,
  fundingRoutes,
  graduationRoutes,
  programmeRoutes,
  publicRoutes,
];

export const servicesModule: AppModule = {
  name: 'services',
  pages: { overview: '/servicios', institution: (slug) => `/instituciones/${slug}/servicios` },
  seedDemo: seedServicesDemo,
  datasets: listServicesDatasets,
  plugin: async (app, deps) => {
    for (const routes of AREA_ROUTES) await app.register(routes, deps);
  },
};
