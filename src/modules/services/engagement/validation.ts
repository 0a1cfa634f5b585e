// The shapes of the engagement forms (TypeBox: validation and messages from one source) and the survey's date rules.
// A need's title and description keep participation's proposal limits (proposals/validation.ts), since a need is a
// proposal there; an answer needs its reasons, as participation asks (issue 5: a reasoned answer).
import { Type } from '@sinclair/typebox';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { InvalidField } from '../../../core/http/errors.js';
import { SUBMISSION_FIELD, SubmissionField } from '../../../core/http/idempotency.js';
import { SURVEY_RESPONDENTS, type SurveyInput } from './commands/create-survey.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });

export const NeedForm = Type.Object({
  title: Type.String({ minLength: 10, maxLength: 150 }),
  body: Type.String({ minLength: 30, maxLength: 6000 }),
  [SUBMISSION_FIELD]: SubmissionField,
});

export const AnswerForm = Type.Object({
  answer: literals(['accepted', 'rejected', 'evaluation'] as const),
  text: Type.String({ minLength: 20, maxLength: 6000 }),
});

export const SurveyForm = Type.Object({
  title: Type.String({ minLength: 5, maxLength: 300 }),
  opensOn: Day,
  closesOn: Day,
  respondents: literals(SURVEY_RESPONDENTS),
});

/** A survey runs a year at most: satisfaction is measured again, not left open for ever. */
export const MAX_SURVEY_DAYS = 366;

/** Real days, in order, not closing in the past and at most a year long: InvalidField on the field at fault. */
export function checkSurveyDates(input: Pick<SurveyInput, 'opensOn' | 'closesOn'>, today: string) {
  const day = (field: string, value: string) => {
    try { return toDayNumber(value); } catch { throw new InvalidField(field, 'services.error.date'); }
  };
  const [opens, closes] = [day('opensOn', input.opensOn), day('closesOn', input.closesOn)];
  if (closes < toDayNumber(today)) throw new InvalidField('closesOn', 'services.engagement.survey.closesPast');
  if (closes < opens) throw new InvalidField('closesOn', 'services.engagement.survey.closesBeforeOpens');
  if (closes - opens >= MAX_SURVEY_DAYS) throw new InvalidField('closesOn', 'services.engagement.survey.tooLong');
}
