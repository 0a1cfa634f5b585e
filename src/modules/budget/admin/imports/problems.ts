// An import's problems in the reader's language. The parsers give each problem a short code and an English message
// with the specifics (the column, the value, the file of a folder); the page says what the code means in the reader's
// language and keeps the message as the detail, since it quotes the file.
import type { MessageKey, Translate } from '../../../../core/i18n/index.js';
import type { ImportProblem } from '../../import/types.js';
import type { JobFailure } from '../../jobs/import-jobs.js';

const REASONS: Record<string, MessageKey> = {
  not_csv: 'budget.admin.problem.not_csv',
  truncated: 'budget.admin.problem.truncated',
  empty: 'budget.admin.problem.empty',
  columns: 'budget.admin.problem.columns',
  code: 'budget.admin.problem.code',
  amount: 'budget.admin.problem.amount',
  currency: 'budget.admin.problem.currency',
  duplicate: 'budget.admin.problem.duplicate',
  resultado: 'budget.admin.problem.resultado',
  // A Fiscal Data Package's own (fdp/).
  not_zip: 'budget.admin.problem.not_zip',
  too_large: 'budget.admin.problem.too_large',
  no_descriptor: 'budget.admin.problem.no_descriptor',
  descriptor: 'budget.admin.problem.descriptor',
  missing_file: 'budget.admin.problem.missing_file',
  label: 'budget.admin.problem.label',
  not_leaf: 'budget.admin.problem.not_leaf',
};

const FAILURES: Record<JobFailure, MessageKey> = {
  cube_taken: 'budget.admin.failure.cube_taken',
  interrupted: 'budget.admin.failure.interrupted',
  internal: 'budget.admin.failure.internal',
};

export function describeImportProblem(t: Translate, p: ImportProblem): string {
  if (p.code in FAILURES) return t(FAILURES[p.code as JobFailure]);
  // ProblemList's last entry when it stopped listing: "and N more problems".
  if (p.code === 'more') return t('budget.admin.problem.more', { count: /\d+/.exec(p.message)?.[0] ?? '' });
  const reason = t(REASONS[p.code] ?? 'budget.admin.problem.other');
  return p.line > 0 ? t('budget.admin.problem.line', { line: p.line, reason, detail: p.message }) : t('budget.admin.problem.noLine', { reason, detail: p.message });
}
