// /api/v1/participation/follows and /api/v1/participation/notifications: a signed-in person's own follows,
// notifications and email preference (a session with the CSRF header, or a Bearer token).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, unauthorized } from '../../../core/http/errors.js';
import { decodeCursor, pageOf, PageQuery } from '../../../core/http/pagination.js';
import { setFollowing } from './service.js';
import { markAllRead, personActor, setEmailChoice } from './commands.js';
import { emailChoiceOf, followedSince, myFollows, myNotifications, unreadCount } from './queries.js';
import { EmailChoiceSchema, FollowJson, NotificationJson, PreferencesJson, presentFollow, presentNotification, SubjectTypeSchema } from './present.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const SubjectParams = Type.Object({ type: SubjectTypeSchema, id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const Next = Type.Union([Type.String(), Type.Null()]);
const PreferencesBody = Type.Object({ email: EmailChoiceSchema }, { additionalProperties: false });

/** 401 before the CSRF check, so an API client without a token learns it must authenticate. */
const requireActor = async (request: FastifyRequest) => { if (!request.actor) throw unauthorized(); };

export async function notificationApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const change = (request: FastifyRequest, following: boolean) => {
    const { type, id } = request.params as Static<typeof SubjectParams>;
    return setFollowing(db, request.actor!, type, id, following);
  };

  app.put('/api/v1/participation/follows/:type/:id', {
    schema: { summary: 'Follow a process, proposal, consultation or vote (idempotent)', tags, security, params: SubjectParams, response: { 200: FollowJson } },
    onRequest: requireActor,
  }, async (request) => {
    const subject = await change(request, true);
    const since = await followedSince(db, request.actor!.personId, subject);
    return presentFollow({ subjectType: subject.type, subjectId: subject.id, title: subject.title, createdAt: since! });
  });

  app.delete('/api/v1/participation/follows/:type/:id', {
    schema: { summary: 'Stop following (idempotent)', tags, security, params: SubjectParams, response: { 204: Type.Null() } },
    onRequest: requireActor,
  }, async (request, reply) => {
    await change(request, false);
    return reply.code(204).send();
  });

  app.get('/api/v1/participation/follows', {
    schema: { summary: 'What I follow, most recent first', tags, security, querystring: PageQuery,
      response: { 200: Type.Object({ items: Type.Array(FollowJson), next: Next }) } },
    onRequest: requireActor,
  }, async (request) => {
    const { cursor, limit = 50 } = request.query as Static<typeof PageQuery>;
    const rows = await myFollows(db, request.actor!.personId, decodeCursor(cursor) as [string, string, number] | null, limit);
    const { items, next } = pageOf(rows, limit, (r) => [r.createdAt.toISOString(), r.subjectType, r.subjectId]);
    return { items: items.map(presentFollow), next };
  });

  app.get('/api/v1/participation/notifications', {
    schema: { summary: 'My notifications, newest first, with the unread count', tags, security, querystring: PageQuery,
      response: { 200: Type.Object({ unread: Type.Integer(), items: Type.Array(NotificationJson), next: Next }) } },
    onRequest: requireActor,
  }, async (request) => {
    const { cursor, limit = 50 } = request.query as Static<typeof PageQuery>;
    const personId = request.actor!.personId;
    const rows = await myNotifications(db, personId, beforeOf(cursor), limit);
    const { items, next } = pageOf(rows, limit, (r) => [r.id]);
    return { unread: await unreadCount(db, personId), items: items.map((r) => presentNotification(request.t, r)), next };
  });

  app.post('/api/v1/participation/notifications/read', {
    schema: { summary: 'Mark all my notifications as read', tags, security, response: { 200: Type.Object({ marked: Type.Integer() }) } },
    onRequest: requireActor,
  }, async (request) => ({ marked: await db.transaction((tx) => markAllRead(tx, request.actor!.personId)) }));

  app.get('/api/v1/participation/notifications/preferences', {
    schema: { summary: 'My email preference for notifications', tags, security, response: { 200: PreferencesJson } },
    onRequest: requireActor,
  }, async (request) => ({ email: await emailChoiceOf(db, request.actor!.personId), emailConfirmed: request.actor!.emailConfirmed }));

  app.put('/api/v1/participation/notifications/preferences', {
    schema: { summary: 'Set my email preference for notifications (audited, private)', tags, security, body: PreferencesBody, response: { 200: PreferencesJson } },
    onRequest: requireActor,
  }, async (request) => {
    const { email } = request.body as Static<typeof PreferencesBody>;
    await db.transaction((tx) => setEmailChoice(tx, personActor(request.actor!), email, 'preferences'));
    return { email, emailConfirmed: request.actor!.emailConfirmed };
  });
}

/** The notification id a page starts before (the cursor is the last id seen). */
export function beforeOf(cursor: string | undefined): number | null {
  const key = decodeCursor(cursor);
  if (key && !Number.isSafeInteger(key[0])) throw badRequest('validation.invalid');
  return key ? key[0] as number : null;
}
