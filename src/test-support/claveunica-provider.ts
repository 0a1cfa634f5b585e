// A stand-in for ClaveÚnica in the tests: a real OpenID Connect provider (oidc-provider) on 127.0.0.1, configured
// the way the ClaveÚnica integration manual describes the service, so the sign-in code is tested against the
// protocol it will meet in production rather than against mocks:
// - endpoints under /openid/ with trailing slashes (authorize/, token/, userinfo/), discovery at
//   /openid/.well-known/openid-configuration, the issuer being http://127.0.0.1:PORT/openid;
// - scopes "openid run name"; the client authenticates with its secret in the token request body
//   (client_secret_post) and nothing else; authorization codes live 5 minutes unless a test says otherwise;
// - userinfo answered on POST with a Bearer token (as the manual says to call it; GET is refused so a client that
//   strays from the manual fails here first), with exactly ClaveÚnica's claims: RolUnico {numero, DV, tipo} and
//   name {nombres: [], apellidos: []}, no email;
// - logout at /api/v1/accounts/app/logout?redirect=URL, ending the provider session and redirecting.
// Sign-in needs no form: the provider's login and consent steps are answered at once with the current identity.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

/** Userinfo claims as ClaveÚnica sends them; `numero` is a number, `DV` a string ("K" upper-case). */
export interface ClaveUnicaClaims {
  sub?: string;
  RolUnico?: { numero: number; DV: string; tipo: string };
  name?: { nombres: string[]; apellidos: string[] };
  [claim: string]: unknown;
}

/** A RUN as typed ("12.345.678-5"), not validated so tests can send bad ones; null: no RolUnico at all; or raw claims. */
export type StandInIdentity = string | null | ClaveUnicaClaims;

export interface StandInOptions {
  run?: string;
  /** Merged over the claims made from `run`. */
  claims?: ClaveUnicaClaims;
  codeTtlSeconds?: number;
  redirectUri?: string;
}

export interface ClaveUnicaStandIn {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Who signs in from now on: at the next sign-in that has no provider session (a new browser, or after logout). */
  setNextRun(identity: StandInIdentity): void;
  /** A cookie-keeping browser for a test: follows the provider's redirects, stops at the first URL off the provider. */
  browser(): { follow(url: string | URL): Promise<URL> };
  close(): Promise<void>;
}

const DEFAULT_NAME = { nombres: ['María', 'Carmen'], apellidos: ['Del Río', 'González'] };
const LOGOUT_PATH = '/api/v1/accounts/app/logout';
const INTERACTION_PATH = '/openid/interaction/';

function claimsFor(identity: StandInIdentity): ClaveUnicaClaims {
  if (identity === null) return { name: DEFAULT_NAME };
  if (typeof identity !== 'string') return identity;
  const [numero, dv = ''] = identity.replace(/[.\s]/g, '').split('-');
  return { RolUnico: { numero: Number(numero), DV: dv.toUpperCase(), tipo: 'RUN' }, name: DEFAULT_NAME };
}

export async function startClaveUnicaStandIn(options: StandInOptions = {}): Promise<ClaveUnicaStandIn> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clientId = `cabildo-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1:3000/ingresar/claveunica/retorno';
  let identity: ClaveUnicaClaims = { ...claimsFor(options.run ?? '12.345.678-5'), ...options.claims };
  /** accountId → the claims it signed in with; `sub` is opaque, as ClaveÚnica's: the RUN is the identity. */
  const accounts = new Map<string, ClaveUnicaClaims>();

  const provider = new Provider(`${origin}/openid`, {
    clients: [{
      client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri],
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post',
    }],
    clientAuthMethods: ['client_secret_post'],
    responseTypes: ['code'],
    // The manual describes the flow without PKCE; the stand-in accepts it but, like ClaveÚnica, does not demand it.
    pkce: { methods: ['S256'], required: () => false },
    scopes: ['openid', 'run', 'name'],
    // Custom scope → claim map: here "name" is ClaveÚnica's object, not the standard string claim of the profile scope.
    claims: { openid: ['sub'], run: ['RolUnico'], name: ['name'] },
    routes: { authorization: '/authorize/', token: '/token/', userinfo: '/userinfo/', jwks: '/jwks/' },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}` },
    ttl: {
      AuthorizationCode: options.codeTtlSeconds ?? 300, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600,
    },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' } as JWK] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: (_ctx, id) => {
      const claims = accounts.get(id);
      return claims && { accountId: id, claims: () => ({ ...claims, sub: id }) };
    },
  });
  const callback = provider.callback();

  /** Answers the provider's login and consent prompts at once, with no page, then resumes the authorization. */
  async function signIn(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    let accountId = details.session?.accountId;
    if (!accountId) {
      // The provider always answers `sub` with the account id, so a test that sets `sub` sets the account id.
      accountId = identity.sub ?? randomBytes(8).toString('hex');
      accounts.set(accountId, identity);
    }
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
  }

  /** ClaveÚnica's logout: ends the provider session (so the next sign-in asks again) and goes back to `redirect`. */
  async function logout(req: IncomingMessage, res: ServerResponse, url: URL) {
    const sessionId = /(?:^|;\s*)_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (sessionId) await (await provider.Session.find(sessionId))?.destroy();
    res.writeHead(302, { location: url.searchParams.get('redirect') ?? '/', 'set-cookie': '_session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly' }).end();
  }

  handle = (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const fail = (err: unknown) => { if (!res.headersSent) res.writeHead(500).end(String(err)); };
    if (url.pathname.startsWith(INTERACTION_PATH)) return void signIn(req, res).catch(fail);
    if (url.pathname === LOGOUT_PATH) return void logout(req, res, url).catch(fail);
    if (url.pathname === '/openid/userinfo/' && req.method === 'GET') return void res.writeHead(405, { allow: 'POST' }).end();
    // oidc-provider takes the secret from the body or from a Basic header alike; ClaveÚnica's manual has it in the body.
    if (url.pathname === '/openid/token/' && req.headers.authorization) {
      return void res.writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid_client', error_description: 'send client_id and client_secret in the body (client_secret_post)' }));
    }
    if (!url.pathname.startsWith('/openid/')) return void res.writeHead(404).end();
    // Mounted under /openid as Express would: the provider finds its mount path from originalUrl.
    Object.assign(req, { originalUrl: req.url, url: req.url!.slice('/openid'.length) });
    callback(req, res);
  };

  return {
    issuer: `${origin}/openid`, clientId, clientSecret, redirectUri,
    setNextRun: (next) => { identity = claimsFor(next); },
    browser: () => standInBrowser(origin),
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}

/** Follows redirects by hand, keeping the provider's cookies as a browser would (paths and expiry aside). */
function standInBrowser(origin: string) {
  const jar = new Map<string, string>();
  return {
    async follow(start: string | URL): Promise<URL> {
      let url = new URL(start);
      for (let hops = 0; url.origin === origin; hops++) {
        if (hops === 20) throw new Error(`too many redirects at ${url.href}`);
        const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const cookie of res.headers.getSetCookie()) {
          const [, name, value] = /^([^=]+)=([^;]*)/.exec(cookie) ?? [];
          if (!name) continue;
          if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name);
          else jar.set(name, value);
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`${url.href} answered ${res.status} without a redirect: ${(await res.text()).slice(0, 500)}`);
        url = new URL(location, url);
      }
      return url;
    },
  };
}
