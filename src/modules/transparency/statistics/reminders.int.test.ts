import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type Browser } from '../../../test-support/people.js';
import { addBusinessDays, findInstitutionCalendar, isBusinessDay, toSantiagoDate, type CalendarOptions } from '../../../core/calendar/index.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { emailOf } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { recordRequestEvent } from '../requests/commands/record-event.js';
import { transparencyReminders } from './schema.js';
import { runTransparencyTicker } from './ticker.js';
import { reachedMilestone } from './reminders.js';
import { capturingMailer, fileRequestDueOn } from './test-support.js';

let t: TestApp;
let calendar: CalendarOptions;
let official: Browser;
let admin: Browser;
let officialEmail: string;
const mailer = capturingMailer();
const tick = (now = new Date()) => runTransparencyTicker(t.database.db, mailer, t.config, now);
const sentTo = (email: string) => mailer.sent.filter((m) => m.to === email);
const today = toSantiagoDate(new Date());
/** Noon in Chile on a calendar date, for ticks on later days. */
const noonOn = (date: string) => fromSantiagoLocal(`${date}T12:00`)!;
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

let dueIn5: Awaited<ReturnType<typeof fileRequestDueOn>>;
let dueIn1: Awaited<ReturnType<typeof fileRequestDueOn>>;
let overdue: Awaited<ReturnType<typeof fileRequestDueOn>>;
let lastBusinessDay: string;

beforeAll(async () => {
  t = await createTestApp({ BASE_URL: 'https://cabildo.example' });
  official = await ACTORS.transparencyOfficial(t);
  admin = await ACTORS.admin(t);
  officialEmail = await emailOf(t, official.personId);
  calendar = await findInstitutionCalendar(t.database.db, (await findInstitution(t.database.db, 'temuco'))!.id);
  // The last business day before today: a deadline that ended then is overdue today.
  lastBusinessDay = dayBefore(today);
  while (!isBusinessDay(lastBusinessDay, calendar)) lastBusinessDay = dayBefore(lastBusinessDay);
  dueIn5 = await fileRequestDueOn(t, addBusinessDays(today, 5, calendar).due);
  dueIn1 = await fileRequestDueOn(t, addBusinessDays(today, 1, calendar).due);
  overdue = await fileRequestDueOn(t, lastBusinessDay);
  await fileRequestDueOn(t, addBusinessDays(today, 10, calendar).due); // not yet
  await fileRequestDueOn(t, addBusinessDays(today, 1, calendar).due, { institution: 'valdivia' });
});
afterAll(async () => { await t.close(); });

describe('the milestone a deadline has reached', () => {
  it('counts business days on the institution calendar: 5 left, 1 left or the last day, past', () => {
    // Monday 14 Sep 2026; Fiestas Patrias fall on Friday 18 and Saturday 19, so Tuesday 22 is the 5th business day.
    expect(reachedMilestone('2026-09-14', '2026-09-22', {})).toEqual({ milestone: 'due_in_5', days: 5 });
    expect(reachedMilestone('2026-09-14', '2026-09-23', {})).toBeNull();
    expect(reachedMilestone('2026-09-17', '2026-09-21', {})).toEqual({ milestone: 'due_in_1', days: 1 });
    expect(reachedMilestone('2026-09-21', '2026-09-21', {})).toEqual({ milestone: 'due_in_1', days: 0 });
    expect(reachedMilestone('2026-09-22', '2026-09-21', {})).toEqual({ milestone: 'overdue', days: 0 });
  });
});

describe('reminders to the officials responsible', () => {
  it('emails each official with the transparency permission and each admin once, listing every request due, most urgent milestone only', async () => {
    const runs = await Promise.all([tick(), tick()]);
    expect(runs.filter((r) => r !== null).length).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = sentTo(officialEmail);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Transparencia: 3 solicitudes por vencer o vencidas');
    expect(mail!.text).toContain(`solicitud ${dueIn5.folio} «Actas del concejo`);
    expect(mail!.text).toMatch(new RegExp(`${dueIn5.folio} «[^»]+»: vence el [^,]+, en 5 días hábiles\\.`));
    expect(mail!.text).toMatch(new RegExp(`${overdue.folio} «[^»]+»: venció el .+ sin respuesta\\.`));
    expect(mail!.text).toContain(`https://cabildo.example/instituciones/temuco/transparencia/solicitudes/${dueIn1.folio}/gestion`);
    expect(mail!.text).toContain('https://cabildo.example/instituciones/temuco/transparencia/bandeja');
    expect(sentTo(await emailOf(t, admin.personId))).toHaveLength(1);
    const rows = await t.database.db.select().from(transparencyReminders).where(eq(transparencyReminders.institutionId, dueIn5.institutionId));
    expect(rows.map((r) => r.milestone).sort()).toEqual(['due_in_1', 'due_in_5', 'overdue'].sort());
    expect(rows.every((r) => r.recipients === 2)).toBe(true);
  });

  it('sends nothing to officials without the permission or of another institution, and nothing twice', async () => {
    const participation = await ACTORS.participationOfficial(t);
    const before = mailer.sent.length;
    await tick();
    expect(mailer.sent.length).toBe(before);
    expect(sentTo(await emailOf(t, participation.personId))).toHaveLength(0);
    const valdivia = await signedIn(t, 'official', 'valdivia', ['transparency']);
    await tick();
    // Valdivia's reminder went out on the first tick, before this official existed: not sent again to them.
    expect(sentTo(await emailOf(t, valdivia.personId))).toHaveLength(0);
  });

  it('moves on to the next milestone as the days pass, once each', async () => {
    const fourDaysOn = addBusinessDays(today, 4, calendar).due;
    const before = sentTo(officialEmail).length;
    await tick(noonOn(fourDaysOn));
    await tick(noonOn(fourDaysOn));
    const [mail] = sentTo(officialEmail).slice(before);
    expect(sentTo(officialEmail)).toHaveLength(before + 1);
    expect(mail!.subject).toMatch(new RegExp(`^Transparencia: (solicitud ${dueIn5.folio} vence el próximo día hábil|\\d+ solicitudes por vencer o vencidas)$`));
    await tick(noonOn(dayAfter(addBusinessDays(today, 5, calendar).due)));
    const rows = await t.database.db.select().from(transparencyReminders).where(eq(transparencyReminders.requestId, dueIn5.id));
    expect(rows.map((r) => r.milestone).sort()).toEqual(['due_in_1', 'due_in_5', 'overdue']);
  });

  it('reminds afresh of the extended deadline after an extension (art. 14: 10 more business days)', async () => {
    await t.database.db.transaction((tx) => recordRequestEvent(tx, {
      requestId: dueIn1.id, kind: 'extended', data: { reasons: 'Volumen de documentos' }, author: 'official', personId: official.personId,
    }));
    const extendedDue = addBusinessDays(addBusinessDays(today, 1, calendar).due, 10, calendar).due;
    // Due tomorrow (business), extended by 10: 11 business days from today, so 5 are left 6 business days on.
    await tick(noonOn(addBusinessDays(today, 6, calendar).due));
    const rows = await t.database.db.select().from(transparencyReminders).where(eq(transparencyReminders.requestId, dueIn1.id));
    expect(rows.filter((r) => r.deadline === 'extended').map((r) => [r.milestone, r.dueOn])).toEqual([['due_in_5', extendedDue]]);
  });
});

describe('in the menu of the officials responsible', () => {
  it('shows how many requests fall due within 5 business days or are overdue, linking to the inbox', async () => {
    const page = async (b: Browser | null) => (await t.app.inject({ url: '/instituciones/temuco', cookies: b?.cookies })).body;
    const link = /<a href="\/instituciones\/temuco\/transparencia\/bandeja">Solicitudes por vencer \((\d+)\)<\/a>/;
    expect(link.exec(await page(official))?.[1]).toBe('2');
    expect(link.exec(await page(admin))?.[1]).toBe('2');
    expect(await page(await ACTORS.participationOfficial(t))).not.toMatch(link);
    expect(await page(await ACTORS.otherOfficial(t))).not.toMatch(link);
    expect(await page(await ACTORS.resident(t))).not.toContain('Solicitudes por vencer');
    const valdivia = await page(await ACTORS.otherOfficial(t));
    expect(valdivia).toContain('<a href="/instituciones/valdivia/transparencia/bandeja">Solicitudes por vencer (1)</a>');
  });
});
