// The public shape of a service's indicators (JSON API, the stats page, the CSV export): an explicit field list —
// never who recorded a value — each indicator with its series over its span (gaps as null), its targets judged
// (series.ts), the headline and the yearly figures, all computed once here.
import { Type, type Static } from '@sinclair/typebox';
import type { ServiceRecord } from '../registry/queries.js';
import { INDICATOR_KINDS, INDICATOR_UNITS, DIRECTIONS, MONTH_PATTERN, VALUE_ORIGINS } from './schema.js';
import type { IndicatorWithSeries } from './queries.js';
import { buildSeries, headlineOf, judgeTargets, seriesSpan, summarizeYears, targetAt, type Headline, type JudgedTarget, type YearFigure } from './series.js';

export const statsPath = (slug: string) => `/servicios/${slug}/estadisticas`;
export const managePath = (slug: string) => `/servicios/${slug}/indicadores`;
export const monthPath = (slug: string) => `/servicios/${slug}/indicadores/mes`;
export const importPath = (slug: string) => `/servicios/${slug}/indicadores/importar`;
export const apiPath = (slug: string) => `/api/v1/services/${slug}/indicators`;

export interface ReportPoint { month: string; value: number | null; origin: string | null; target: number | null; targetOwnMonth: boolean }
export interface IndicatorReport {
  indicator: IndicatorWithSeries;
  /** Every month of the span, gaps as null, each with the target applying then (trajectory: the next one). */
  points: ReportPoint[];
  targets: JudgedTarget[];
  headline: Headline | null;
  years: YearFigure[];
  /** The current Santiago month the report was made in: months from it on have not ended (no value is not a gap yet). */
  currentMonth: string;
}

export function reportOf(indicator: IndicatorWithSeries, currentMonth: string): IndicatorReport {
  const span = seriesSpan(indicator.values, indicator.targets);
  const origins = new Map(indicator.values.map((v) => [v.month, v.origin]));
  const targetMonths = new Set(indicator.targets.map((t) => t.month));
  const points = span ? buildSeries(indicator.values, span.from, span.to).map((p) => ({
    ...p, origin: origins.get(p.month) ?? null, target: targetAt(indicator.targets, p.month)?.value ?? null, targetOwnMonth: targetMonths.has(p.month),
  })) : [];
  return {
    indicator, points, targets: judgeTargets(indicator.values, indicator.targets, indicator.direction, currentMonth),
    headline: headlineOf(indicator.values), years: summarizeYears(indicator.unit, indicator.values), currentMonth,
  };
}

const Month = Type.String({ pattern: MONTH_PATTERN });
const Nullable = <T extends ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
const ChangeJson = Type.Union([Type.Object({ from: Type.Number(), delta: Type.Number(), ratio: Nullable(Type.Number()) }), Type.Null()]);

export const IndicatorJson = Type.Object({
  code: Type.String(), name: Type.String(), description: Type.String(),
  kind: Type.Union(INDICATOR_KINDS.map((k) => Type.Literal(k))), unit: Type.Union(INDICATOR_UNITS.map((k) => Type.Literal(k))),
  direction: Type.Union(DIRECTIONS.map((k) => Type.Literal(k))), method: Type.String(),
  latest: Type.Union([Type.Object({ month: Month, value: Type.Number(), previousMonth: ChangeJson, previousYear: ChangeJson }), Type.Null()]),
  series: Type.Array(Type.Object({
    month: Month, value: Nullable(Type.Number()), origin: Type.Union([...VALUE_ORIGINS.map((o) => Type.Literal(o)), Type.Null()]), target: Nullable(Type.Number()),
  }), { description: 'Every month from the first to the last value or target; a month without a value has value null (a gap, never filled)' }),
  targets: Type.Array(Type.Object({
    month: Month, value: Type.Number(), actual: Nullable(Type.Number()),
    outcome: Type.Union(['met', 'missed', 'no_data', 'pending'].map((o) => Type.Literal(o)), { description: 'Judged on the value of the target\'s own month' }),
  })),
  years: Type.Array(Type.Object({ year: Type.Integer(), kind: Type.Union([Type.Literal('sum'), Type.Literal('mean')]), value: Type.Number(), months: Type.Integer() })),
});

export const IndicatorsJson = Type.Object({
  service: Type.Object({ slug: Type.String(), title: Type.String(), url: Type.String() }),
  currentMonth: Month,
  indicators: Type.Array(IndicatorJson),
});

export function presentIndicators(service: ServiceRecord, reports: readonly IndicatorReport[], currentMonth: string): Static<typeof IndicatorsJson> {
  return {
    service: { slug: service.slug, title: service.title, url: statsPath(service.slug) },
    currentMonth,
    indicators: reports.map(({ indicator: i, points, targets, headline, years }) => ({
      code: i.code, name: i.name, description: i.description, kind: i.kind, unit: i.unit, direction: i.direction, method: i.method,
      latest: headline,
      series: points.map((p) => ({ month: p.month, value: p.value, origin: p.origin as (typeof VALUE_ORIGINS)[number] | null, target: p.target })),
      targets: targets.map((t) => ({ month: t.month, value: t.value, actual: t.actual, outcome: t.outcome })),
      years,
    })),
  };
}

/** The rows of the CSV export: the import's long format, oldest month first per indicator. */
export async function* csvRowsOf(indicators: readonly IndicatorWithSeries[]) {
  for (const i of indicators) for (const v of i.values) yield { indicator: i.code, month: v.month, value: v.value };
}
