// ClaveÚnica sign-in for an institution that has a client configured:
//   GET /instituciones/:ref/claveunica/ingresar  -> to ClaveÚnica, with a fresh state kept in a signed, short-lived cookie
//   GET /instituciones/:ref/claveunica/retorno   -> back from ClaveÚnica: state checked, code exchanged, RUN read,
//                                                   person found or created or linked, session started.
// Every failure (wrong state, expired code, provider down, claims without a valid RUN, RUN linked elsewhere) ends on a
// clear page with a way to try again, never a crash.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { randomState } from 'openid-client';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { HttpError, notFound } from '../../http/errors.js';
import type { MessageKey } from '../../i18n/index.js';
import { SESSION_COOKIE } from '../../auth/actor.js';
import { safeNext } from '../../auth/forms.js';
import { setSessionCookie } from '../../auth/session-cookie.js';
import { findInstitution } from '../../tenancy/queries.js';
import { findClaveUnicaClient } from './client-config.js';
import { authorizationUrl, exchangeCode, isNetworkFailure, providerConfiguration, ProviderUnavailableError } from './oidc.js';
import { readClaveUnicaClaims } from './claims.js';
import { signInWithClaveUnica } from '../commands/sign-in-with-claveunica.js';
import { ClaveUnicaErrorPage } from './views.js';

const PENDING_COOKIE = 'cabildo_claveunica';
/** ClaveÚnica's codes live 5 minutes; a sign-in not back within 10 is abandoned. */
const PENDING_SECONDS = 600;

interface Pending { state: string; institutionId: number; next: string }

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
const StartQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })), lang: Type.Optional(Type.String()) });
const ReturnQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 2000 })), state: Type.Optional(Type.String({ maxLength: 500 })),
  error: Type.Optional(Type.String({ maxLength: 200 })), error_description: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: true });

class SignInFailure extends Error {
  constructor(readonly status: number, readonly messageKey: MessageKey, cause?: unknown) { super(messageKey, { cause }); }
}

export async function claveUnicaRoutes(app: FastifyInstance, { config, db }: { config: Config; db: Db }) {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };

  async function configuredClient(request: FastifyRequest) {
    const institution = await findInstitution(db, (request.params as Static<typeof RefParams>).ref);
    if (!institution) throw notFound();
    const client = await findClaveUnicaClient(db, config, institution.id);
    if (!client) throw new SignInFailure(404, 'claveunica.error.notConfigured');
    return { institution, client };
  }

  function fail(request: FastifyRequest, reply: FastifyReply, err: unknown, retryHref?: string) {
    if (!(err instanceof SignInFailure || err instanceof HttpError)) throw err;
    const status = err instanceof SignInFailure ? err.status : err.statusCode;
    const message = err instanceof SignInFailure ? request.t(err.messageKey) : request.t(err.messageKey, err.params);
    if (status >= 500) request.log.warn({ err: err.cause ?? err }, 'ClaveÚnica sign-in failed');
    return reply.html(<ClaveUnicaErrorPage ctx={request.view()} message={message} retryHref={retryHref} />, status);
  }

  app.get('/instituciones/:ref/claveunica/ingresar', { schema: { hide: true, params: RefParams, querystring: StartQuery } }, async (request, reply) => {
    try {
      const { institution, client } = await configuredClient(request);
      const provider = await providerConfiguration(client).catch(rethrowUnavailable);
      const pending: Pending = { state: randomState(), institutionId: institution.id, next: safeNext((request.query as Static<typeof StartQuery>).next) };
      reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), { ...cookieOptions, signed: true, maxAge: PENDING_SECONDS });
      return reply.redirect(authorizationUrl(provider, client, pending.state).href, 302);
    } catch (err) {
      return fail(request, reply, err);
    }
  });

  app.get('/instituciones/:ref/claveunica/retorno', { schema: { hide: true, params: RefParams, querystring: ReturnQuery } }, async (request, reply) => {
    const retry = `/instituciones/${(request.params as Static<typeof RefParams>).ref}/claveunica/ingresar`;
    const pending = readPending(request);
    reply.clearCookie(PENDING_COOKIE, cookieOptions); // single use, whatever happens next
    try {
      const { institution, client } = await configuredClient(request);
      const query = request.query as Static<typeof ReturnQuery>;
      if (!pending || pending.institutionId !== institution.id || query.state !== pending.state) throw new SignInFailure(400, 'claveunica.error.state');
      if (query.error) throw new SignInFailure(400, 'claveunica.error.denied');
      const provider = await providerConfiguration(client).catch(rethrowUnavailable);
      const callbackUrl = new URL(client.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://localhost').search;
      const userinfo = await exchangeCode(provider, callbackUrl, pending.state).catch(describeExchangeError);
      const claims = readClaveUnicaClaims(userinfo);
      if (!claims.ok) throw new SignInFailure(502, `claveunica.error.${claims.problem}`);
      const { person, session } = await db.transaction((tx) => signInWithClaveUnica(tx, {
        institutionId: institution.id, run: claims.run, name: claims.name,
        currentPersonId: request.actor?.via === 'session' ? request.actor.personId : null,
        previousSessionToken: request.cookies[SESSION_COOKIE],
      }));
      setSessionCookie(reply, config, session.token, session.expiresAt);
      return reply.flash('success', 'claveunica.signedIn', { name: person.name }).redirect(pending.next, 303);
    } catch (err) {
      return fail(request, reply, err, retry);
    }
  });
}

function readPending(request: FastifyRequest): Pending | null {
  const raw = request.cookies[PENDING_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : null;
  if (!unsigned?.valid || !unsigned.value) return null;
  try {
    return JSON.parse(unsigned.value) as Pending;
  } catch {
    return null;
  }
}

function rethrowUnavailable(err: unknown): never {
  if (err instanceof ProviderUnavailableError || isNetworkFailure(err)) throw new SignInFailure(503, 'claveunica.error.unavailable', err);
  throw err;
}

/** openid-client's errors, told apart: a stale or reused code, a state mismatch, or a provider that does not answer. */
function describeExchangeError(err: unknown): never {
  const e = err as { error?: string; code?: string; cause?: unknown };
  if (e?.error === 'invalid_grant') throw new SignInFailure(400, 'claveunica.error.expired');
  if (e?.code === 'OAUTH_INVALID_RESPONSE' && /state/i.test(String((e.cause as Error | undefined)?.message ?? ''))) throw new SignInFailure(400, 'claveunica.error.state');
  if (isNetworkFailure(err)) throw new SignInFailure(503, 'claveunica.error.unavailable', err);
  throw new SignInFailure(502, 'claveunica.error.unavailable', err);
}
