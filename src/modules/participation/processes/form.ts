// The process form without JavaScript: the process's fields and a fixed set of phase fieldsets (p1_…, p2_…), blank
// ones ignored, each with its dates typed in Chile's time and checkboxes for what it enables. A phase shown with its
// id (editing) keeps its id; clearing a phase's name and dates removes it.
import { Type } from '@sinclair/typebox';
import { parseForm } from '../../../core/http/form.js';
import { SubmissionField, SUBMISSION_FIELD } from '../../../core/http/idempotency.js';
import type { Translate } from '../../../core/i18n/index.js';
import { COMPONENTS, SCOPES, type Component, type Scope } from './schema.js';
import type { PhaseEdit } from './commands/update-process.js';
import type { ProcessDetail } from './queries.js';
import { MAX_PHASES, type ProcessProblem } from './validation.js';
import { fromSantiagoLocal, toSantiagoLocal } from '../../../core/i18n/santiago-time.js';

const PHASE_FIELDS = ['title', 'description', 'startsAt', 'endsAt'] as const;
const slots = Array.from({ length: MAX_PHASES }, (_, i) => i + 1);

export const ProcessForm = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 1, maxLength: 20000 }),
  scope: Type.Union(SCOPES.map((s) => Type.Literal(s))),
  scopeCode: Type.String({ pattern: '^\\d{2}(\\d{3})?$' }),
  [SUBMISSION_FIELD]: SubmissionField,
  ...Object.fromEntries(slots.flatMap((n) => [
    [`p${n}_id`, Type.Optional(Type.Integer({ minimum: 1 }))],
    [`p${n}_title`, Type.Optional(Type.String({ maxLength: 200 }))],
    [`p${n}_description`, Type.Optional(Type.String({ maxLength: 5000 }))],
    [`p${n}_startsAt`, Type.Optional(Type.String({ maxLength: 20 }))],
    [`p${n}_endsAt`, Type.Optional(Type.String({ maxLength: 20 }))],
    [`p${n}_components`, Type.Optional(Type.Array(Type.Union(COMPONENTS.map((c) => Type.Literal(c))), { uniqueItems: true }))],
  ])),
});

/** What the form shows: strings, and the ticked components of each phase. */
export type FormValues = Record<string, string | string[] | undefined>;
export interface ProcessFormState { values: FormValues; errors?: Record<string, string> }

export interface ProcessFormValue {
  title: string; description: string; scope: Scope; scopeCode: string; submission?: string;
  phases: PhaseEdit[];
  /** The fieldset number (1…) of each phase, to put a problem next to its fields. */
  slots: number[];
}

export type ProcessFormResult = { ok: true; value: ProcessFormValue } | { ok: false; state: ProcessFormState };

/** How many phase fieldsets to show: room for two more than those filled in, at least four. */
export const slotCount = (values: FormValues) =>
  Math.min(MAX_PHASES, Math.max(4, ...slots.filter((n) => PHASE_FIELDS.some((f) => values[`p${n}_${f}`])).map((n) => n + 2)));

const rawValues = (body: unknown): FormValues => Object.fromEntries(Object.entries(body && typeof body === 'object' ? body : {})
  .filter(([, v]) => typeof v === 'string' || Array.isArray(v)));

export function readProcessForm(body: unknown, t: Translate): ProcessFormResult {
  const values = rawValues(body);
  const form = parseForm(ProcessForm, body, t);
  const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
  const phases: PhaseEdit[] = [];
  const filled: number[] = [];
  const v = (form.ok ? form.value : {}) as Record<string, unknown>;
  for (const n of slots) {
    const field = (f: string) => (form.ok ? v[`p${n}_${f}`] : values[`p${n}_${f}`]) as string | undefined;
    if (!PHASE_FIELDS.some((f) => (field(f) ?? '').toString().trim())) continue;
    const startsAt = fromSantiagoLocal(field('startsAt') ?? '');
    const endsAt = fromSantiagoLocal(field('endsAt') ?? '');
    if (!field('title')?.trim()) errors[`p${n}_title`] ??= t('participation.process.form.phaseIncomplete');
    if (!startsAt) errors[`p${n}_startsAt`] ??= t(field('startsAt') ? 'participation.process.form.badDate' : 'participation.process.form.phaseIncomplete');
    if (!endsAt) errors[`p${n}_endsAt`] ??= t(field('endsAt') ? 'participation.process.form.badDate' : 'participation.process.form.phaseIncomplete');
    if (!form.ok || !startsAt || !endsAt) continue;
    const id = v[`p${n}_id`] as number | undefined;
    phases.push({ ...(id !== undefined && { id }), title: field('title')!.trim(), description: field('description')?.trim() ?? '', startsAt, endsAt,
      components: (v[`p${n}_components`] as Component[] | undefined) ?? [] });
    filled.push(n);
  }
  if (!form.ok || Object.keys(errors).length > 0) return { ok: false, state: { values, errors } };
  const f = form.value;
  return { ok: true, value: { title: f.title, description: f.description, scope: f.scope, scopeCode: f.scopeCode, submission: f[SUBMISSION_FIELD], phases, slots: filled } };
}

/** A rule broken by the whole (validation.ts), shown next to the field it concerns. */
export function problemState(value: ProcessFormValue, values: FormValues, problem: ProcessProblem, t: Translate): ProcessFormState {
  const slot = problem.phase !== undefined ? value.slots[problem.phase] : undefined;
  const field = slot !== undefined ? `p${slot}_${problem.field === 'phases' ? 'title' : problem.field}` : problem.field === 'phases' ? 'p1_title' : problem.field;
  return { values, errors: { [field]: t(problem.key, problem.params) } };
}

/** The form filled with a stored process, for editing. */
export function valuesOf(process: ProcessDetail): FormValues {
  const values: FormValues = { title: process.title, description: process.description, scope: process.scope, scopeCode: process.scopeCode };
  process.phases.forEach((p, i) => Object.assign(values, {
    [`p${i + 1}_id`]: String(p.id), [`p${i + 1}_title`]: p.title, [`p${i + 1}_description`]: p.description,
    [`p${i + 1}_startsAt`]: toSantiagoLocal(p.startsAt), [`p${i + 1}_endsAt`]: toSantiagoLocal(p.endsAt), [`p${i + 1}_components`]: [...p.components],
  }));
  return values;
}

export const labelsOf = (t: Translate, count: number): Record<string, string> => ({
  title: t('participation.process.form.title'), description: t('participation.process.form.description'),
  scope: t('participation.process.form.scope'), scopeCode: t('participation.process.form.scopeCode'),
  ...Object.fromEntries(Array.from({ length: count }, (_, i) => i + 1).flatMap((n) => {
    const phase = t('participation.process.form.phase', { n });
    return [[`p${n}_title`, `${phase}, ${t('participation.process.form.phaseTitle').toLowerCase()}`],
      [`p${n}_startsAt`, `${phase}, ${t('participation.process.form.startsAt').toLowerCase()}`],
      [`p${n}_endsAt`, `${phase}, ${t('participation.process.form.endsAt').toLowerCase()}`]];
  })),
});
