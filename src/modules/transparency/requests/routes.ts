// Routes of information requests: filing (routes.file.tsx), the public list and page (routes.public.tsx), the
// requester's private page (routes.private.tsx), the officials' inbox and workspace (routes.official.tsx), the JSON API
// (routes.api.ts), and the module's front pages (../landing). One mailer for the filing confirmations.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { createMailer } from '../../../core/auth/email.js';
import { landingRoutes } from '../landing/routes.js';
import { fileRoutes } from './routes.file.js';
import { publicRoutes } from './routes.public.js';
import { privateRoutes } from './routes.private.js';
import { officialRoutes } from './routes.official.js';
import { requestApiRoutes } from './routes.api.js';

export async function requestRoutes(app: FastifyInstance, deps: ModuleDeps) {
  const mailer = createMailer(deps.config, app.log);
  app.addHook('onClose', async () => mailer.close());
  for (const routes of [landingRoutes, fileRoutes, publicRoutes, privateRoutes, officialRoutes, requestApiRoutes]) await app.register(routes, { ...deps, mailer });
}
