import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn, type Browser } from '../../../test-support/people.js';
import { WebClient } from '../../../test-support/auth.js';
import { people } from '../../../core/auth/schema.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { runNotifier } from './notifier.js';
import { emailChoiceOf } from './queries.js';
import { unsubscribeToken } from './unsubscribe.js';
import { capturingMailer, followDirectly, recordDirectly } from './test-support.js';

let t: TestApp;
let process: TestProcess;
beforeAll(async () => {
  t = await createTestApp();
  process = await createTestProcess(t);
});
afterAll(async () => { await t.close(); });

const get = (url: string, who?: Browser) => t.app.inject({ url, cookies: who?.cookies });
const post = (url: string, who: Browser, form = '') => t.app.inject({
  method: 'POST', url, cookies: who.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `_csrf=${encodeURIComponent(who.csrf)}${form ? `&${form}` : ''}`,
});

describe('/participacion/notificaciones', () => {
  it('sends anonymous readers to sign in and back', async () => {
    for (const url of ['/participacion/notificaciones', '/participacion/notificaciones/preferencias']) {
      const res = await get(url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/ingresar?next=${encodeURIComponent(url)}`);
    }
  });

  it('lists my notifications newest first, unread marked, in pages; "mark all read" clears the marks', async () => {
    const me = await signedIn(t);
    await runNotifier(t.database.db, capturingMailer(), t.config); // the open phase's start, before I follow
    await followDirectly(t, me.personId, 'process', process.id);
    for (let i = 0; i < 31; i++) await recordDirectly(t, 'process', process.id, 'proposal.answered', { answer: i === 30 ? 'rejected' : 'accepted' });
    await runNotifier(t.database.db, capturingMailer(), t.config);
    const page = await get('/participacion/notificaciones', me);
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<h1/g)).toHaveLength(1);
    expect(page.body).toContain('<strong>31 sin leer</strong>');
    expect(page.body.match(/<span class="tag">Nueva<\/span>/g)).toHaveLength(30);
    expect(page.body.indexOf('Rechazada')).toBeLessThan(page.body.indexOf('Aceptada'));
    const next = /href="(\/participacion\/notificaciones\?cursor=[^"]+)" rel="next"/.exec(page.body)![1];
    const older = await get(next.replace(/&amp;/g, '&'), me);
    expect(older.body.match(/<span class="tag">Nueva<\/span>/g)).toHaveLength(1);
    expect(older.body).toContain('Volver a las más recientes');
    // Every page's menu shows the count, linked to the inbox; an anonymous reader's menu has no such link.
    const elsewhere = await get('/instituciones', me);
    expect(elsewhere.body).toContain('<a href="/participacion/notificaciones">Notificaciones (31 sin leer)</a>');
    expect((await get('/instituciones?lang=en', me)).body).toContain('>Notifications (31 unread)</a>');
    expect((await get('/instituciones')).body).not.toContain('href="/participacion/notificaciones"');
    const marked = await post('/participacion/notificaciones/leidas', me);
    expect(marked.statusCode).toBe(303);
    const after = await get('/participacion/notificaciones', me);
    expect(after.body).not.toContain('class="tag">Nueva');
    expect(after.body).toContain('<a href="/participacion/notificaciones">Notificaciones</a>');
  });

  it('shows an empty inbox with a way to start following', async () => {
    const me = await signedIn(t);
    expect((await get('/participacion/notificaciones?lang=en', me)).body).toContain('You have no notifications yet.');
  });
});

describe('/participacion/notificaciones/preferencias', () => {
  it('shows the choice and what I follow (with a way to stop), and saves a new choice', async () => {
    const me = await signedIn(t);
    await followDirectly(t, me.personId, 'process', process.id);
    const page = await get('/participacion/notificaciones/preferencias', me);
    expect(page.body).toMatch(/<input type="radio" name="email" value="immediate" checked/);
    expect(page.body).toContain(`href="/participacion/procesos/${process.id}">Plan de inversiones en plazas 2027</a>`);
    expect(page.body).toContain('name="action" value="unfollow"');
    expect(page.body).not.toContain('No tienes un correo confirmado');
    const saved = await post('/participacion/notificaciones/preferencias', me, 'email=daily');
    expect(saved.statusCode).toBe(303);
    expect(await emailChoiceOf(t.database.db, me.personId)).toBe('daily');
    expect((await post('/participacion/notificaciones/preferencias', me, 'email=weekly')).statusCode).toBe(400);
  });

  it('tells a person without a confirmed address that they get in-app notifications only', async () => {
    const me = await signedIn(t);
    await t.database.db.update(people).set({ emailConfirmedAt: null }).where(eq(people.id, me.personId));
    expect((await get('/participacion/notificaciones/preferencias', me)).body).toContain('No tienes un correo confirmado');
  });
});

describe('unsubscribe link', () => {
  it('asks on a page (no sign-in), one click turns email off, and the page then confirms it', async () => {
    const { personId } = await signedIn(t);
    const url = `/participacion/notificaciones/baja/${unsubscribeToken(t.config.sessionSecret, personId)}`;
    const client = new WebClient(t.app);
    const page = await client.get(`${url}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('One click stops Participation update emails to p•••@test.cabildo.cl.');
    expect(await emailChoiceOf(t.database.db, personId)).toBe('immediate'); // a GET (a mail scanner) changes nothing
    const done = await client.post(url);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(url);
    expect(await emailChoiceOf(t.database.db, personId)).toBe('off');
    expect((await client.follow(done)).body).toContain('we will no longer email you Participation updates');
  });

  it('takes a one-click unsubscribe POST from a mail provider, with no cookie and no CSRF token (RFC 8058)', async () => {
    const { personId } = await signedIn(t);
    const url = `/participacion/notificaciones/baja/${unsubscribeToken(t.config.sessionSecret, personId)}`;
    const res = await t.app.inject({ method: 'POST', url, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(303);
    expect(await emailChoiceOf(t.database.db, personId)).toBe('off');
    // Other forms still need their CSRF token.
    expect((await t.app.inject({ method: 'POST', url: '/participacion/seguir', payload: 'type=process&id=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).statusCode).toBe(403);
  });

  it('refuses a tampered token, one made for another person, or with another secret', async () => {
    const { personId } = await signedIn(t);
    const { personId: other } = await signedIn(t);
    const good = unsubscribeToken(t.config.sessionSecret, personId);
    const [, signature] = good.split('.');
    const tampered = `${personId}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [tampered, `${other}.${signature}`, unsubscribeToken('another-secret-another-secret-0123456', personId), 'nonsense']) {
      const client = new WebClient(t.app);
      await client.get(`/participacion/notificaciones/baja/${good}`); // a form's CSRF token, as a forger would have
      const page = await client.get(`/participacion/notificaciones/baja/${token}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain('no es válido');
      expect((await client.post(`/participacion/notificaciones/baja/${token}`)).statusCode).toBe(404);
    }
    expect(await emailChoiceOf(t.database.db, personId)).toBe('immediate');
    expect(await emailChoiceOf(t.database.db, other)).toBe('immediate');
  });
});
