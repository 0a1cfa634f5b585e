// Routes of procurement's bids area: the bid form (routes.submit.tsx, multipart), a representative's bids and their
// withdrawal (routes.mine.tsx), a lot's bids after opening (routes.lot-bids.tsx) and the JSON submission (routes.api.ts).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { bidFormRoutes } from './routes.submit.js';
import { myBidRoutes } from './routes.mine.js';
import { lotBidRoutes } from './routes.lot-bids.js';
import { bidApiRoutes } from './routes.api.js';

export async function bidRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [bidFormRoutes, myBidRoutes, lotBidRoutes, bidApiRoutes]) await app.register(routes, deps);
}
