// The public shape of the catalogue and of the values (DESIGN.md rule 5): explicit fields, each value with where it
// came from (origin, source) and, for computed ones, the figures behind it (provenance). Nothing about people.
import { Type, type Static } from '@sinclair/typebox';
import type { MessageKey, Translate } from '../../../core/i18n/index.js';
import type { IndicatorDefinition } from './catalogue.js';
import type { Coverage, ValueRecord } from './queries.js';

export const CATALOGUE_PATH = '/observatorio/indicadores';
export const IMPORT_PATH = '/observatorio/indicadores/importar';
export const VALUES_API = '/api/v1/observatory/values';

export const IndicatorJson = Type.Object({
  code: Type.String(), name: Type.String(), description: Type.String(), group: Type.String(), unit: Type.String(),
  direction: Type.Union([Type.Literal('higher'), Type.Literal('lower')]), origin: Type.String(), source: Type.String(), periodicity: Type.String(),
  coverage: Type.Array(Type.Object({ year: Type.Integer(), municipalities: Type.Integer() }), { description: 'Municipalities with a value, per year' }),
});

export const ValueJson = Type.Object({
  cut: Type.String({ description: '5-digit comuna CUT' }), name: Type.String(), region: Type.String(), year: Type.Integer(), indicator: Type.String(),
  value: Type.Number(), origin: Type.String({ description: 'computed | import | tracker' }), source: Type.String(),
  provenance: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: 'For computed values: module, definition and the figures used' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ValueJsonType = Static<typeof ValueJson>;
export const VALUE_COLUMNS = ['cut', 'name', 'region', 'year', 'indicator', 'value', 'origin', 'source', 'provenance', 'updatedAt'];

/** The catalogue entry with its name and description in the reader's language and its coverage by year. */
export function presentIndicator(d: IndicatorDefinition, t: Translate, coverage: readonly Coverage[]): Static<typeof IndicatorJson> {
  return {
    code: d.code, name: t(`observatory.indicator.${d.code}.name` as MessageKey), description: t(`observatory.indicator.${d.code}.description` as MessageKey),
    group: d.group, unit: d.unit, direction: d.direction, origin: d.origin, source: d.source, periodicity: d.periodicity,
    coverage: coverage.filter((c) => c.indicator === d.code).map((c) => ({ year: c.year, municipalities: c.municipalities })),
  };
}

export const presentValue = (r: ValueRecord): ValueJsonType => ({
  cut: r.cut, name: r.name, region: r.region, year: r.year, indicator: r.indicator, value: r.value, origin: r.origin, source: r.source,
  provenance: r.provenance ?? null, updatedAt: r.updatedAt.toISOString(),
});

/** The summary of a refused file, singular or plural. */
export const problemsMessage = (t: Translate, total: number) => (total === 1 ? t('observatory.import.problemsOne') : t('observatory.import.problems', { total }));
