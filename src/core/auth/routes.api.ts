// GET /api/v1/me: who the API token (or session) belongs to, with the roles its permissions come from.
import type { FastifyInstance } from 'fastify';
import { unauthorized } from '../http/errors.js';
import { MeJson, presentMe } from './present.js';
import { findAccount } from './queries.js';
import type { AuthDeps } from './routes.js';

export function meRoutes(app: FastifyInstance, { db }: AuthDeps) {
  app.get('/api/v1/me', {
    schema: { summary: 'The signed-in person: name, own email, verification level and roles', tags: ['account'], security: [{ bearer: [] }], response: { 200: MeJson } },
  }, async (request) => {
    const { actor } = request;
    const account = actor && await findAccount(db, actor.personId);
    if (!actor || !account) throw unauthorized();
    return presentMe(account, actor.verification);
  });
}
