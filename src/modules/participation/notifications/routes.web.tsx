// Pages of following and notifications: the follow button's POST, my notifications, my email preference and the
// unsubscribe page of the emails' links (which works without signing in).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { ModuleDeps } from '../../../core/module.js';
import { parseForm } from '../../../core/http/form.js';
import { badRequest } from '../../../core/http/errors.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { safeNext } from '../../../core/auth/forms.js';
import { people } from '../../../core/auth/schema.js';
import { FOLLOW_PATH } from './follow-button.js';
import { markAllRead, personActor, setEmailChoice } from './commands.js';
import { setFollowing } from './service.js';
import { EMAIL_CHOICES, SUBJECT_TYPES } from './schema.js';
import { emailChoiceOf, myFollows, myNotifications, unreadCount } from './queries.js';
import { NOTIFICATIONS_PATH, PREFERENCES_PATH } from './mail.js';
import { UNSUBSCRIBE_PATH, verifyUnsubscribeToken } from './unsubscribe.js';
import { NotificationsPage, PreferencesPage, READ_PATH, UnsubscribePage } from './views.js';
import { beforeOf } from './routes.api.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const FollowForm = Type.Object({
  type: literals(SUBJECT_TYPES),
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  action: literals(['follow', 'unfollow'] as const),
  back: Type.Optional(Type.String({ maxLength: 2000 })),
});
const PreferencesForm = Type.Object({ email: literals(EMAIL_CHOICES) });
const CursorQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 500 })) });
const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const PAGE = 30;

/** "v•••@demo.cl": the page needs no sign-in, so whoever holds a forwarded link does not see the whole address. */
const maskEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1•••');

const signInFor = (path: string) => `/ingresar?next=${encodeURIComponent(path)}`;

export async function notificationWebRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.post(FOLLOW_PATH, { schema: { hide: true } }, async (request, reply) => {
    const form = parseForm(FollowForm, request.body, request.t);
    if (!form.ok) throw badRequest();
    // Only a path of this site: `back` comes from the form, so an absolute URL would be an open redirect.
    const back = safeNext(form.value.back, '/participacion');
    if (!request.actor) return reply.redirect(signInFor(back), 303);
    const following = form.value.action === 'follow';
    const subject = await setFollowing(db, request.actor, form.value.type, form.value.id, following);
    return reply.flash('success', following ? 'participation.follow.followed' : 'participation.follow.unfollowed', { title: subject.title })
      .redirect(back, 303);
  });

  app.get(NOTIFICATIONS_PATH, { schema: { hide: true, querystring: CursorQuery } }, async (request, reply) => {
    const personId = request.actor?.personId ?? null;
    if (personId === null) return reply.redirect(signInFor(request.url), 303);
    const { cursor } = request.query as Static<typeof CursorQuery>;
    const { items, next } = pageOf(await myNotifications(db, personId, beforeOf(cursor), PAGE), PAGE, (r) => [r.id]);
    const unread = await unreadCount(db, personId);
    return reply.html(<NotificationsPage ctx={request.view()} items={items} unread={unread} next={next} paged={!!cursor} />);
  });

  app.post(READ_PATH, { schema: { hide: true } }, async (request, reply) => {
    const personId = request.actor?.personId ?? null;
    if (personId === null) return reply.redirect(signInFor(NOTIFICATIONS_PATH), 303);
    await db.transaction((tx) => markAllRead(tx, personId));
    return reply.flash('success', 'participation.notifications.markedRead').redirect(NOTIFICATIONS_PATH, 303);
  });

  app.get(PREFERENCES_PATH, { schema: { hide: true, querystring: CursorQuery } }, async (request, reply) => {
    const personId = request.actor?.personId ?? null;
    if (personId === null) return reply.redirect(signInFor(request.url), 303);
    const { cursor } = request.query as Static<typeof CursorQuery>;
    const after = decodeCursor(cursor) as [string, string, number] | null;
    const { items, next } = pageOf(await myFollows(db, personId, after, PAGE), PAGE, (r) => [r.createdAt.toISOString(), r.subjectType, r.subjectId]);
    return reply.html(<PreferencesPage ctx={request.view()} email={await emailChoiceOf(db, personId)} follows={items} next={next} />);
  });

  app.post(PREFERENCES_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(signInFor(PREFERENCES_PATH), 303);
    const form = parseForm(PreferencesForm, request.body, request.t);
    // Three radio buttons, one always checked: anything else is a forged request, not a mistake to show.
    if (!form.ok) throw badRequest();
    await db.transaction((tx) => setEmailChoice(tx, personActor(request.actor!), form.value.email, 'preferences'));
    return reply.flash('success', 'participation.notifications.prefs.saved').redirect(PREFERENCES_PATH, 303);
  });

  // The email's link: a page with one button (a GET never changes anything: mail scanners open links).
  const unsubscribing = async (request: FastifyRequest) => {
    const { token } = request.params as Static<typeof TokenParams>;
    const personId = verifyUnsubscribeToken(config.sessionSecret, token);
    const [person] = personId === null ? [] : await db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(eq(people.id, personId));
    return { person, action: `${UNSUBSCRIBE_PATH}/${token}` };
  };

  app.get(`${UNSUBSCRIBE_PATH}/:token`, { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const { person, action } = await unsubscribing(request);
    if (!person) return reply.html(<UnsubscribePage ctx={request.view()} action={action} state="invalid" />, 404);
    const off = (await emailChoiceOf(db, person.id)) === 'off';
    return reply.html(<UnsubscribePage ctx={request.view()} action={action} state={off ? 'done' : 'ask'} email={maskEmail(person.email ?? '')} />);
  });

  // The token in the URL is the authentication (HMAC, unguessable), so the route needs no CSRF token: mail providers
  // POST it without cookies for one-click unsubscribe (RFC 8058, List-Unsubscribe-Post in mail.ts).
  app.post(`${UNSUBSCRIBE_PATH}/:token`, { schema: { hide: true, params: TokenParams }, config: { csrfExempt: true } }, async (request, reply) => {
    const { person, action } = await unsubscribing(request);
    if (!person) return reply.html(<UnsubscribePage ctx={request.view()} action={action} state="invalid" />, 404);
    await db.transaction((tx) => setEmailChoice(tx, { id: person.id, label: person.name }, 'off', 'unsubscribe-link'));
    return reply.redirect(action, 303);
  });
}
