// buildApp(config, database): the core plugins, then the modules, listed by hand (DESIGN.md).
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import type { Config } from './core/config.js';
import type { Database } from './core/db/client.js';
import { MODULES } from './modules.js';
import { datasetSourcesOf } from './core/module.js';
import { requestContext } from './core/http/context.js';
import { startHousekeeping } from './core/housekeeping.js';
import { installErrorHandlers } from './core/http/error-handler.js';
import { staticRoutes } from './core/http/static.js';
import { metricsRoutes } from './core/http/metrics.js';
import { healthRoutes } from './core/http/health.js';
import { homeRoutes } from './core/views/home.js';
import { apiDocsRoutes } from './core/http/api-docs.js';
import { institutionRoutes } from './core/tenancy/routes.js';
import { teamRoutes } from './core/tenancy/team/routes.js';
import { identityAdminRoutes } from './core/identity/routes.js';
import { claveUnicaRoutes } from './core/identity/claveunica/routes.js';
import { authRoutes } from './core/auth/routes.js';
import { auditRoutes } from './core/audit/routes.js';
import { holidayAdminRoutes } from './core/calendar/routes.js';


export interface BuildOptions {
  /** Pino logger options; false silences logs (tests). */
  logger?: boolean | object;
}

export async function buildApp(config: Config, database: Database, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID()),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.env === 'production',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => { reply.header('x-request-id', request.id); });
  await app.register(helmet, {
    // Strict CSP: no inline script or style anywhere; pages work without JavaScript.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"], connectSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"],
        baseUri: ["'none'"], objectSrc: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Cabildo API', version: '1', description: 'Open-government data and actions for Chilean institutions.', license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' } },
      servers: [{ url: config.baseUrl }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API token (shown once at creation)' } } },
    },
  });
  installErrorHandlers(app);
  await app.register(requestContext, { config, db: database.db, accountLinks: MODULES.flatMap((m) => (m.accountLinks ? [m.accountLinks] : [])) });

  // The modules' public pages, so the core's pages can link them without knowing any module (module.ts).
  const livePages = Object.fromEntries(MODULES.flatMap((m) => (m.pages ? [[m.name, m.pages]] : [])));
  const deps = { config, db: database.db, database, livePages, datasetSources: datasetSourcesOf(MODULES, config) };
  await app.register(metricsRoutes);
  await app.register(staticRoutes);
  await app.register(healthRoutes, deps);
  await app.register(homeRoutes, deps);
  await app.register(apiDocsRoutes);
  await app.register(institutionRoutes, deps);
  await app.register(teamRoutes, deps);
  await app.register(identityAdminRoutes, deps);
  await app.register(claveUnicaRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(holidayAdminRoutes, { ...deps, calendarChanged: MODULES.flatMap((m) => (m.calendarChanged ? [m.calendarChanged] : [])) });
  for (const module of MODULES) await app.register(module.plugin, deps);
  // Tests sweep by hand (housekeeping.int.test.ts), as they run the notifier.
  let housekeeping: ReturnType<typeof startHousekeeping> | undefined;
  app.addHook('onReady', async () => { if (config.env !== 'test') housekeeping = startHousekeeping(database.db, app.log); });
  app.addHook('onClose', async () => housekeeping?.stop());
  return app;
}
