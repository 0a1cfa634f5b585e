// The OpenID Connect side of ClaveÚnica, through openid-client, as the integration manual describes it:
// authorization-code flow, scope exactly "openid run name", a state of ≥ 30 random characters, the client secret
// sent in the token request body (client_secret_post), userinfo called with POST and a Bearer token.
import * as oidc from 'openid-client';
import type { ClaveUnicaClient } from './client-config.js';

export const CLAVEUNICA_SCOPE = 'openid run name';

/** The provider could not be reached (network error or time-out): show "ClaveÚnica is not answering", don't crash. */
export class ProviderUnavailableError extends Error {}

const TIMEOUT_SECONDS = 10;

/** Discovery when the issuer offers it; otherwise the manual's endpoints under the issuer, with their trailing slashes. */
export async function providerConfiguration(client: ClaveUnicaClient): Promise<oidc.Configuration> {
  const auth = oidc.ClientSecretPost(client.clientSecret);
  const metadata = { client_secret: client.clientSecret };
  // Plain http is accepted only for a provider on this machine (the stand-in used by the tests and local trials).
  const insecure = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(`${client.issuer}/`);
  const execute = insecure ? [oidc.allowInsecureRequests] : [];
  try {
    return await oidc.discovery(new URL(client.issuer), client.clientId, metadata, auth, { execute, timeout: TIMEOUT_SECONDS });
  } catch (err) {
    if (isNetworkFailure(err)) throw new ProviderUnavailableError((err as Error).message);
    const base = client.issuer.replace(/\/$/, '');
    const config = new oidc.Configuration({
      issuer: client.issuer,
      authorization_endpoint: `${base}/authorize/`,
      token_endpoint: `${base}/token/`,
      userinfo_endpoint: `${base}/userinfo/`,
    }, client.clientId, metadata, auth);
    config.timeout = TIMEOUT_SECONDS;
    for (const option of execute) option(config);
    return config;
  }
}

export function isNetworkFailure(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string }; code?: string };
  return e?.name === 'TypeError' || e?.name === 'AbortError' || e?.name === 'TimeoutError' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT'].includes(e?.cause?.code ?? e?.code ?? '');
}

export function authorizationUrl(config: oidc.Configuration, client: ClaveUnicaClient, state: string): URL {
  return oidc.buildAuthorizationUrl(config, { redirect_uri: client.redirectUri, scope: CLAVEUNICA_SCOPE, state });
}

/**
 * Exchanges the code (checking `state`) and asks userinfo, with POST as the manual requires. The userinfo `sub` must
 * be the ID token's: openid-client's protected-resource call does not check it for us.
 */
export async function exchangeCode(config: oidc.Configuration, callbackUrl: URL, expectedState: string): Promise<unknown> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, { expectedState });
  const userinfoUrl = new URL(config.serverMetadata().userinfo_endpoint!);
  const response = await oidc.fetchProtectedResource(config, tokens.access_token, userinfoUrl, 'POST');
  if (!response.ok) throw new Error(`userinfo answered ${response.status}`);
  const userinfo = (await response.json()) as { sub?: unknown };
  const sub = tokens.claims()?.sub;
  if (sub !== undefined && userinfo.sub !== sub) throw new Error('userinfo sub differs from the ID token sub');
  return userinfo;
}

/** Where the browser goes to end the ClaveÚnica session; ClaveÚnica then sends it to the registered logout URL. */
export function logoutUrl(client: Pick<ClaveUnicaClient, 'issuer' | 'logoutUri'>, logoutPath: string): string {
  const url = new URL(logoutPath, new URL(client.issuer).origin);
  url.searchParams.set('redirect', client.logoutUri);
  return url.toString();
}
