// The forms of the vote pages: the ballot (choice ids, and the old receipt when replacing), the receipt check, the
// paper ballot (voto asistido) and the officials' new vote (options one per line, dates as Chile wall-clock times).
import { Type } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../../core/http/form.js';
import type { Translate } from '../../../core/i18n/index.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import type { NewVoteFields } from './new-vote.js';
import type { VoteWithOptions } from './queries.js';
import { readBallotForm } from '../budgets/form.js';

export const BallotForm = Type.Object({
  choice: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 100 }),
  replaces: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});
export const CheckForm = Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) });
const AssistedPerson = {
  run: Type.String({ minLength: 1, maxLength: 20 }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
};
const AssistedForm = Type.Object({ ...AssistedPerson, choice: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 100 }) });

export interface AssistedBallot { run: string; name?: string; choices: number[]; points?: number[] }

/**
 * The paper ballot (voto asistido): the person on the ID card, and the choices. A budget vote's paper ballot is read
 * as its online ballot is (budgets/form.ts): checkboxes, or one points field per project on cumulative ballots —
 * what the ballot means (points within the total, costs within the limit) is checked by validation.ts checkBallot.
 */
export function readAssistedForm(body: unknown, vote: VoteWithOptions, t: Translate): FormResult<AssistedBallot> {
  if (!vote.ballotRule) {
    const form = parseForm(AssistedForm, body, t);
    return form.ok ? { ok: true, value: { run: form.value.run, name: form.value.name, choices: form.value.choice } } : form;
  }
  const budgetForm = Type.Object({ ...AssistedPerson, choice: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 100 })),
    ...Object.fromEntries(vote.options.map((o) => [`p${o.id}`, Type.Optional(Type.String({ maxLength: 10 }))])) });
  const form = parseForm(budgetForm, body, t);
  if (!form.ok) return form;
  const { choices, points } = readBallotForm(body, vote);
  return { ok: true, value: { run: form.value.run, name: form.value.name, choices, points } };
}

const NewVoteForm = Type.Object({
  process: Type.Integer({ minimum: 1 }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  options: Type.String({ minLength: 1, maxLength: 30_000 }),
  choice: Type.Union([Type.Literal('single'), Type.Literal('multiple')]),
  maxChoices: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  opensAt: Type.String({ maxLength: 20 }),
  closesAt: Type.String({ maxLength: 20 }),
  allowReplace: Type.Optional(Type.Array(Type.Literal('true'))),
  eligibilityListId: Type.Optional(Type.Integer({ minimum: 1 })),
  minTurnoutPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  eligibleCount: Type.Optional(Type.Integer({ minimum: 1 })),
});

export function readNewVoteForm(body: unknown, t: Translate): FormResult<NewVoteFields & { processId: number }> {
  const form = parseForm(NewVoteForm, body, t);
  if (!form.ok) return form;
  const f = form.value;
  const opensAt = fromSantiagoLocal(f.opensAt);
  const closesAt = fromSantiagoLocal(f.closesAt);
  const errors: Record<string, string> = {};
  if (!opensAt) errors.opensAt = t('validation.invalid');
  if (!closesAt) errors.closesAt = t('validation.invalid');
  const options = f.options.split(/\r?\n/).map((o) => o.trim()).filter((o) => o !== '');
  if (options.some((o) => o.length > 300)) errors.options = t('validation.tooLong', { max: 300 });
  if (Object.keys(errors).length > 0) return { ok: false, errors, values: valuesOf(body) };
  return { ok: true, value: {
    processId: f.process, title: f.title, description: f.description, options, choice: f.choice, maxChoices: f.choice === 'single' ? 1 : f.maxChoices,
    opensAt: opensAt!, closesAt: closesAt!, allowReplace: !!f.allowReplace, eligibilityListId: f.eligibilityListId,
    minTurnoutPercent: f.minTurnoutPercent, eligibleCount: f.eligibleCount,
  } };
}

/** A posted form's string values, to re-render it as it was sent. */
export function valuesOf(body: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(body && typeof body === 'object' ? body : {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
