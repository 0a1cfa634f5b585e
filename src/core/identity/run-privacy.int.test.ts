// Ley 19.628 and the rule: a verified RUN is shown masked to the officials who need it (the verification
// page) and never in public pages, exports or the API. Verify people both ways (the officials' page and the
// provisioning API), then read everything else a person, the public or a platform admin can fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { apiTokenFor, emailOf, signedIn, type Browser } from '../../test-support/people.js';

let t: TestApp;
let person: Browser;
let platformAdmin: Browser;
/** Two RUNs not used as examples in any hint, each in every form it could leak in. */
const RUN_FORMS = ['21394576-9', '21.394.576', '213945769', '21394576', '17654329-9', '17.654.329', '176543299', '17654329'];

beforeAll(async () => {
  t = await createTestApp();
  person = await signedIn(t);
  platformAdmin = await signedIn(t, 'platform_admin');
  const official = await signedIn(t, 'official', 'temuco', ['participation']);
  const verified = await t.app.inject({
    method: 'POST', url: '/instituciones/temuco/verificaciones', cookies: official.cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: official.csrf, email: await emailOf(t, person.personId), run: '21.394.576-9' }).toString(),
  });
  expect(verified.statusCode).toBe(303);
  const provisioned = await t.app.inject({
    method: 'POST', url: '/api/v1/admin/users', headers: { authorization: `Bearer ${await apiTokenFor(t, platformAdmin.personId)}` },
    payload: { name: 'Vecino Provisto', run: '17.654.329-9', institution: 'temuco', role: 'oversight_member' },
  });
  expect(provisioned.statusCode).toBe(201);
});
afterAll(async () => { await t.close(); });

describe('a verified RUN never leaves unmasked', () => {
  it.each([
    ['the person', '/api/v1/me'],
    ['the person', '/cuenta'],
    ['the public', '/api/v1/audit'],
    ['the public', '/auditoria'],
    ['the public', '/auditoria?format=json'],
    ['the public', '/auditoria?format=csv'],
    ['the public', '/instituciones/temuco'],
    ['the public', '/api/v1/institutions/temuco'],
    ['a platform admin', '/api/v1/audit?include=private'],
    ['a platform admin', '/auditoria?format=json&include=private'],
    ['a platform admin', '/auditoria?format=csv&include=private'],
    ['a platform admin', '/instituciones/temuco/equipo'],
  ] as const)('%s: %s', async (who, url) => {
    const cookies = who === 'the person' ? person.cookies : who === 'a platform admin' ? platformAdmin.cookies : undefined;
    const res = await t.app.inject({ url, cookies });
    expect(res.statusCode).toBe(200);
    for (const form of RUN_FORMS) expect(res.body, form).not.toContain(form);
    // The private log does hold the verifications: the RUN is missing because it was never written, not filtered out.
    if (url.includes('include=private')) expect(res.body).toContain('identity.verify');
  });

  it('while the verification page shows it masked to the institution\'s officials', async () => {
    const page = await t.app.inject({ url: '/instituciones/temuco/verificaciones', cookies: platformAdmin.cookies });
    expect(page.body).toContain('21.394.***-*');
    expect(page.body).toContain('17.654.***-*');
    for (const form of RUN_FORMS) expect(page.body, form).not.toContain(form);
  });
});
