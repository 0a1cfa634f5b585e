// Factories for the consultation tests: a questionnaire with every question type and a condition (Q2 shown only if
// Q1 = "Sí"), created through the API by an official of the process's institution.
import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { createTestProcess } from '../processes/test-support.js';
import { participationOfficialToken, bearer } from '../votes/test-support.js';
import type { Component } from '../processes/schema.js';
import { participationConsultations } from './schema.js';

const HOUR = 3600_000;

export const QUESTIONS = [
  { kind: 'single_choice', title: '¿Ha hecho trámites en línea con el Gobierno Regional?', options: ['Sí', 'No'], required: true },
  { kind: 'short_text', title: '¿Cuál trámite?', required: true, showIf: { question: 1, option: 'Sí' } },
  { kind: 'multiple_choice', title: '¿Qué canales usa?', options: ['Web', 'App', 'Oficina', 'Teléfono'], minChoices: 1, maxChoices: 2 },
  { kind: 'ranking', title: 'Ordene las prioridades', options: ['Conectividad', 'Trámites', 'Datos abiertos'] },
  { kind: 'scale_1_7', title: 'Evalúe la atención digital', required: true },
  { kind: 'matrix', title: 'Evalúe cada servicio', rows: ['Salud', 'Educación'], options: ['Bueno', 'Regular', 'Malo'] },
  { kind: 'long_text', title: 'Comentarios' },
];

export interface ConsultationJsonLike {
  id: number;
  questions: Array<{ id: number; kind: string; options: Array<{ id: number; label: string }>; rows: string[] }>;
}

/** A consultation open now (for a day, results a minute after the close unless told otherwise) in a fresh process. */
export async function openConsultation(t: TestApp, extra: Record<string, unknown> = {}, components: Component[] = ['consultation', 'debate']) {
  const process = await createTestProcess(t, { components });
  const token = await participationOfficialToken(t);
  const res = await t.app.inject({
    method: 'POST', url: '/api/v1/participation/consultations', headers: bearer(token),
    payload: {
      institution: 'temuco', process: process.id, title: 'Gobierno digital regional', description: 'Queremos saber su opinión.',
      opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      resultsAt: new Date(Date.now() + 25 * HOUR).toISOString(), respondents: 'signed_in', questions: QUESTIONS, ...extra,
    },
  });
  if (res.statusCode !== 201) throw new Error(`consultation not created: ${res.statusCode} ${res.body}`);
  return res.json() as ConsultationJsonLike;
}

/** Moves a consultation's dates (directly: waiting for the clock is not what these tests are about). */
export async function setDates(t: TestApp, id: number, dates: Partial<{ opensAt: Date; closesAt: Date; resultsAt: Date }>) {
  await t.database.db.update(participationConsultations).set(dates).where(eq(participationConsultations.id, id));
}

/** A complete valid answer set, Q1 = "Sí" (so Q2 is shown and answered). */
export function fullAnswers(c: ConsultationJsonLike, yes = true): Record<string, unknown> {
  const [q1, q2, q3, q4, q5, q6, q7] = c.questions as [ConsultationJsonLike['questions'][number], ...ConsultationJsonLike['questions']];
  return {
    [q1.id]: q1.options[yes ? 0 : 1]!.id, [q2!.id]: 'Permiso de circulación', [q3!.id]: [q3!.options[0]!.id, q3!.options[2]!.id],
    [q4!.id]: q4!.options.map((o) => o.id).reverse(), [q5!.id]: 6, [q6!.id]: [q6!.options[0]!.id, q6!.options[2]!.id], [q7!.id]: 'Más trámites en línea.',
  };
}

/**
 * `n` anonymous responses answering five questions each (single and multiple choice, two texts, the 1–7 scale), made
 * with SQL (insert … select generate_series) for the export test and bench: no request per answer.
 */
export async function insertAnswers(app: TestApp, consultation: ConsultationJsonLike, n: number) {
  const [q1, q2, q3, , q5, , q7] = consultation.questions;
  const { db } = app.database;
  await db.execute(sql`insert into participation_consultation_responses (consultation_id, institution_id, respondent_key)
    select ${consultation.id}, institution_id, 'k' || g from participation_consultations, generate_series(1, ${n}) g where id = ${consultation.id}`);
  await db.execute(sql`insert into participation_consultation_answers (consultation_id, response_id, question_id, institution_id, text, value, option_ids)
    select r.consultation_id, r.id, q.id, r.institution_id,
      case when q.id = ${q2!.id} then 'Permiso de circulación' when q.id = ${q7!.id} then 'Comentario número ' || r.id end,
      case when q.id = ${q5!.id} then 1 + r.id % 7 end,
      case when q.id = ${q1!.id} then array[${q1!.options[0]!.id}::int] when q.id = ${q3!.id} then array[${q3!.options[1]!.id}::int, ${q3!.options[2]!.id}::int] end
    from participation_consultation_responses r cross join participation_consultation_questions q
    where r.consultation_id = ${consultation.id} and q.id in (${q1!.id}, ${q2!.id}, ${q3!.id}, ${q5!.id}, ${q7!.id})`);
  // What PostgreSQL's autovacuum would do after such a bulk insert (PGlite has none): without statistics the planner
  // expects a handful of rows and sorts them all instead of reading the primary key in order.
  await db.execute(sql`analyze participation_consultation_answers`);
}
