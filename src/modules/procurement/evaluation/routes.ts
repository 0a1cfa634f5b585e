// Routes of procurement's evaluation area: the JSON API (routes.api.ts), the evaluators' workspace and the public award
// report (routes.pages.tsx), and the module's clock (ticker.ts: opens due lots, confirms awards after the standstill),
// which runs in the app process from ready to close, every minute.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { evaluationApiRoutes } from './routes.api.js';
import { evaluationPageRoutes } from './routes.pages.js';
import { startProcurementClock } from './ticker.js';

export async function evaluationRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(evaluationApiRoutes, deps);
  await app.register(evaluationPageRoutes, deps);
  const { config, db } = deps;
  let clock: ReturnType<typeof startProcurementClock> | undefined;
  // Tests run the clock by hand (runProcurementClock), to see exactly what each tick does.
  app.addHook('onReady', async () => { if (config.env !== 'test') clock = startProcurementClock(db, config, app.log); });
  app.addHook('onClose', async () => { await clock?.stop(); });
}
