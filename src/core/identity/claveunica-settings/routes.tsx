// /instituciones/:ref/claveunica/configuracion — an institution's admin sets the ClaveÚnica client issued to it
// (client id, secret, the addresses registered with ClaveÚnica). The secret is encrypted at rest by
// saveClaveUnicaClient and never shown again.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { auditActor, canAdministerInstitution } from '../../policy.js';
import { CLAVEUNICA_ISSUER, defaultUris, saveClaveUnicaClient } from '../claveunica/client-config.js';
import { institutionFor, RefParams } from '../../tenancy/access.js';
import { parseClaveUnicaSettings } from './form.js';
import { findClaveUnicaSettings } from './queries.js';
import { ClaveUnicaSettingsPage } from './views.js';

export function claveUnicaSettingsRoutes(app: FastifyInstance, { config, db }: { config: Config; db: Db }) {
  const path = '/instituciones/:ref/claveunica/configuracion';

  app.get(path, { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await institutionFor(db, request, canAdministerInstitution);
    const current = await findClaveUnicaSettings(db, institution.id);
    // Before the first configuration, what ClaveÚnica needs to be told: its production issuer and our addresses.
    const values = current?.settings ?? { issuer: CLAVEUNICA_ISSUER, ...defaultUris(config, institution.slug) };
    return reply.html(<ClaveUnicaSettingsPage ctx={request.view()} institution={institution} current={current} form={{ values }} />);
  });

  app.post(path, { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await institutionFor(db, request, canAdministerInstitution);
    const current = await findClaveUnicaSettings(db, institution.id);
    const form = parseClaveUnicaSettings(request.body, request.t, { production: config.env === 'production', hasSecret: current !== null });
    if (!form.ok) return reply.html(<ClaveUnicaSettingsPage ctx={request.view()} institution={institution} current={current} form={form} />, 422);
    await db.transaction((tx) => saveClaveUnicaClient(tx, config, { institutionId: institution.id, ...form.value }, auditActor(actor)));
    return reply.flash('success', 'identity.claveunica.saved').redirect(`/instituciones/${institution.slug}/claveunica/configuracion`, 303);
  });
}
