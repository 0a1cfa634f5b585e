// The call form without JavaScript: the call's fields, then numbered lot blocks (lot1_title, lot1_budgetAmount …) and
// criterion rows (crit1_kind …). Blank blocks are ignored and a block with "remove" ticked is dropped, so adding and
// removing lots and criteria needs no script: the edit page always offers a blank block more. Amounts are written the
// Chilean way ("$ 50.000.000"), instants as Santiago wall-clock times (datetime-local).
import { badRequest } from '../../../core/http/errors.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import type { Translate } from '../../../core/i18n/index.js';
import { fromSantiagoLocal, toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { CALL_KINDS, CRITERION_KINDS, type CallKind, type CriterionKind } from './schema.js';
import { BUDGET_LINE, DAY, LIMITS } from './input.js';
import type { CallInput, CriterionInput, LotInput, Problem } from './rules.js';
import type { CallDetail } from './queries.js';

const CALL_FIELDS = ['kind', 'title', 'description', 'maxLotsBid', 'maxLotsWon', 'standstillDays', 'summary'] as const;
export const LOT_FIELDS = ['title', 'description', 'budgetAmount', 'regionCode', 'category', 'admitCount', 'questionsUntil', 'bidsUntil',
  'awardBy', 'deliveryStart', 'deliveryEnd', 'budgetLine', 'remove'] as const;
export const CRITERION_FIELDS = ['kind', 'name', 'description', 'weight', 'minScore', 'remove'] as const;
/** What the author typed into a block: a block with none of these is blank (selects and prefilled counts always post). */
const LOT_TYPED = ['title', 'description', 'budgetAmount', 'questionsUntil', 'bidsUntil', 'awardBy', 'deliveryStart', 'deliveryEnd'];
const CRITERION_TYPED = ['name', 'description', 'weight', 'minScore'];
const SLOT = /^(lot|crit)(\d{1,2})_(\w+)$/;

export type CallFormValues = Record<string, string>;
export type CallFormResult =
  | { ok: true; input: CallInput; summary: string | null; lotSlots: number[]; criterionSlots: number[] }
  | { ok: false; errors: Record<string, string>; values: CallFormValues };

/** The posted strings, trimmed; an unknown field is a malformed request (400), as parseForm does. */
export function valuesOfBody(body: unknown): CallFormValues {
  const values: CallFormValues = {};
  for (const [k, v] of Object.entries(body && typeof body === 'object' ? body as Record<string, unknown> : {})) {
    if (k === CSRF_FIELD) continue;
    const m = SLOT.exec(k);
    const known = m ? (m[1] === 'lot' ? LOT_FIELDS : CRITERION_FIELDS).includes(m[3] as never) && +m[2]! >= 1 && +m[2]! <= LIMITS.lots : CALL_FIELDS.includes(k as never);
    if (!known || typeof v !== 'string') throw badRequest('validation.unknownField', { field: k });
    values[k] = v.trim();
  }
  return values;
}

/** The numbers of the blocks present in the values (1-based), in order. */
export const slotsOf = (values: CallFormValues, prefix: 'lot' | 'crit') =>
  [...new Set(Object.keys(values).map((k) => SLOT.exec(k)).filter((m) => m?.[1] === prefix).map((m) => +m![2]!))].sort((a, b) => a - b);

/** The blocks the author filled in and did not remove. */
export const usedSlots = (values: CallFormValues, prefix: 'lot' | 'crit') => slotsOf(values, prefix).filter((n) =>
  values[`${prefix}${n}_remove`] !== 'on' && (prefix === 'lot' ? LOT_TYPED : CRITERION_TYPED).some((f) => values[`${prefix}${n}_${f}`]));

/** Reads the form: field errors of its own (a required field, a number, a date), then the call for the rules to judge. */
export function readCallForm(values: CallFormValues, t: Translate, criteriaFrom?: CriterionInput[]): CallFormResult {
  const errors: Record<string, string> = {};
  const text = (k: string, min: number, max: number) => {
    const v = values[k] ?? '';
    if (v.length < min) errors[k] = v === '' ? t('validation.required') : t('validation.tooShort', { min });
    else if (v.length > max) errors[k] = t('validation.tooLong', { max });
    return v;
  };
  const int = (k: string, { optional = false, pesos = false } = {}) => {
    const raw = (values[k] ?? '').replace(pesos ? /[$\s.]/g : /\s/g, '');
    if (raw === '') { if (!optional) errors[k] = t('validation.required'); return null; }
    if (!/^\d{1,15}$/.test(raw)) { errors[k] = t('validation.invalid'); return null; }
    return Number(raw);
  };
  const instant = (k: string) => {
    const d = fromSantiagoLocal(values[k] ?? '');
    if (!d) errors[k] = values[k] ? t('procurement.calls.error.dateTime') : t('validation.required');
    return d ?? new Date(0);
  };
  const day = (k: string) => {
    if (!new RegExp(DAY).test(values[k] ?? '')) errors[k] = values[k] ? t('procurement.calls.error.date') : t('validation.required');
    return values[k] ?? '';
  };
  const kind = (CALL_KINDS as readonly string[]).includes(values.kind ?? '') ? values.kind as CallKind : (errors.kind = t('validation.invalid'), 'single_tender');
  const lotSlots = usedSlots(values, 'lot');
  const criterionSlots = criteriaFrom ? [] : usedSlots(values, 'crit');
  const lots: LotInput[] = lotSlots.map((n) => {
    const f = (name: string) => `lot${n}_${name}`;
    const line = values[f('budgetLine')] ?? '';
    if (line && !new RegExp(BUDGET_LINE).test(line)) errors[f('budgetLine')] = t('procurement.calls.error.budgetLine');
    return {
      title: text(f('title'), 3, LIMITS.title), description: text(f('description'), 0, LIMITS.text), budgetAmount: int(f('budgetAmount'), { pesos: true }) ?? 0,
      regionCode: values[f('regionCode')] || null, category: values[f('category')] ?? '', admitCount: int(f('admitCount')) ?? 1,
      questionsUntil: instant(f('questionsUntil')), bidsUntil: instant(f('bidsUntil')),
      awardBy: day(f('awardBy')), deliveryStart: day(f('deliveryStart')), deliveryEnd: day(f('deliveryEnd')), budgetLine: line || null,
    };
  });
  const criteria: CriterionInput[] = criteriaFrom ?? criterionSlots.map((n) => {
    const f = (name: string) => `crit${n}_${name}`;
    const kindOf = values[f('kind')] ?? '';
    if (!(CRITERION_KINDS as readonly string[]).includes(kindOf)) errors[f('kind')] = t('validation.invalid');
    const min = (values[f('minScore')] ?? '').replace(',', '.');
    if (min && !/^\d{1,3}(\.\d{1,2})?$/.test(min)) errors[f('minScore')] = t('procurement.calls.error.minScore');
    return { kind: kindOf as CriterionKind, name: text(f('name'), 2, 200), description: text(f('description'), 0, LIMITS.text), weight: int(f('weight')) ?? 0, minScore: min ? Number(min) : null };
  });
  const input: CallInput = {
    kind, title: text('title', 3, LIMITS.title), description: text('description', 0, LIMITS.text),
    maxLotsBid: int('maxLotsBid', { optional: true }), maxLotsWon: int('maxLotsWon', { optional: true }), standstillDays: int('standstillDays') ?? 5, lots, criteria,
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, input, summary: values.summary || null, lotSlots, criterionSlots };
}

/** The rules' problems on the blocks as numbered in the form (a removed or blank block shifts the rules' indexes). */
export function onFormSlots(problems: Problem[], lotSlots: number[], criterionSlots: number[]): Problem[] {
  return problems.map((p) => {
    const m = SLOT.exec(p.field);
    if (!m) return p;
    const slots = m[1] === 'lot' ? lotSlots : criterionSlots;
    return { ...p, field: `${m[1]}${slots[+m[2]! - 1] ?? m[2]}_${m[3]}` };
  });
}

/** Pesos as people write them in Chile (50.000.000), which readCallForm reads back. */
const GROUPED = new Intl.NumberFormat('es-CL');

/** A stored call as the form shows it. */
export function formValuesOf(c: CallDetail): CallFormValues {
  const v: CallFormValues = {
    kind: c.kind, title: c.title, description: c.description, maxLotsBid: c.maxLotsBid?.toString() ?? '', maxLotsWon: c.maxLotsWon?.toString() ?? '',
    standstillDays: String(c.standstillDays),
  };
  c.lots.forEach((l, i) => Object.assign(v, Object.fromEntries(Object.entries({
    title: l.title, description: l.description, budgetAmount: GROUPED.format(l.budgetAmount), regionCode: l.regionCode ?? '', category: l.category,
    admitCount: String(l.admitCount), questionsUntil: toSantiagoLocal(l.questionsUntil), bidsUntil: toSantiagoLocal(l.bidsUntil),
    awardBy: l.awardBy, deliveryStart: l.deliveryStart, deliveryEnd: l.deliveryEnd, budgetLine: l.budgetLine ?? '',
  }).map(([k, x]) => [`lot${i + 1}_${k}`, x]))));
  c.criteria.forEach((k, i) => Object.assign(v, {
    [`crit${i + 1}_kind`]: k.kind, [`crit${i + 1}_name`]: k.name, [`crit${i + 1}_description`]: k.description,
    [`crit${i + 1}_weight`]: String(k.weight), [`crit${i + 1}_minScore`]: k.minScore?.toString() ?? '',
  }));
  return v;
}
