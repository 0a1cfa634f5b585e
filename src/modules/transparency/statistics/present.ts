// The public shape of the statistics (JSON API and CSV): an explicit list of fields, flat for the CSV, so a column
// never appears or moves by accident. Figures only: no request, no person.
import { Type, type Static } from '@sinclair/typebox';
import { ANSWER_KINDS, DENIAL_CAUSES } from '../requests/schema.js';
import type { YearFigures } from './queries.js';

const n = Type.Integer({ minimum: 0 });
export const StatisticsRow = Type.Object({
  institution: Type.String({ description: 'Institution slug' }),
  institutionName: Type.String(),
  year: Type.Integer({ description: 'Year of filing (America/Santiago)' }),
  received: n,
  answered: n,
  answeredOnTime: Type.Integer({ minimum: 0, description: 'Answered by the end of the deadline in force (the extended one once extended), Ley 20.285 art. 14' }),
  answeredLate: n,
  onTimeShare: Type.Union([Type.Number(), Type.Null()], { description: 'answeredOnTime / answered, 0..1; null without answers' }),
  pending: n,
  overdue: Type.Integer({ minimum: 0, description: 'Open with the clock running and the deadline in force already past, today' }),
  extended: n,
  transferred: n,
  withdrawn: n,
  ...Object.fromEntries(ANSWER_KINDS.map((k) => [`answers_${k}`, n])) as Record<`answers_${(typeof ANSWER_KINDS)[number]}`, typeof n>,
  ...Object.fromEntries(DENIAL_CAUSES.map((c) => [`denied_${causeColumn(c)}`, n])) as Record<string, typeof n>,
  medianBusinessDays: Type.Union([Type.Number(), Type.Null()], { description: 'Median business days from receipt to answer, on the institution calendar' }),
});
export type StatisticsRowJson = Static<typeof StatisticsRow>;

/** '21.1.a' → '21_1_a', a column name every spreadsheet and CSV reader takes. */
export function causeColumn(cause: string) {
  return cause.replace(/\./g, '_');
}

export const STATISTICS_COLUMNS = Object.keys(StatisticsRow.properties);

export function presentStatistics(f: YearFigures, institution: { slug: string; name: string }): StatisticsRowJson {
  return {
    institution: institution.slug, institutionName: institution.name, year: f.year,
    received: f.received, answered: f.answered, answeredOnTime: f.answeredOnTime, answeredLate: f.answeredLate,
    onTimeShare: f.answered ? Math.round((f.answeredOnTime / f.answered) * 10000) / 10000 : null,
    pending: f.pending, overdue: f.overdue, extended: f.extended, transferred: f.transferred, withdrawn: f.withdrawn,
    ...Object.fromEntries(ANSWER_KINDS.map((k) => [`answers_${k}`, f.answersByKind[k]])),
    ...Object.fromEntries(DENIAL_CAUSES.map((c) => [`denied_${causeColumn(c)}`, f.deniedByCause[c]])),
    medianBusinessDays: f.medianBusinessDays,
  } as StatisticsRowJson;
}
