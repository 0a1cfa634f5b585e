// /instituciones/:ref/equipo — an institution's administrators grant and revoke roles in their institution
// (platform admins everywhere). JSON at /api/v1/institutions/:ref/team.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../db/client.js';
import { denied, notFound } from '../../http/errors.js';
import { parseForm } from '../../http/form.js';
import { auditActor, canAdministerInstitution, canGrantRole } from '../../policy.js';
import { grantRole } from '../../auth/commands/grant-role.js';
import { revokeRole } from '../../auth/commands/revoke-role.js';
import { institutionFor } from '../access.js';
import { findPersonByEmail } from '../../auth/queries.js';
import { findAssignment, listTeam } from './queries.js';
import { GrantForm, TEAM_ROLES } from './form.js';
import { TeamPage } from './views.js';

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
const RevokeParams = Type.Object({ ref: Type.String({ maxLength: 100 }), assignmentId: Type.Integer({ minimum: 1 }) });
const TeamJson = Type.Array(Type.Object({
  name: Type.String(), role: Type.Union(TEAM_ROLES.map((r) => Type.Literal(r))), permissions: Type.Array(Type.String()),
}));

const administered = (db: Db, request: FastifyRequest) => institutionFor(db, request, canAdministerInstitution);

export async function teamRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/api/v1/institutions/:ref/team', {
    schema: { summary: 'People holding roles in an institution (its administrators only)', tags: ['institutions'], params: RefParams, security: [{ bearer: [] }], response: { 200: TeamJson } },
  }, async (request) => {
    const { institution } = await administered(db, request);
    return (await listTeam(db, institution.id)).map(({ name, role, permissions }) => ({ name, role, permissions }));
  });

  app.get('/instituciones/:ref/equipo', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await administered(db, request);
    return reply.html(<TeamPage ctx={request.view()} institution={institution} members={await listTeam(db, institution.id)} />);
  });

  app.post('/instituciones/:ref/equipo', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await administered(db, request);
    const form = parseForm(GrantForm, request.body, request.t);
    const person = form.ok ? await findPersonByEmail(db, form.value.email) : null;
    if (!form.ok || !person) {
      const state = form.ok
        ? { values: request.body as Record<string, string>, errors: { email: request.t('team.noSuchPerson') } }
        : form;
      return reply.html(<TeamPage ctx={request.view()} institution={institution} members={await listTeam(db, institution.id)} form={state} />, 422);
    }
    const { role, permissions = [] } = form.value;
    if (!canGrantRole(actor, role, institution.id)) throw denied(true);
    await db.transaction((tx) => grantRole(tx, {
      personId: person.id, role, institutionId: institution.id, permissions: role === 'official' ? permissions : [],
    }, auditActor(actor)));
    return reply.flash('success', 'team.granted', { name: person.name }).redirect(`/instituciones/${institution.slug}/equipo`, 303);
  });

  app.post('/instituciones/:ref/equipo/:assignmentId/revocar', { schema: { hide: true, params: RevokeParams } }, async (request, reply) => {
    const { institution, actor } = await administered(db, request);
    const { assignmentId } = request.params as Static<typeof RevokeParams>;
    if (!(await findAssignment(db, institution.id, assignmentId))) throw notFound();
    await db.transaction((tx) => revokeRole(tx, assignmentId, auditActor(actor)));
    return reply.flash('success', 'team.revoked').redirect(`/instituciones/${institution.slug}/equipo`, 303);
  });
}
