import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { startMailbox, type Mailbox } from '../../../test-support/auth.js';
import { people } from '../../../core/auth/schema.js';
import { createMailer } from '../../../core/auth/email.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { runNotifier } from './notifier.js';
import { lastDigestTime } from './mail.js';
import { participationNotifications, participationNotificationSettings } from './schema.js';
import { verifyUnsubscribeToken } from './unsubscribe.js';
import { capturingMailer, followDirectly, recordDirectly, silentLog } from './test-support.js';

let t: TestApp;
let mailbox: Mailbox;
let process: TestProcess;
const mailer = capturingMailer();
const tick = (now = new Date()) => runNotifier(t.database.db, mailer, t.config, now);
const sentTo = (email: string) => mailer.sent.filter((m) => m.to === email);

async function follower(opts: { locale?: 'es-CL' | 'en'; confirmed?: boolean; email?: 'immediate' | 'daily' | 'off'; since?: Date } = {}) {
  const { personId } = await signedIn(t);
  const [p] = await t.database.db.update(people).set({ locale: opts.locale ?? 'es-CL', emailConfirmedAt: opts.confirmed === false ? null : new Date() })
    .where(eq(people.id, personId)).returning({ email: people.email });
  if (opts.email) await t.database.db.insert(participationNotificationSettings).values({ personId, email: opts.email, updatedAt: opts.since ?? new Date() });
  await followDirectly(t, personId, 'process', process.id);
  return { personId, email: p.email! };
}
const answered = (answer = 'accepted') => recordDirectly(t, 'process', process.id, 'proposal.answered', { answer });

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await createTestApp({ SMTP_URL: mailbox.url, BASE_URL: 'https://cabildo.example' });
  process = await createTestProcess(t, { title: 'Plazas de Temuco 2027' });
  await tick(); // the open phase's start, before anyone follows
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

describe('immediate emails', () => {
  it('sends what a tick found in one email per person, in their language, with an unsubscribe link for them alone', async () => {
    const es = await follower();
    const en = await follower({ locale: 'en' });
    await answered('accepted');
    await answered('rejected');
    await tick();
    const [mail] = sentTo(es.email);
    expect(sentTo(es.email)).toHaveLength(1);
    expect(mail.subject).toBe('Participación: 2 novedades');
    expect(mail.text).toContain('La propuesta «Plazas de Temuco 2027» recibió una respuesta: Aceptada.');
    expect(mail.text).toContain('recibió una respuesta: Rechazada.');
    expect(mail.text).toContain(`https://cabildo.example/participacion/procesos/${process.id}`);
    const unsubscribe = /https:\/\/cabildo\.example\/participacion\/notificaciones\/baja\/([\w.-]+)\?lang=es-CL/.exec(mail.text)!;
    expect(verifyUnsubscribeToken(t.config.sessionSecret, unsubscribe[1])).toBe(es.personId);
    expect(mail.headers['List-Unsubscribe']).toBe(`<${unsubscribe[0]}>`);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(sentTo(en.email)[0].text).toContain('The proposal “Plazas de Temuco 2027” has been answered: Accepted.');
    await tick();
    expect(sentTo(es.email)).toHaveLength(1);
  });

  it('sends none to those without a confirmed address or with email off: in-app only, no backlog later', async () => {
    const unconfirmed = await follower({ confirmed: false });
    const off = await follower({ email: 'off' });
    await answered();
    await tick();
    expect(sentTo(unconfirmed.email)).toHaveLength(0);
    expect(sentTo(off.email)).toHaveLength(0);
    const rows = await t.database.db.select().from(participationNotifications).where(eq(participationNotifications.personId, off.personId));
    expect(rows).toHaveLength(1);
    expect(rows[0].mailedAt).not.toBeNull();
    await t.database.db.update(participationNotificationSettings).set({ email: 'immediate' }).where(eq(participationNotificationSettings.personId, off.personId));
    await tick();
    expect(sentTo(off.email)).toHaveLength(0);
  });

  it('goes through a real SMTP conversation, in the person\'s language', async () => {
    const en = await follower({ locale: 'en' });
    await answered('evaluation');
    await runNotifier(t.database.db, createMailer(t.config, silentLog), t.config);
    const received = await mailbox.next(en.email);
    expect(received.text).toContain('has been answered: Under evaluation.');
    expect(received.text).toMatch(/https:\/\/cabildo\.example\/participacion\/notificaciones\/baja\/\d+\.[\w-]{43}\?lang=en/);
  });
});

describe('daily digest', () => {
  it('is due at 8:00 in Chile', () => {
    // 21 Nov 2026, 10:00 in Santiago (UTC−3 in summer) → 8:00 that day; 07:00 → 8:00 the day before
    expect(lastDigestTime(new Date('2026-11-21T13:00:00Z')).toISOString()).toBe('2026-11-21T11:00:00.000Z');
    expect(lastDigestTime(new Date('2026-11-21T10:00:00Z')).toISOString()).toBe('2026-11-20T11:00:00.000Z');
    // 10 July (winter, UTC−4)
    expect(lastDigestTime(new Date('2026-07-10T15:00:00Z')).toISOString()).toBe('2026-07-10T12:00:00.000Z');
  });

  it('groups a day of events into one email at the next 8:00, then waits for the following day', async () => {
    const morning = new Date('2026-11-21T13:00:00Z'); // 10:00 in Santiago
    const chose = new Date('2026-11-20T20:00:00Z'); // chose the digest the evening before
    const reader = await follower({ email: 'daily', since: chose });
    await answered('accepted');
    await answered('rejected');
    await answered('evaluation');
    await tick(morning);
    expect(sentTo(reader.email)).toHaveLength(1);
    expect(sentTo(reader.email)[0].subject).toBe('Participación: tu resumen del día (3 novedades)');
    expect(sentTo(reader.email)[0].text.match(/recibió una respuesta/g)).toHaveLength(3);
    await answered('accepted');
    await tick(new Date(morning.getTime() + 6 * 3600_000));
    expect(sentTo(reader.email)).toHaveLength(1);
    await tick(new Date('2026-11-22T11:05:00Z')); // 8:05 the next day
    expect(sentTo(reader.email)).toHaveLength(2);
    expect(sentTo(reader.email)[1].subject).toBe('Participación: tu resumen del día (1 novedad)');
  });
});
