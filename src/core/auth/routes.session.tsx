// /ingresar (sign in) and /salir (sign out).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { parseForm } from '../http/form.js';
import { SESSION_COOKIE } from './actor.js';
import { normaliseEmail } from './commands/create-person.js';
import { startSession } from './commands/start-session.js';
import { endSession } from './commands/end-session.js';
import { safeNext, SignInForm } from './forms.js';
import { limitAttempt } from './limits.js';
import { verifyPassword } from './passwords.js';
import { findPersonByEmail } from './queries.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SignInPage } from './views/sign-in.js';
import type { AuthDeps } from './routes.js';
import { findInstitution } from '../tenancy/queries.js';
import { findClaveUnicaLogout, hasClaveUnica, LOGOUT_PATH } from '../identity/claveunica/client-config.js';
import { logoutUrl } from '../identity/claveunica/oidc.js';
import { ClaveUnicaLogoutPage } from '../identity/claveunica/views.js';

const SignInQuery = Type.Object({
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  /** The institution whose sign-in this is (slug or CUT): offers its ClaveÚnica when configured. */
  institucion: Type.Optional(Type.String({ maxLength: 100 })),
});

export function sessionRoutes(app: FastifyInstance, { config, db }: AuthDeps) {
  app.get('/ingresar', { schema: { hide: true, querystring: SignInQuery } }, async (request, reply) => {
    const { next, institucion } = request.query as Static<typeof SignInQuery>;
    const institution = institucion ? await findInstitution(db, institucion) : null;
    const claveunica = institution && (await hasClaveUnica(db, institution.id)) ? institution.slug : undefined;
    return reply.html(<SignInPage ctx={request.view()} next={safeNext(next)} claveunica={claveunica} />);
  });

  app.post('/ingresar', { schema: { hide: true } }, async (request, reply) => {
    const form = parseForm(SignInForm, request.body, request.t);
    const next = safeNext(form.ok ? form.value.next : form.values.next);
    if (!form.ok) return reply.html(<SignInPage ctx={request.view()} next={next} form={form} />, 422);
    const { email, password } = form.value;
    await limitAttempt(db, 'loginPerIp', request.ip);
    await limitAttempt(db, 'loginPerEmail', normaliseEmail(email));
    const person = await findPersonByEmail(db, email);
    const valid = await verifyPassword(person?.passwordHash, password);
    if (!person || person.disabled || !valid) {
      // One message for an unknown email and a wrong password: the form must not tell who has an account.
      const failed = { values: { email }, errors: { email: request.t('auth.signIn.failed') } };
      return reply.html(<SignInPage ctx={request.view()} next={next} form={failed} />, 401);
    }
    const session = await db.transaction((tx) => startSession(tx, person, request.cookies[SESSION_COOKIE]));
    setSessionCookie(reply, config, session.token, session.expiresAt);
    return reply.flash('success', 'auth.signIn.done', { name: person.name }).redirect(next, 303);
  });

  app.post('/salir', { schema: { hide: true } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    const actor = request.actor;
    const ended = token && actor?.via === 'session' ? await db.transaction((tx) => endSession(tx, token, actor)) : null;
    clearSessionCookie(reply, config);
    // ClaveÚnica's manual makes logout mandatory: a session that came from ClaveÚnica ends there too, and ClaveÚnica
    // sends the browser back to the institution's registered logout URL.
    const claveunica = ended?.claveunicaInstitutionId ? await findClaveUnicaLogout(db, ended.claveunicaInstitutionId) : null;
    if (claveunica) return reply.html(<ClaveUnicaLogoutPage ctx={{ ...request.view(), actor: null }} logoutUrl={logoutUrl(claveunica, LOGOUT_PATH)} />);
    return reply.flash('info', 'auth.signOut.done').redirect('/', 303);
  });
}
