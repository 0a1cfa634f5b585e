// Routes of participation's notifications: the JSON API (routes.api.ts) and the pages (routes.web.tsx), and the
// notifier's tick (notifier.ts), which runs in the app process from ready to close with its own mailer.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { createMailer } from '../../../core/auth/email.js';
import { notificationApiRoutes } from './routes.api.js';
import { notificationWebRoutes } from './routes.web.js';
import { startNotifier } from './notifier.js';

export async function notificationRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(notificationApiRoutes, deps);
  await app.register(notificationWebRoutes, deps);
  const { config, db } = deps;
  const mailer = createMailer(config, app.log);
  let notifier: ReturnType<typeof startNotifier> | undefined;
  // Tests run the notifier by hand (runNotifier), to see exactly what each tick does.
  app.addHook('onReady', async () => { if (config.env !== 'test') notifier = startNotifier(db, mailer, config, app.log); });
  app.addHook('onClose', async () => {
    await notifier?.stop();
    mailer.close();
  });
}
