// Results of a consultation, aggregated in the database in three passes over the answers' index: one unnest of the
// option arrays (choice counts, ranking positions, matrix cells: the position in the array is the rank or the row),
// one group by of the 1–7 scale, one count of respondents and answers per question. Text answers are read a page at a
// time by keyset on the response number.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { queryRows } from '../../../core/db/client.js';
import { participationConsultationAnswers as answers } from './schema.js';
import type { ConsultationWithQuestions } from './queries.js';

export interface QuestionResult {
  questionId: number;
  answered: number;
  /** single/multiple choice: respondents who chose each option. */
  counts?: Array<{ optionId: number; label: string; count: number }>;
  /** scale 1–7: the mean and how many gave each grade. */
  average?: number | null;
  distribution?: Array<{ value: number; count: number }>;
  /** ranking: mean position (1 = first) and Borda points (n − position per ballot), best first. */
  ranking?: Array<{ optionId: number; label: string; averagePosition: number; borda: number }>;
  /** matrix: for each row, how many chose each column. */
  matrix?: Array<{ row: string; counts: Array<{ optionId: number; label: string; count: number }> }>;
}

export interface ConsultationResults { consultationId: number; respondents: number; questions: QuestionResult[] }

export async function consultationResults(db: DbOrTx, c: ConsultationWithQuestions): Promise<ConsultationResults> {
  const cells = await queryRows<{ question_id: number; option_id: number; ord: number; n: number }>(db, sql`
    select a.question_id, u.option_id, u.ord::int as ord, count(*)::int as n
    from participation_consultation_answers a, unnest(a.option_ids) with ordinality as u(option_id, ord)
    where a.consultation_id = ${c.id} group by 1, 2, 3`);
  const grades = await queryRows<{ question_id: number; value: number; n: number }>(db, sql`
    select question_id, value, count(*)::int as n from participation_consultation_answers
    where consultation_id = ${c.id} and value is not null group by 1, 2`);
  const answered = await queryRows<{ question_id: number; n: number }>(db, sql`
    select question_id, count(*)::int as n from participation_consultation_answers where consultation_id = ${c.id} group by 1`);
  const [total] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from participation_consultation_responses where consultation_id = ${c.id}`);
  const sum = (rows: typeof cells, f: (r: (typeof cells)[number]) => boolean) => rows.filter(f).reduce((s, r) => s + r.n, 0);

  const questions = c.questions.map((q): QuestionResult => {
    const mine = cells.filter((r) => r.question_id === q.id);
    const base = { questionId: q.id, answered: answered.find((r) => r.question_id === q.id)?.n ?? 0 };
    switch (q.kind) {
      case 'single_choice':
      case 'multiple_choice':
        return { ...base, counts: q.options.map((o) => ({ optionId: o.id, label: o.label, count: sum(mine, (r) => r.option_id === o.id) })) };
      case 'ranking': {
        const n = q.options.length;
        const ranking = q.options.map((o) => {
          const at = mine.filter((r) => r.option_id === o.id);
          const times = at.reduce((s, r) => s + r.n, 0);
          const positions = at.reduce((s, r) => s + r.ord * r.n, 0);
          return { optionId: o.id, label: o.label, averagePosition: times ? round(positions / times) : 0, borda: at.reduce((s, r) => s + (n - r.ord) * r.n, 0) };
        });
        return { ...base, ranking: ranking.sort((a, b) => b.borda - a.borda) };
      }
      case 'matrix':
        return { ...base, matrix: q.rows.map((row, i) => ({ row, counts: q.options.map((o) => ({ optionId: o.id, label: o.label,
          count: sum(mine, (r) => r.ord === i + 1 && r.option_id === o.id) })) })) };
      case 'scale_1_7': {
        const distribution = [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, count: grades.find((g) => g.question_id === q.id && g.value === value)?.n ?? 0 }));
        const count = distribution.reduce((s, d) => s + d.count, 0);
        return { ...base, distribution, average: count ? round(distribution.reduce((s, d) => s + d.value * d.count, 0) / count) : null };
      }
      default:
        return base;
    }
  });
  return { consultationId: c.id, respondents: total?.n ?? 0, questions };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** `limit + 1` text answers of a question after response number `after`, for pageOf (core/http/pagination.ts). */
export function textAnswers(db: DbOrTx, consultationId: number, questionId: number, after: number, limit: number) {
  return db.select({ respondent: answers.responseId, text: answers.text }).from(answers)
    .where(and(eq(answers.consultationId, consultationId), eq(answers.questionId, questionId), gt(answers.responseId, after), sql`${answers.text} <> ''`))
    .orderBy(asc(answers.responseId)).limit(limit + 1);
}
