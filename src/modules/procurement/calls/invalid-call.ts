// A call refused by its rules (rules.ts): a 422 carrying every broken rule on its field, so a form shows them all at
// once next to the fields, and the API lists them.
import { HttpError } from '../../../core/http/errors.js';
import type { Translate } from '../../../core/i18n/index.js';
import type { Problem } from './rules.js';

export class InvalidCall extends HttpError {
  constructor(readonly problems: Problem[]) { super(422, 'invalid', problems[0]!.key, problems[0]!.params); }
}

export function assertValid(problems: Problem[]): void {
  if (problems.length > 0) throw new InvalidCall(problems);
}

/** Field → message (the first problem of each field), for the form's error summary or the API's `fields`. */
export const messagesOf = (problems: Problem[], t: Translate) => {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] ??= t(p.key, p.params);
  return out;
};
