import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { formPost, signedIn, type Browser } from '../../../test-support/people.js';
import { startMailbox, type Mailbox } from '../../../test-support/auth.js';
import { createMailer } from '../../../core/auth/email.js';
import { people } from '../../../core/auth/schema.js';
import { addBusinessDays, institutionHolidays, toSantiagoDate } from '../../../core/calendar/index.js';
import { recordRequestEvent } from '../requests/commands/record-event.js';
import { transparencyRequests, transparencyRequestEvents } from '../requests/schema.js';
import { transparencyTickerState } from './schema.js';
import { RECOMPUTE_REASONS, runTransparencyTicker } from './ticker.js';
import { capturingMailer, fileRequestDueOn, insertHandMadeRequest, silentLog } from './test-support.js';

let t: TestApp;
let mailbox: Mailbox;
let official: Browser;
const mailer = capturingMailer();
const tick = (now = new Date()) => runTransparencyTicker(t.database.db, mailer, t.config, now);
const sentTo = (email: string) => mailer.sent.filter((m) => m.to === email);
const today = toSantiagoDate(new Date());
const record = (requestId: number, kind: Parameters<typeof recordRequestEvent>[1]['kind'], data: unknown, author: 'official' | 'requester' = 'official') =>
  t.database.db.transaction((tx) => recordRequestEvent(tx, { requestId, kind, data, author, personId: author === 'official' ? official.personId : null }));
const requestRow = async (id: number) => (await t.database.db.select().from(transparencyRequests).where(eq(transparencyRequests.id, id)))[0]!;

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await createTestApp({ SMTP_URL: mailbox.url, BASE_URL: 'https://cabildo.example' });
  official = await signedIn(t, 'official', 'temuco', ['transparency']);
  await tick(); // the first daily recompute, on an empty installation
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

describe('emails to the requester', () => {
  it('tells of what officials did, in public, once each: never the private link, never a note or their own comment', async () => {
    const request = await fileRequestDueOn(t, addBusinessDays(today, 12).due);
    await record(request.id, 'acknowledged', {});
    await record(request.id, 'note', { text: 'Pedir a Finanzas' });
    await record(request.id, 'comment', { text: 'Estamos reuniendo las actas.' });
    await record(request.id, 'comment', { text: 'Gracias' }, 'requester');
    await record(request.id, 'extended', { reasons: 'Las actas están en papel' });
    await tick();
    await tick();
    const mails = sentTo(request.email);
    expect(mails.map((m) => m.subject)).toEqual([
      `Su solicitud ${request.folio} a Municipalidad de Temuco: nuevo comentario de la institución`,
      `Su solicitud ${request.folio} a Municipalidad de Temuco: plazo prorrogado`,
    ]);
    expect(mails[0]!.text).toContain('La institución comentó su solicitud: Estamos reuniendo las actas.');
    const extended = (await requestRow(request.id)).extendedDueOn!;
    expect(extended).toBe(addBusinessDays(addBusinessDays(today, 12).due, 10).due);
    expect(mails[1]!.text).toContain('Motivo: Las actas están en papel');
    for (const mail of mails) {
      expect(mail.text).toContain(`https://cabildo.example/instituciones/temuco/transparencia/solicitudes/${request.folio}`);
      expect(mail.text).toContain('use el enlace privado que recibió en el correo de confirmación');
      expect(mail.text).not.toContain(request.accessToken);
      expect(mail.html).not.toContain(request.accessToken);
      expect(mail.text).not.toContain('Pedir a Finanzas');
    }
  });

  it('writes in the language of a requester with an account, and mails the answer with its kind', async () => {
    const person = await signedIn(t);
    await t.database.db.update(people).set({ locale: 'en' }).where(eq(people.id, person.personId));
    const request = await fileRequestDueOn(t, addBusinessDays(today, 8).due, { requesterPersonId: person.personId });
    await record(request.id, 'answered', { kind: 'partially_delivered', text: 'Adjuntamos las actas.', cause: '21.2' });
    await tick();
    const [mail] = sentTo(request.email);
    expect(mail!.subject).toBe(`Your request ${request.folio} to Municipalidad de Temuco: answered`);
    expect(mail!.text).toContain('The institution answered your request: Partly delivered.');
  });

  it('does not send a backlog: events older than a week are left unmailed', async () => {
    const request = await fileRequestDueOn(t, addBusinessDays(today, 9).due);
    await t.database.db.insert(transparencyRequestEvents).values({
      requestId: request.id, institutionId: request.institutionId, kind: 'comment', author: 'official', data: { text: 'Viejo' },
      at: new Date(Date.now() - 8 * 86_400_000),
    });
    await tick();
    expect(sentTo(request.email)).toHaveLength(0);
  });

  it('goes through a real SMTP conversation', async () => {
    const request = await fileRequestDueOn(t, addBusinessDays(today, 7).due);
    await record(request.id, 'correction_requested', { reasons: 'Indique el año de las actas' });
    await runTransparencyTicker(t.database.db, createMailer(t.config, silentLog), t.config);
    const received = await mailbox.next(request.email);
    expect(received.text).toContain('Tiene 5 días hábiles para hacerlo, hasta el');
    expect(received.text).toContain('Indique el año de las actas');
    expect(received.text).toContain(`https://cabildo.example/instituciones/temuco/transparencia/solicitudes/${request.folio}`);
  });
});

describe('calendar changes reach the open requests', () => {
  it('an admin adding a holiday inside an open request\'s window moves its due date, on its timeline, and the requester hears of it', async () => {
    const due = addBusinessDays(today, 15).due;
    const request = await fileRequestDueOn(t, due);
    const admin = await signedIn(t, 'institution_admin', 'temuco');
    const holiday = addBusinessDays(today, 3).due;
    const res = await t.app.inject({ url: '/instituciones/temuco/admin/feriados', ...formPost(admin, [['date', holiday], ['name', 'Aniversario de Temuco'], ['law', 'Decreto 4.321']]) });
    expect(res.statusCode).toBe(303);
    const moved = addBusinessDays(due, 1).due;
    expect((await requestRow(request.id)).dueOn).toBe(moved);
    const [event] = await t.database.db.select().from(transparencyRequestEvents)
      .where(and(eq(transparencyRequestEvents.requestId, request.id), eq(transparencyRequestEvents.kind, 'deadline_recomputed')));
    expect(event).toMatchObject({ author: 'system', public: true, data: {
      reason: `Feriado agregado por la institución: ${holiday}, Aniversario de Temuco (Decreto 4.321)`,
      before: { dueOn: due }, after: { dueOn: moved } } });
    await tick();
    const [mail] = sentTo(request.email);
    expect(mail!.subject).toBe(`Su solicitud ${request.folio} a Municipalidad de Temuco: su plazo cambió`);
    await t.database.db.delete(institutionHolidays);
  });

  it('recomputes once a day, and at once when a release changed the holiday tables', async () => {
    expect((await tick())!.recomputed).toBeNull();
    const due = addBusinessDays(today, 15).due;
    const request = await fileRequestDueOn(t, due);
    // As if a release had brought this holiday: the table changes without any admin's hook, and the fingerprint differs.
    await t.database.db.insert(institutionHolidays).values({ institutionId: request.institutionId, date: addBusinessDays(today, 2).due, name: 'Feriado por ley nueva', law: 'Ley 21.999' });
    await t.database.db.update(transparencyTickerState).set({ fingerprint: 'the previous release' });
    const run = await tick();
    expect(run!.recomputed).toBeGreaterThanOrEqual(1);
    expect((await requestRow(request.id)).dueOn).toBe(addBusinessDays(due, 1).due);
    const [event] = await t.database.db.select().from(transparencyRequestEvents)
      .where(and(eq(transparencyRequestEvents.requestId, request.id), eq(transparencyRequestEvents.kind, 'deadline_recomputed')));
    expect((event!.data as { reason: string }).reason).toBe(RECOMPUTE_REASONS.release);
    expect((await tick())!.recomputed).toBeNull();
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await tick(tomorrow))!.recomputed).toBe(0);
  });

  it('deems withdrawn a request not corrected within its 5 business days (art. 12), and tells the requester', async () => {
    const request = await fileRequestDueOn(t, addBusinessDays(today, 1).due);
    // Filed four weeks ago; the correction was asked ten days ago, so its 5 business days are over.
    await t.database.db.transaction((tx) => recordRequestEvent(tx, {
      requestId: request.id, kind: 'correction_requested', data: { reasons: 'Falta el año' }, author: 'official', personId: official.personId,
      at: new Date(Date.now() - 10 * 86_400_000),
    }));
    const run = await tick();
    expect(run!.expiredCorrections).toBe(1);
    expect((await requestRow(request.id)).state).toBe('withdrawn');
    expect(sentTo(request.email).map((m) => m.subject)).toContain(`Su solicitud ${request.folio} a Municipalidad de Temuco: se tuvo por desistida`);
  });

  it('still sends the mails when the clock fails on a request it cannot replay, and then reports the failure', async () => {
    // A row whose cache says a correction is awaited while its history says otherwise: the clock refuses to expire it.
    const broken = await insertHandMadeRequest(t, { filed: '2026-01-05T10:00', state: 'awaiting_correction', correctionDueOn: '2026-01-12' });
    const request = await fileRequestDueOn(t, addBusinessDays(today, 11).due);
    await record(request.id, 'comment', { text: 'Seguimos trabajando.' });
    await expect(tick()).rejects.toThrow();
    expect(sentTo(request.email)).toHaveLength(1);
    await t.database.db.delete(transparencyRequestEvents).where(eq(transparencyRequestEvents.requestId, broken));
    await t.database.db.delete(transparencyRequests).where(eq(transparencyRequests.id, broken));
    expect(await tick()).not.toBeNull();
  });
});
