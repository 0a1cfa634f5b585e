// Routes of transparency's statistics area: the statistics pages and CSV (routes.web.tsx), their JSON (routes.api.ts),
// and the ticker (ticker.ts), which runs in the app process from ready to close with its own mailer.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { createMailer } from '../../../core/auth/email.js';
import { statisticsWebRoutes } from './routes.web.js';
import { statisticsApiRoutes } from './routes.api.js';
import { startTransparencyTicker } from './ticker.js';

export async function statisticsRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(statisticsWebRoutes, deps);
  await app.register(statisticsApiRoutes, deps);
  const { config, db } = deps;
  const mailer = createMailer(config, app.log);
  let ticker: ReturnType<typeof startTransparencyTicker> | undefined;
  // Tests run the ticker by hand (runTransparencyTicker), to see exactly what each tick does.
  app.addHook('onReady', async () => { if (config.env !== 'test') ticker = startTransparencyTicker(db, mailer, config, app.log); });
  app.addHook('onClose', async () => {
    await ticker?.stop();
    mailer.close();
  });
}
