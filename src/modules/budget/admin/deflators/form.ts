// The deflator form: a year, its IPC variation in percent and where the figure comes from. People in Chile write
// "2,2"; the stored form is the numeric's "2.20".
import { Type } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../../../core/http/form.js';
import type { Translate } from '../../../../core/i18n/index.js';
import { MIN_VARIATION_HUNDREDTHS, variationHundredths } from '../../deflators.js';

export const DeflatorForm = Type.Object({
  year: Type.Integer({ minimum: 1990, maximum: 2100 }),
  variation: Type.String({ maxLength: 10 }),
  source: Type.String({ minLength: 1, maxLength: 300 }),
});

export interface DeflatorInput {
  year: number;
  /** Percent with two decimals, as numeric(6,2) stores it: "2.20", "-0.50". */
  variation: string;
  source: string;
}

export function readDeflatorForm(body: unknown, t: Translate): FormResult<DeflatorInput> {
  const form = parseForm(DeflatorForm, body, t);
  if (!form.ok) return form;
  const hundredths = variationHundredths(form.value.variation.replace(',', '.'));
  if (hundredths === null || hundredths < MIN_VARIATION_HUNDREDTHS) {
    return { ok: false, errors: { variation: t('budget.admin.deflators.variationInvalid') }, values: { ...form.value, year: String(form.value.year) } };
  }
  const abs = Math.abs(hundredths);
  const variation = `${hundredths < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return { ok: true, value: { ...form.value, variation } };
}
