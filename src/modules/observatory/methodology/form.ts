// The preview form (GET, so a preview is a link one can share) and the publish form (POST, the same fields and a
// note): every pillar and indicator weight, the normalisation, the aggregation, the missing-data rule and the year.
// Whatever the form does not carry (targets, outliers, groups, peer groups, Monte-Carlo) is kept from the current
// method. People in Chile write "1,5": a comma is read as the decimal mark.
import { Type, type TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parseForm } from '../../../core/http/form.js';
import type { Translate } from '../../../core/i18n/index.js';
import { PILLARS } from '../pillars.js';
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import { MethodSpecSchema, type MethodSpec } from '../index/method.js';
import { checkMethodSpec, indicatorWeight, pillarWeight } from './spec.js';

export const pillarField = (pillar: string) => `pilar.${pillar}`;
export const indicatorField = (code: string) => `indicador.${code}`;
const WEIGHT_FIELDS = [...PILLARS.map(pillarField), ...INDEX_INDICATORS.map((i) => indicatorField(i.code))];
/** The language switch adds ?lang= to any URL: it is no field of the form. */
const IGNORED = ['lang'];

const Weight = Type.Number({ minimum: 0, maximum: 100 });
const SpecFields = {
  anio: Type.Integer({ minimum: 2000, maximum: 2100 }),
  normalizacion: MethodSpecSchema.properties.normalisation,
  agregacion: MethodSpecSchema.properties.aggregation,
  faltantes: MethodSpecSchema.properties.missing,
  ...Object.fromEntries(WEIGHT_FIELDS.map((f) => [f, Weight])),
};
export const PreviewForm = Type.Object(SpecFields);
export const PublishForm = Type.Object({ ...SpecFields, nota: Type.String({ minLength: 10, maxLength: 2000 }) });

export interface MethodChoice { year: number; spec: MethodSpec; note?: string }
export type MethodFormResult =
  | { ok: true; value: MethodChoice; values: Record<string, string> }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** The form's values for a method (the current one, to start from). */
export function formValuesOf(spec: MethodSpec, year: number): Record<string, string> {
  return {
    anio: String(year), normalizacion: spec.normalisation, agregacion: spec.aggregation, faltantes: spec.missing,
    ...Object.fromEntries(PILLARS.map((p) => [pillarField(p), String(pillarWeight(spec, p))])),
    ...Object.fromEntries(INDEX_INDICATORS.map((i) => [indicatorField(i.code), String(indicatorWeight(spec, i.code))])),
  };
}

/** True when the request carries the method's fields (a submitted preview), not only a year or nothing. */
export const isSubmitted = (body: unknown) => !!body && typeof body === 'object' && 'normalizacion' in body;

export function readMethodForm(schema: TObject, body: unknown, current: MethodSpec, t: Translate): MethodFormResult {
  const raw = { ...(body && typeof body === 'object' ? body as Record<string, unknown> : {}) };
  for (const k of IGNORED) delete raw[k];
  for (const f of WEIGHT_FIELDS) if (typeof raw[f] === 'string') raw[f] = (raw[f] as string).replace(',', '.');
  const values = Object.fromEntries(Object.entries(raw).filter(([k, v]) => typeof v === 'string' && k !== '_csrf')) as Record<string, string>;
  const form = parseForm(schema, raw, t);
  if (!form.ok) return { ok: false, errors: form.errors, values };
  const v = form.value as Record<string, unknown>;
  const spec: MethodSpec = {
    ...current,
    normalisation: v.normalizacion as MethodSpec['normalisation'],
    aggregation: v.agregacion as MethodSpec['aggregation'],
    missing: v.faltantes as MethodSpec['missing'],
    pillarWeights: Object.fromEntries(PILLARS.map((p) => [p, v[pillarField(p)] as number])),
    indicatorWeights: Object.fromEntries(INDEX_INDICATORS.map((i) => [i.code, v[indicatorField(i.code)] as number])),
  };
  // The rest comes from a published version, so this holds unless that version broke the schema: checked all the same.
  const errors: Record<string, string> = {};
  if (!Value.Check(MethodSpecSchema, spec)) errors.normalizacion = t('validation.invalid');
  for (const p of checkMethodSpec(spec)) {
    const field = p.field === 'pillarWeights' ? pillarField(PILLARS[0]) : p.field;
    errors[field] ??= t(p.message);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { year: v.anio as number, spec, note: v.nota as string | undefined }, values };
}
