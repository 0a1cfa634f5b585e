// Satisfaction surveys (/servicios/{slug}/satisfaccion): who may create one, what it creates (a consultation of the
// service's process with the required 1–7 question first), bad dates refused with nothing written, and results hidden
// before participation's results_at — not even the count — then shown with the exact average, the approval share and
// the distribution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, signedIn, type Browser } from '../../../test-support/people.js';
import { toSantiagoDate, fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { participationConsultations, participationConsultationQuestions } from '../../participation/consultations/schema.js';
import { servicesSurveys } from './schema.js';
import { anonymousBrowser, serviceWithLead, writeGrades, type ServiceWithLead } from './test-support.js';

let t: TestApp;
let s: ServiceWithLead;
beforeAll(async () => {
  t = await createTestApp();
  s = await serviceWithLead(t, { slug: 'ayuda-matricula' });
}, 60_000);
afterAll(async () => { await t.close(); });

const URL = '/servicios/ayuda-matricula/satisfaccion';
const get = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, cookies: b?.cookies });
const post = (b: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url: `${URL}/nueva`, ...formPost(b ?? anonymousBrowser(t), fields) });
const today = toSantiagoDate(new Date());
const inDays = (n: number) => fromDayNumber(toDayNumber(today) + n);
const SURVEY = (title: string, opensOn = today, closesOn = inDays(30)): Array<[string, string]> =>
  [['title', title], ['opensOn', opensOn], ['closesOn', closesOn], ['respondents', 'anyone']];
const surveys = () => t.database.db.select().from(servicesSurveys).where(eq(servicesSurveys.serviceId, s.service.id));

describe('creating a survey', () => {
  it.each([['anonymous', 401], ['resident', 403], ['otherOfficial', 403], ['participationOfficial', 403]] as const)('%s may not (%i)', async (role, status) => {
    const who = await ACTORS[role](t);
    expect((await get(`${URL}/nueva`, who)).statusCode).toBe(status);
    expect((await post(who, SURVEY('Encuesta no autorizada'))).statusCode).toBe(status);
    expect(await surveys()).toHaveLength(0);
  });

  it.each([
    ['closes before it opens', SURVEY('Fechas al revés', inDays(5), inDays(2)), 'closesOn'],
    ['closes in the past', SURVEY('Cerrada ayer', inDays(-10), inDays(-1)), 'closesOn'],
    ['a day that does not exist', SURVEY('Día inexistente', '2026-02-30', inDays(3)), 'opensOn'],
  ])('refuses a survey that %s (422 on the field), writing nothing', async (_case, fields, field) => {
    const res = await post(s.lead, fields);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(`id="f-${field}-error"`);
    expect(res.body).toContain(`value="${fields[0]![1]}"`);
    expect(await surveys()).toHaveLength(0);
  });

  it('the lead creates one: a consultation of the service\'s process, 1–7 grade required first, "what would you improve" optional', async () => {
    expect((await get(`${URL}/nueva`, s.lead)).statusCode).toBe(200);
    const res = await post(s.lead, SURVEY('Satisfacción primer semestre'));
    expect(res.statusCode).toBe(303);
    const [survey] = await surveys();
    const [c] = await t.database.db.select().from(participationConsultations).where(eq(participationConsultations.id, survey!.consultationId));
    expect(c).toMatchObject({ title: 'Satisfacción primer semestre', respondents: 'anyone', institutionId: s.service.incubator.institutionId });
    expect(c!.resultsAt.getTime()).toBe(c!.closesAt.getTime());
    expect(toSantiagoDate(c!.opensAt)).toBe(today);
    expect(toSantiagoDate(new Date(c!.closesAt.getTime() - 1))).toBe(inDays(30));
    const qs = await t.database.db.select().from(participationConsultationQuestions).where(eq(participationConsultationQuestions.consultationId, c!.id));
    const grade = qs.find((q) => q.id === survey!.gradeQuestionId)!;
    expect(grade).toMatchObject({ kind: 'scale_1_7', required: true, position: 0, title: '¿Qué nota le pone a este servicio? (1 a 7)' });
    expect(qs.find((q) => q.position === 1)).toMatchObject({ kind: 'long_text', required: false, title: '¿Qué mejoraría?' });
  });
});

describe('results', () => {
  it('before results_at: a link to answer, no count and no grade; a real answer through participation\'s page counts', async () => {
    const [survey] = await surveys();
    const [c] = await t.database.db.select().from(participationConsultations).where(eq(participationConsultations.id, survey!.consultationId));
    await writeGrades(t, { ...survey!, institutionId: c!.institutionId }, [7, 6, 5]);
    const answered = await t.app.inject({ url: `/participacion/consultas/${c!.id}`, ...formPost(await signedIn(t), [[`q${survey!.gradeQuestionId}`, '4']]) });
    expect(answered.statusCode).toBe(303);
    const page = await get(URL);
    expect(page.body).toContain(`href="/participacion/consultas/${c!.id}"`);
    expect(page.body).not.toContain('Nota promedio');
    expect(page.body).not.toContain('Respuestas');
  });

  it('from results_at: responses, the exact average (22/4 = 5,5), the approval share and the distribution', async () => {
    const [survey] = await surveys();
    const past = new Date(Date.now() - 60_000);
    await t.database.db.update(participationConsultations).set({ opensAt: new Date(Date.now() - 86_400_000), closesAt: past, resultsAt: past })
      .where(eq(participationConsultations.id, survey!.consultationId));
    const page = await get(URL);
    expect(page.body).toMatch(/Nota promedio<\/dt><dd class="svc-grade">5,5<\/dd>/);
    expect(page.body).toMatch(/Respuestas<\/dt><dd>4<\/dd>/);
    expect(page.body).toMatch(/Aprobación \(nota 4 o más\)<\/dt><dd>100\s?%<\/dd>/);
    expect(page.body).toContain('<caption>Notas de «Satisfacción primer semestre»</caption>');
    expect(page.body).not.toContain(`href="/participacion/consultas/${survey!.consultationId}"`); // closed: no answer link
    const service = await t.app.inject({ url: '/servicios/ayuda-matricula/satisfaccion?lang=en' });
    expect(service.body).toMatch(/Average grade<\/dt><dd class="svc-grade">5.5<\/dd>/);
  });
});
