// POST /api/v1/admin/users — provisioning for integrations and assisted service desks: a platform admin, or the
// admin of the institution named in the body, creates a person, optionally with a RUN verified in person, a role
// and an API token. The answer never carries the RUN.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import { badRequest, forbidden, unauthorized } from '../../http/errors.js';
import { canAdministerInstitution, canAdministerPlatform, type Actor } from '../../policy.js';
import { findInstitution } from '../../tenancy/queries.js';
import { provisionPerson } from '../commands/provision-person.js';
import { ProvisionBody, ProvisionedJson, readProvisionBody } from './schema.js';

export function provisioningRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.post('/api/v1/admin/users', {
    schema: {
      summary: 'Create a person, optionally with a RUN verified in person, a role and an API token', tags: ['admin'],
      description: 'For platform admins, and for institution admins within their institution (`institution` is then required). '
        + 'A RUN is recorded as verified in person by the token\'s owner; 409 when another account holds it or the email is taken.',
      security: [{ bearer: [] }], body: ProvisionBody, response: { 201: ProvisionedJson },
    },
    // Before the CSRF check: a caller with no credentials at all needs to hear that it needs a token (401).
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const admin = request.actor as Actor;
    const body = request.body as ProvisionBody;
    const institution = body.institution ? await findInstitution(db, body.institution) : null;
    if (body.institution && !institution) throw badRequest('identity.provision.unknownInstitution', { ref: body.institution });
    if (!(institution ? canAdministerInstitution(admin, institution.id) : canAdministerPlatform(admin))) throw forbidden();
    const input = readProvisionBody(body, institution?.id ?? null);
    const person = await db.transaction((tx) => provisionPerson(tx, input, admin));
    return reply.code(201).send(person);
  });
}
