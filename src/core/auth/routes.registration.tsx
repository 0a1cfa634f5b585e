// /registro (create an account) and /confirmar/:token (confirm the email with the link sent at registration).
import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { composeAccountEmail } from './email.js';
import { isEmailTokenUsable } from './email-tokens.js';
import { EmailTokenParams, parsePasswordForm, RegisterForm } from './forms.js';
import { limitAttempt } from './limits.js';
import { registerPerson } from './commands/register-person.js';
import { confirmEmail } from './commands/confirm-email.js';
import { RegisterPage } from './views/register.js';
import { ConfirmEmailPage, LinkInvalidPage } from './views/email-link.js';
import type { AuthDeps } from './routes.js';

export function registrationRoutes(app: FastifyInstance, { config, db, mailer }: AuthDeps) {
  app.get('/registro', { schema: { hide: true } }, async (request, reply) => reply.html(<RegisterPage ctx={request.view()} />));

  app.post('/registro', { schema: { hide: true } }, async (request, reply) => {
    const form = parsePasswordForm(RegisterForm, request.body, request.t);
    if (!form.ok) return reply.html(<RegisterPage ctx={request.view()} form={form} />, 422);
    await limitAttempt(db, 'registrationPerIp', request.ip);
    const { name, email, password } = form.value;
    const registration = await db.transaction((tx) => registerPerson(tx, { name, email, password, locale: request.locale }));
    await mailer.send(registration.outcome === 'created'
      ? composeAccountEmail('confirm', registration.person, `${config.baseUrl}/confirmar/${registration.confirmToken}`)
      : composeAccountEmail('accountExists', registration.person, `${config.baseUrl}/recuperar`));
    return reply.flash('success', 'auth.register.done').redirect('/ingresar', 303);
  });

  app.get('/confirmar/:token', { schema: { hide: true, params: EmailTokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof EmailTokenParams>;
    if (!(await isEmailTokenUsable(db, token, 'confirm'))) return reply.html(<LinkInvalidPage ctx={request.view()} />, 400);
    return reply.html(<ConfirmEmailPage ctx={request.view()} token={token} />);
  });

  app.post('/confirmar/:token', { schema: { hide: true, params: EmailTokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof EmailTokenParams>;
    if (!(await db.transaction((tx) => confirmEmail(tx, token)))) return reply.html(<LinkInvalidPage ctx={request.view()} />, 400);
    return reply.flash('success', 'auth.confirm.done').redirect(request.actor ? '/cuenta' : '/ingresar', 303);
  });
}
