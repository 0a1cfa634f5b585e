// The export of every answer of a consultation, one row per answered question, read in keyset batches on the answers'
// primary key (consultation, response, question) through an async generator, so sendCsv (core/http/csv.ts) streams
// 250,000 answers without holding them in memory. Rows are keyed by the anonymous respondent number (the response
// id): never a person id, a name or a RUN.
//
// Text answers are included: they are most of what a consultation learns, and Ley 20.285 makes the institution's
// information public by default; the form tells respondents, above the first question, that their answers are
// published without their identity. Nothing in the export identifies the respondent.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { participationConsultationAnswers as answers } from './schema.js';
import type { ConsultationWithQuestions } from './queries.js';

export const EXPORT_BATCH = 2000;
export const EXPORT_COLUMNS = ['respondent', 'question', 'questionId', 'kind', 'answer'];

export interface ExportRow { respondent: number; question: number; questionId: number; kind: string; answer: string | number }

/** Raw answers in keyset order; `onBatch` lets tests and the bench count the batch queries. */
export async function* answerBatches(db: DbOrTx, consultationId: number, onBatch?: () => void) {
  let after: [number, number] = [0, 0];
  for (;;) {
    onBatch?.();
    const rows = await db.select({ responseId: answers.responseId, questionId: answers.questionId, text: answers.text, value: answers.value, optionIds: answers.optionIds })
      .from(answers)
      // A row comparison, so the planner seeks the primary key's index to the last row seen (keyset, no OFFSET).
      .where(and(eq(answers.consultationId, consultationId), sql`(${answers.responseId}, ${answers.questionId}) > (${after[0]}, ${after[1]})`))
      .orderBy(asc(answers.responseId), asc(answers.questionId)).limit(EXPORT_BATCH);
    yield rows;
    if (rows.length < EXPORT_BATCH) return;
    const last = rows[rows.length - 1]!;
    after = [last.responseId, last.questionId];
  }
}

/** Export rows with option ids turned into labels: "a | b" for several, "row: column" pairs for a matrix. */
export async function* exportRows(db: DbOrTx, c: ConsultationWithQuestions, onBatch?: () => void): AsyncGenerator<ExportRow> {
  const questions = new Map(c.questions.map((q, i) => [q.id, { q, number: i + 1, labels: new Map(q.options.map((o) => [o.id, o.label])) }]));
  for await (const batch of answerBatches(db, c.id, onBatch)) {
    for (const a of batch) {
      const info = questions.get(a.questionId);
      if (!info) continue;
      const labels = (a.optionIds ?? []).map((id) => info.labels.get(id) ?? String(id));
      const answer = info.q.kind === 'matrix' ? labels.map((l, i) => `${info.q.rows[i]}: ${l}`).join(' | ')
        : a.optionIds ? labels.join(' | ') : a.value ?? a.text ?? '';
      yield { respondent: a.responseId, question: info.number, questionId: a.questionId, kind: info.q.kind, answer };
    }
  }
}
