// Identity problems in the reader's language: a mistyped RUN, and the rows of an eligibility list that cannot be
// loaded. Messages name lines and columns, never a RUN (Ley 19.628: the page or log showing them is no place for it).
import type { MessageKey, Translate } from '../i18n/index.js';
import type { CsvLineError, CsvProblem } from './eligibility-csv.js';
import type { RunError } from './run.js';
import type { VerifyOutcome } from './commands/verify-identity-in-person.js';

/** A RUN not written as one, or one whose check digit does not match: people fix these two mistakes differently. */
export const RUN_ERROR_KEYS: Record<RunError, MessageKey> = {
  format: 'identity.run.format',
  check_digit: 'identity.run.checkDigit',
};

const CSV_PROBLEM_KEYS: Record<CsvProblem['problem'], MessageKey> = {
  empty: 'identity.csv.empty',
  no_rows: 'identity.csv.noRows',
  no_run_column: 'identity.csv.noRunColumn',
  unknown_column: 'identity.csv.unknownColumn',
  duplicate_column: 'identity.csv.duplicateColumn',
  unreadable: 'identity.csv.unreadable',
  field_count: 'identity.csv.fieldCount',
  run_missing: 'identity.csv.runMissing',
  run_format: 'identity.csv.runFormat',
  run_check_digit: 'identity.csv.runCheckDigit',
  comuna_format: 'identity.csv.comunaFormat',
  comuna_unknown: 'identity.csv.comunaUnknown',
  duplicate_run: 'identity.csv.duplicateRun',
};

/** "Line 4: no comuna has the CUT code 99999": the problem's own fields (column, comuna, firstLine…) fill the message. */
export function describeCsvProblem(t: Translate, { line, problem, ...params }: CsvLineError): string {
  const key = 'code' in params && params.code === 'CSV_QUOTE_NOT_CLOSED' ? 'identity.csv.quoteNotClosed' : CSV_PROBLEM_KEYS[problem];
  return t('identity.csv.line', { line, problem: t(key, params as Record<string, string | number>) });
}

/** Why an in-person verification was refused (commands/verify-identity-in-person.ts), for the form and the API. */
export const VERIFY_REFUSAL_KEYS: Record<Exclude<VerifyOutcome, 'verified' | 'already_verified'>, MessageKey> = {
  self: 'identity.verify.self',
  different_run: 'identity.verify.differentRun',
  run_linked: 'identity.verify.runLinked',
};
