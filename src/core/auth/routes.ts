// Accounts: registration, email confirmation, sign-in, sign-out, password reset, the account page with API
// tokens, and GET /api/v1/me. Each group of pages lives in its own routes.*.tsx file.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { createMailer, type Mailer } from './email.js';
import { registrationRoutes } from './routes.registration.js';
import { sessionRoutes } from './routes.session.js';
import { resetRoutes } from './routes.reset.js';
import { accountRoutes } from './routes.account.js';
import { meRoutes } from './routes.api.js';

export interface AuthDeps {
  config: Config;
  db: Db;
  mailer: Mailer;
}

export async function authRoutes(app: FastifyInstance, { config, db }: { config: Config; db: Db }) {
  const mailer = createMailer(config, app.log);
  app.addHook('onClose', async () => mailer.close());
  // Account pages show personal data and one-time secrets: never kept by a shared computer's or a proxy's cache.
  app.addHook('onSend', async (_request, reply) => { reply.header('cache-control', 'no-store'); });
  const deps: AuthDeps = { config, db, mailer };
  registrationRoutes(app, deps);
  sessionRoutes(app, deps);
  resetRoutes(app, deps);
  accountRoutes(app, deps);
  meRoutes(app, deps);
}
