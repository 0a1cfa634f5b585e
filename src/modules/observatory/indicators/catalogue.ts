// The indicator catalogue of the Índice GovTech Municipal: one entry per indicator, the single source of its pillar,
// unit, direction (polarity), source and periodicity. Names and descriptions are in the catalogues
// (observatory.indicator.<code>.name / .description, es-CL and en). Adding an indicator is a code change reviewed
// like any other, so a published method never refers to an indicator whose meaning changed underneath it.
import type { IndicatorGroup } from '../pillars.js';

export type IndicatorUnit = 'percent' | 'count' | 'stage' | 'days' | 'pesos_per_capita' | 'per_thousand' | 'people' | 'km2' | 'thousand_pesos' | 'ratio';
/** How a value arrives: computed from another module, imported from a CSV (SINIM and others), or the adoption tracker. */
export type IndicatorOrigin = 'computed' | 'import' | 'tracker';

export interface IndicatorDefinition {
  code: string;
  group: IndicatorGroup;
  unit: IndicatorUnit;
  /** Polarity: whether a higher value is better ('higher') or worse ('lower'). */
  direction: 'higher' | 'lower';
  origin: IndicatorOrigin;
  /** Who produces the figure, as cited on the pages (a module of this installation, SINIM, the regional tracker…). */
  source: string;
  periodicity: 'annual';
}

const platform = (code: string): IndicatorDefinition =>
  ({ code, group: 'platforms', unit: 'stage', direction: 'higher', origin: 'tracker', source: 'adoption-tracker', periodicity: 'annual' });
const sinim = (code: string, group: IndicatorGroup, unit: IndicatorUnit, direction: 'higher' | 'lower' = 'higher'): IndicatorDefinition =>
  ({ code, group, unit, direction, origin: 'import', source: 'SINIM', periodicity: 'annual' });
const computed = (code: string, group: IndicatorGroup, unit: IndicatorUnit, source: string, direction: 'higher' | 'lower' = 'higher'): IndicatorDefinition =>
  ({ code, group, unit, direction, origin: 'computed', source, periodicity: 'annual' });
const imported = (code: string, group: IndicatorGroup, unit: IndicatorUnit, source: string): IndicatorDefinition =>
  ({ code, group, unit, direction: 'higher', origin: 'import', source, periodicity: 'annual' });

export const INDICATORS: readonly IndicatorDefinition[] = [
  platform('platforms.firmagob'),
  platform('platforms.docdigital'),
  platform('platforms.claveunica'),
  platform('platforms.pisee'),
  imported('online.procedures_online', 'online_services', 'percent', 'import'),
  imported('online.payments_online', 'online_services', 'percent', 'import'),
  computed('transparency.on_time_rate', 'transparency', 'percent', 'transparency'),
  computed('transparency.median_answer_days', 'transparency', 'days', 'transparency', 'lower'),
  computed('transparency.datasets', 'transparency', 'count', 'transparency'),
  computed('participation.processes', 'participation', 'count', 'participation'),
  computed('participation.participants_per_thousand', 'participation', 'per_thousand', 'participation'),
  computed('procurement.sme_share', 'procurement', 'percent', 'procurement'),
  computed('procurement.local_share', 'procurement', 'percent', 'procurement'),
  computed('procurement.bidders_per_lot', 'procurement', 'ratio', 'procurement'),
  sinim('capacities.professionalisation', 'capacities', 'percent'),
  sinim('capacities.training_spend', 'capacities', 'percent'),
  computed('spending.technology_share', 'digital_spending', 'percent', 'budget'),
  computed('spending.technology_per_capita', 'digital_spending', 'pesos_per_capita', 'budget'),
  // Context (SUBDERE SINIM): peer groups and the municipality page; never part of the score.
  sinim('context.population', 'context', 'people'),
  sinim('context.rural_share', 'context', 'percent'),
  sinim('context.area', 'context', 'km2'),
  sinim('context.density', 'context', 'ratio'),
  sinim('context.poverty', 'context', 'percent'),
  sinim('context.own_income_per_capita', 'context', 'thousand_pesos'),
  sinim('context.fcm_dependency', 'context', 'percent'),
  sinim('context.total_spending', 'context', 'thousand_pesos'),
  sinim('context.staff', 'context', 'people'),
];

export const INDICATOR_BY_CODE: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATORS.map((i) => [i.code, i]));
/** The indicators that enter the score (every pillar but context). */
export const INDEX_INDICATORS = INDICATORS.filter((i) => i.group !== 'context');
