// Password reset: the same answer whether or not the account exists, a 1-hour single-use link sent over SMTP,
// every old session ended, and the person signed in afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPersonWithPassword, linkIn, signIn, startMailbox, WebClient, type Mailbox } from '../../test-support/auth.js';
import { emailTokens, people } from './schema.js';

let t: TestApp;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
  t = await createTestApp({ SMTP_URL: mailbox.url });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

async function requestReset(email: string) {
  const client = new WebClient(t.app);
  await client.get('/recuperar');
  const res = await client.post('/recuperar', { email });
  return { res, page: await client.follow(res) };
}

const isSignedIn = async (client: WebClient) => (await client.get('/api/v1/me')).statusCode === 200;

describe('password reset', () => {
  it('answers the same for a known and an unknown email, and emails only the known one', async () => {
    const person = await createPersonWithPassword(t);
    const known = await requestReset(person.email);
    const unknown = await requestReset('nadie@test.cabildo.cl');
    expect(unknown.res.statusCode).toBe(known.res.statusCode);
    expect(unknown.res.headers.location).toBe(known.res.headers.location);
    expect(unknown.page.body).toContain('Si hay una cuenta con ese correo');
    expect(known.page.body).toContain('Si hay una cuenta con ese correo');
    const mail = await mailbox.next(person.email);
    expect(mail.text).toContain('vence en 1 h');
    expect(mailbox.messages.some((m) => m.to.includes('nadie@test.cabildo.cl'))).toBe(false);
  });

  it('sets the new password, ends every old session, signs in afresh, and the link works once', async () => {
    const person = await createPersonWithPassword(t);
    const laptop = new WebClient(t.app);
    const phone = new WebClient(t.app);
    await signIn(laptop, person.email, person.password);
    await signIn(phone, person.email, person.password);
    expect(await isSignedIn(laptop) && await isSignedIn(phone)).toBe(true);

    await requestReset(person.email);
    const link = linkIn(await mailbox.next(person.email), '/recuperar');
    const browser = new WebClient(t.app);
    const form = await browser.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('autocomplete="new-password"');

    const mismatch = await browser.post(link, { password: 'nueva frase larga', passwordConfirm: 'otra frase' });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.body).toContain('Las contraseñas no coinciden.');

    const done = await browser.post(link, { password: 'nueva frase larga', passwordConfirm: 'nueva frase larga' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/cuenta');
    expect(await isSignedIn(browser)).toBe(true);
    expect(await isSignedIn(laptop)).toBe(false);
    expect(await isSignedIn(phone)).toBe(false);

    expect((await signIn(new WebClient(t.app), person.email, person.password)).statusCode).toBe(401);
    expect((await signIn(new WebClient(t.app), person.email, 'nueva frase larga')).statusCode).toBe(303);

    // Used: the page and the form both say the link is no longer valid, and the password stays.
    expect((await browser.get(link)).statusCode).toBe(400);
    const reuse = await browser.post(link, { password: 'tercera frase larga', passwordConfirm: 'tercera frase larga' });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.body).toContain('El enlace no es válido, ya se usó o venció.');
    expect((await signIn(new WebClient(t.app), person.email, 'tercera frase larga')).statusCode).toBe(401);
  });

  it('refuses an expired link and keeps the old password', async () => {
    const person = await createPersonWithPassword(t);
    await requestReset(person.email);
    const link = linkIn(await mailbox.next(person.email), '/recuperar');
    const [token] = await t.database.db.select().from(emailTokens).where(eq(emailTokens.personId, person.id));
    expect(token.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    await t.database.db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailTokens.personId, person.id));

    const browser = new WebClient(t.app);
    expect((await browser.get(link)).statusCode).toBe(400);
    await browser.get('/recuperar');
    const res = await browser.post(link, { password: 'nueva frase larga', passwordConfirm: 'nueva frase larga' });
    expect(res.statusCode).toBe(400);
    expect((await signIn(new WebClient(t.app), person.email, person.password)).statusCode).toBe(303);
  });

  it('kills the other outstanding reset links once one is used, and confirms the email', async () => {
    const person = await createPersonWithPassword(t, { confirmed: false });
    await requestReset(person.email);
    const first = linkIn(await mailbox.next(person.email), '/recuperar');
    await requestReset(person.email);
    const second = linkIn(await mailbox.next(person.email), '/recuperar');
    const browser = new WebClient(t.app);
    await browser.get(second);
    expect((await browser.post(second, { password: 'nueva frase larga', passwordConfirm: 'nueva frase larga' })).statusCode).toBe(303);
    expect((await browser.get(first)).statusCode).toBe(400);
    const [row] = await t.database.db.select().from(people).where(eq(people.id, person.id));
    expect(row.emailConfirmedAt).toBeInstanceOf(Date); // the link proved the mailbox is theirs
  });
});
