import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { translator } from '../../../core/i18n/index.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { FollowButton } from './follow-button.js';
import { isFollowing } from './queries.js';

let t: TestApp;
let process: TestProcess;
beforeAll(async () => {
  t = await createTestApp();
  process = await createTestProcess(t);
});
afterAll(async () => { await t.close(); });

const post = (who: Browser | null, form: string) => t.app.inject({
  method: 'POST', url: '/participacion/seguir', cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `_csrf=${encodeURIComponent(who?.csrf ?? '')}&${form}`,
});
const subject = () => ({ type: 'process' as const, id: process.id });

describe('the follow button', () => {
  const ctx = (actor: boolean) => ({ locale: 'es-CL' as const, t: translator('es-CL'), csrfToken: 'tok', url: '/x',
    actor: actor ? { personId: 1, name: 'A', emailConfirmed: true, verification: 'none' as const, roles: [], via: 'session' as const } : null });

  it('asks anonymous readers to sign in and come back', () => {
    const html = render(<FollowButton ctx={ctx(false)} subject={subject()} following={false} back="/participacion/procesos/1?a=b" />);
    expect(html).toContain('href="/ingresar?next=%2Fparticipacion%2Fprocesos%2F1%3Fa%3Db"');
    expect(html).not.toContain('<form');
  });

  it('is a form with the CSRF token that follows or unfollows', () => {
    expect(render(<FollowButton ctx={ctx(true)} subject={subject()} following={false} back="/x" />))
      .toMatch(/<form method="post" action="\/participacion\/seguir".*name="_csrf" value="tok".*name="action" value="follow".*>Seguir<\/button>/);
    expect(render(<FollowButton ctx={ctx(true)} subject={subject()} following back="/x" />)).toContain('>Dejar de seguir</button>');
  });
});

describe('POST /participacion/seguir', () => {
  it.each([
    ['anonymous', 403], // no CSRF cookie without a session: anonymous readers get the sign-in link instead
    ['resident', 303],
    ['participationOfficial', 303],
    ['otherOfficial', 303],
    ['admin', 303],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    const res = await post(b, `type=process&id=${process.id}&action=follow&back=%2Fparticipacion%2Fprocesos%2F${process.id}`);
    expect(res.statusCode).toBe(status);
    if (b) {
      expect(res.headers.location).toBe(`/participacion/procesos/${process.id}`);
      expect(await isFollowing(t.database.db, b.personId, subject())).toBe(true);
    }
  });

  it('follows twice as once, unfollows, and only returns to a path of this site', async () => {
    const b = await signedIn(t);
    for (const back of ['https://evil.example/x', '//evil.example/x']) {
      const res = await post(b, `type=process&id=${process.id}&action=follow&back=${encodeURIComponent(back)}`);
      expect(res.headers.location).toBe('/participacion');
    }
    expect(await isFollowing(t.database.db, b.personId, subject())).toBe(true);
    expect((await post(b, `type=process&id=${process.id}&action=unfollow`)).statusCode).toBe(303);
    expect(await isFollowing(t.database.db, b.personId, subject())).toBe(false);
    expect(await isFollowing(t.database.db, null, subject())).toBe(false);
  });

  it('refuses a subject that does not exist (404) and a malformed form (400)', async () => {
    const b = await signedIn(t);
    expect((await post(b, 'type=process&id=999999&action=follow')).statusCode).toBe(404);
    expect((await post(b, 'type=planet&id=1&action=follow')).statusCode).toBe(400);
  });
});
