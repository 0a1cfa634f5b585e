// /recuperar (ask for a reset link) and /recuperar/:token (choose a new password, then signed in afresh).
import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { parseForm } from '../http/form.js';
import { SESSION_COOKIE, SYSTEM_ACTOR } from './actor.js';
import { normaliseEmail } from './commands/create-person.js';
import { issueEmailToken } from './commands/issue-email-token.js';
import { resetPassword } from './commands/reset-password.js';
import { startSession } from './commands/start-session.js';
import { composeAccountEmail } from './email.js';
import { isEmailTokenUsable } from './email-tokens.js';
import { EmailTokenParams, NewPasswordForm, parsePasswordForm, ResetRequestForm } from './forms.js';
import { limitAttempt } from './limits.js';
import { findPersonByEmail } from './queries.js';
import { setSessionCookie } from './session-cookie.js';
import { ResetRequestPage } from './views/reset-request.js';
import { LinkInvalidPage, NewPasswordPage } from './views/email-link.js';
import type { AuthDeps } from './routes.js';

export function resetRoutes(app: FastifyInstance, { config, db, mailer }: AuthDeps) {
  app.get('/recuperar', { schema: { hide: true } }, async (request, reply) => reply.html(<ResetRequestPage ctx={request.view()} />));

  app.post('/recuperar', { schema: { hide: true } }, async (request, reply) => {
    const form = parseForm(ResetRequestForm, request.body, request.t);
    if (!form.ok) return reply.html(<ResetRequestPage ctx={request.view()} form={form} />, 422);
    await limitAttempt(db, 'resetPerIp', request.ip);
    await limitAttempt(db, 'resetPerEmail', normaliseEmail(form.value.email));
    const person = await findPersonByEmail(db, form.value.email);
    if (person?.email && !person.disabled) {
      // Whoever asked is not known (anyone can type an email), so the link is issued by the system, not the person.
      const token = await db.transaction((tx) => issueEmailToken(tx, { personId: person.id, purpose: 'reset' }, SYSTEM_ACTOR));
      // Not awaited: the answer must come as fast whether or not the account exists (no account enumeration).
      void mailer.send(composeAccountEmail('reset', { email: person.email, name: person.name, locale: person.locale }, `${config.baseUrl}/recuperar/${token}`));
    }
    return reply.flash('info', 'auth.reset.sent').redirect('/ingresar', 303);
  });

  app.get('/recuperar/:token', { schema: { hide: true, params: EmailTokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof EmailTokenParams>;
    if (!(await isEmailTokenUsable(db, token, 'reset'))) return reply.html(<LinkInvalidPage ctx={request.view()} />, 400);
    return reply.html(<NewPasswordPage ctx={request.view()} token={token} />);
  });

  app.post('/recuperar/:token', { schema: { hide: true, params: EmailTokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof EmailTokenParams>;
    const form = parsePasswordForm(NewPasswordForm, request.body, request.t);
    if (!form.ok) return reply.html(<NewPasswordPage ctx={request.view()} token={token} errors={form.errors} />, 422);
    const session = await db.transaction(async (tx) => {
      const person = await resetPassword(tx, token, form.value.password);
      return person && startSession(tx, person, request.cookies[SESSION_COOKIE]);
    });
    if (!session) return reply.html(<LinkInvalidPage ctx={request.view()} />, 400);
    setSessionCookie(reply, config, session.token, session.expiresAt);
    return reply.flash('success', 'auth.reset.done').redirect('/cuenta', 303);
  });
}
