// Identity administration for institutions: the ClaveÚnica client settings, in-person identity verification,
// eligibility lists (padrones), and the provisioning API. The ClaveÚnica sign-in itself lives in claveunica/.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { claveUnicaSettingsRoutes } from './claveunica-settings/routes.js';
import { verificationRoutes } from './verification/routes.js';
import { eligibilityRoutes } from './eligibility/routes.js';
import { provisioningRoutes } from './provisioning/routes.js';

export async function identityAdminRoutes(app: FastifyInstance, deps: { config: Config; db: Db }) {
  // These pages show people's names, emails and masked RUNs, and the API may return a token: no cache may keep them.
  app.addHook('onSend', async (_request, reply) => { reply.header('cache-control', 'no-store'); });
  claveUnicaSettingsRoutes(app, deps);
  verificationRoutes(app, deps);
  provisioningRoutes(app, deps);
  await app.register(eligibilityRoutes, deps);
}
