// Routes of the observatory's indicators area: the catalogue and values API with the stewards' import
// (routes.api.ts), the catalogue and import pages (routes.web.tsx), and the daily refresh of the values computed from
// the other modules (ticker.ts), which runs in the app process from ready to close.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { indicatorApiRoutes } from './routes.api.js';
import { indicatorWebRoutes } from './routes.web.js';
import { startIndicatorsTicker } from './ticker.js';

export async function indicatorRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(indicatorApiRoutes, deps);
  await app.register(indicatorWebRoutes, deps);
  let ticker: ReturnType<typeof startIndicatorsTicker> | undefined;
  // Tests run the refresh by hand (refreshComputedIndicators), to see exactly what it writes.
  app.addHook('onReady', async () => { if (deps.config.env !== 'test') ticker = startIndicatorsTicker(deps.db, app.log); });
  app.addHook('onClose', async () => { await ticker?.stop(); });
}
