// The ClaveÚnica stand-in driven by openid-client v6, the library the sign-in routes use, call for call as they will.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { startClaveUnicaStandIn, type ClaveUnicaStandIn } from './claveunica-provider.js';

const SCOPE = 'openid run name';
const NAME = { nombres: ['María', 'Carmen'], apellidos: ['Del Río', 'González'] };

async function configure(standIn: ClaveUnicaStandIn, auth = client.ClientSecretPost(standIn.clientSecret)) {
  // http:// is for the stand-in only; ClaveÚnica itself is https.
  return client.discovery(new URL(standIn.issuer), standIn.clientId, { client_secret: standIn.clientSecret }, auth,
    { execute: [client.allowInsecureRequests] });
}

/** What the sign-in route and its callback will do: authorize with a fresh state, exchange the code, ask userinfo. */
async function signIn(standIn: ClaveUnicaStandIn, config: client.Configuration, browser = standIn.browser()) {
  const state = client.randomState();
  const authorizationUrl = client.buildAuthorizationUrl(config, { redirect_uri: standIn.redirectUri, scope: SCOPE, state });
  const callbackUrl = await browser.follow(authorizationUrl);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, { expectedState: state });
  const response = await client.fetchProtectedResource(config, tokens.access_token,
    new URL(config.serverMetadata().userinfo_endpoint!), 'POST');
  return { state, callbackUrl, tokens, userinfo: await response.json() as Record<string, unknown> };
}

describe('the ClaveÚnica stand-in', () => {
  let standIn: ClaveUnicaStandIn;
  let config: client.Configuration;
  beforeAll(async () => {
    standIn = await startClaveUnicaStandIn();
    config = await configure(standIn);
  });
  afterAll(() => standIn?.close());

  it('publishes ClaveÚnica\'s endpoints, with their trailing slashes, and client_secret_post only', () => {
    const metadata = config.serverMetadata();
    expect(metadata).toMatchObject({
      issuer: standIn.issuer,
      authorization_endpoint: `${standIn.issuer}/authorize/`,
      token_endpoint: `${standIn.issuer}/token/`,
      userinfo_endpoint: `${standIn.issuer}/userinfo/`,
      token_endpoint_auth_methods_supported: ['client_secret_post'],
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'run', 'name']));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(['sub', 'RolUnico', 'name']));
  });

  it('signs the test RUN in without a form and answers userinfo on POST with exactly ClaveÚnica\'s claims', async () => {
    const { state, callbackUrl, tokens, userinfo } = await signIn(standIn, config);
    expect(state.length).toBeGreaterThanOrEqual(30);
    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(standIn.redirectUri);
    expect(callbackUrl.searchParams.get('state')).toBe(state);
    const sub = tokens.claims()?.sub;
    expect(userinfo).toEqual({ sub, RolUnico: { numero: 12345678, DV: '5', tipo: 'RUN' }, name: NAME });
    expect(userinfo).not.toHaveProperty('email');

    const get = await fetch(config.serverMetadata().userinfo_endpoint!, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(get.status).toBe(405);
  });

  it('refuses a callback whose state is not the one sent', async () => {
    const authorizationUrl = client.buildAuthorizationUrl(config, { redirect_uri: standIn.redirectUri, scope: SCOPE, state: client.randomState() });
    const callbackUrl = await standIn.browser().follow(authorizationUrl);
    await expect(client.authorizationCodeGrant(config, callbackUrl, { expectedState: client.randomState() }))
      .rejects.toMatchObject({ code: 'OAUTH_INVALID_RESPONSE', cause: { message: expect.stringContaining('"state"') } });
  });

  it('refuses a client that sends its secret in the Authorization header instead of the body', async () => {
    const basic = await configure(standIn, client.ClientSecretBasic(standIn.clientSecret));
    const state = client.randomState();
    const callbackUrl = await standIn.browser().follow(client.buildAuthorizationUrl(basic, { redirect_uri: standIn.redirectUri, scope: SCOPE, state }));
    await expect(client.authorizationCodeGrant(basic, callbackUrl, { expectedState: state })).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('keeps the provider session until logout, which redirects back and makes the next sign-in ask again', async () => {
    const browser = standIn.browser();
    expect((await signIn(standIn, config, browser)).userinfo.RolUnico).toMatchObject({ numero: 12345678 });
    standIn.setNextRun('11.111.111-1');
    // Same browser, provider session still open: ClaveÚnica signs the same person in again without asking.
    expect((await signIn(standIn, config, browser)).userinfo.RolUnico).toMatchObject({ numero: 12345678 });

    const after = 'http://127.0.0.1:3000/salir/listo';
    const landed = await browser.follow(`${new URL(standIn.issuer).origin}/api/v1/accounts/app/logout?redirect=${encodeURIComponent(after)}`);
    expect(landed.href).toBe(after);
    expect((await signIn(standIn, config, browser)).userinfo.RolUnico).toEqual({ numero: 11111111, DV: '1', tipo: 'RUN' });
  });

  it('signs in whatever identity a failure test needs: a bad check digit, no RUN, raw claims', async () => {
    standIn.setNextRun('12.345.678-k');
    expect((await signIn(standIn, config)).userinfo.RolUnico).toEqual({ numero: 12345678, DV: 'K', tipo: 'RUN' });
    standIn.setNextRun(null);
    const noRun = (await signIn(standIn, config)).userinfo;
    expect(Object.keys(noRun).sort()).toEqual(['name', 'sub']);
    standIn.setNextRun({ sub: '2594', RolUnico: { numero: 7654321, DV: '6', tipo: 'PASAPORTE' }, name: { nombres: ['Ana'], apellidos: [] } });
    expect((await signIn(standIn, config)).userinfo).toEqual({
      sub: '2594', RolUnico: { numero: 7654321, DV: '6', tipo: 'PASAPORTE' }, name: { nombres: ['Ana'], apellidos: [] },
    });
  });
});

describe('authorization codes', () => {
  it('expire after codeTtlSeconds (ClaveÚnica: 5 minutes)', async () => {
    const standIn = await startClaveUnicaStandIn({ codeTtlSeconds: 1, redirectUri: 'http://127.0.0.1:4000/callback/' });
    try {
      const config = await configure(standIn);
      const state = client.randomState();
      const callbackUrl = await standIn.browser().follow(client.buildAuthorizationUrl(config, { redirect_uri: standIn.redirectUri, scope: SCOPE, state }));
      expect(callbackUrl.href.startsWith('http://127.0.0.1:4000/callback/?code=')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await expect(client.authorizationCodeGrant(config, callbackUrl, { expectedState: state })).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      await standIn.close();
    }
  }, 60_000);
});
