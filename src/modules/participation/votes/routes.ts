// Routes of participation's binding votes: the JSON API (routes.api*.ts) and the pages (routes.pages.tsx,
// routes.assisted.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { participationApiRoutes } from './routes.api.js';
import { voteListRoutes } from './routes.api.lists.js';
import { votePageRoutes } from './routes.pages.js';
import { assistedVotingRoutes } from './routes.assisted.js';

export async function voteRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [participationApiRoutes, voteListRoutes, votePageRoutes, assistedVotingRoutes]) await app.register(routes, deps);
}
