// The JSON shape of a call for the API (TypeBox: validation, types and OpenAPI from one source), turned into the input
// the rules and commands read (rules.ts). Instants are ISO 8601 with their offset; days are 'YYYY-MM-DD' (Santiago).
import { Type, type Static } from '@sinclair/typebox';
import { CALL_KINDS, CRITERION_KINDS } from './schema.js';
import type { CallInput } from './rules.js';

const INSTANT = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$';
export const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
/** A clasificador presupuestario line: subtítulo.ítem[.asignación], e.g. '22.11.002'. */
export const BUDGET_LINE = '^\\d{2}\\.\\d{2}(\\.\\d{3})?$';
export const LIMITS = { lots: 30, criteria: 12, title: 300, text: 10000 } as const;

const instant = (description: string) => Type.String({ pattern: INSTANT, description });
const day = (description: string) => Type.String({ pattern: DAY, description });

export const LotBody = Type.Object({
  title: Type.String({ minLength: 3, maxLength: LIMITS.title }),
  description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  budgetAmount: Type.Integer({ minimum: 1, description: 'Fixed budget in integer pesos (CLP); no bid may exceed it' }),
  regionCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{2}$' }), Type.Null()], { description: 'Region CUT code; null: anywhere' })),
  category: Type.String({ maxLength: 60, description: 'A category code (GET /api/v1/procurement/calls lists them in each lot)' }),
  questionsUntil: instant('Questions are taken up to this instant'),
  bidsUntil: instant('Bids are taken up to this instant'),
  awardBy: day('Award date (Santiago), a later day than bids close'),
  deliveryStart: day('Delivery starts (not before the award)'),
  deliveryEnd: day('Delivery ends'),
  admitCount: Type.Integer({ minimum: 1, maximum: 100, description: 'Suppliers admitted (awarded) at most: multi-award above 1' }),
  budgetLine: Type.Optional(Type.Union([Type.String({ pattern: BUDGET_LINE }), Type.Null()])),
}, { additionalProperties: false });

export const CriterionBody = Type.Object({
  kind: Type.Union(CRITERION_KINDS.map((k) => Type.Literal(k))),
  name: Type.String({ minLength: 2, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  weight: Type.Integer({ minimum: 1, maximum: 100, description: 'Percent; the weights of a call sum to 100' }),
  minScore: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], { description: 'Bids scoring below it are not admissible' })),
}, { additionalProperties: false });

export const CallBody = Type.Object({
  institution: Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' }),
  kind: Type.Union(CALL_KINDS.map((k) => Type.Literal(k))),
  title: Type.String({ minLength: 3, maxLength: LIMITS.title }),
  description: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  maxLotsBid: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: LIMITS.lots }), Type.Null()])),
  maxLotsWon: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: LIMITS.lots }), Type.Null()])),
  standstillDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60, description: 'Business days between award and confirmation' })),
  lots: Type.Array(LotBody, { minItems: 1, maxItems: LIMITS.lots }),
  criteria: Type.Array(CriterionBody, { minItems: 1, maxItems: LIMITS.criteria }),
}, { additionalProperties: false });
export type CallBodyType = Static<typeof CallBody>;

export const callInputOf = (b: CallBodyType): CallInput => ({
  kind: b.kind, title: b.title, description: b.description ?? '', maxLotsBid: b.maxLotsBid ?? null, maxLotsWon: b.maxLotsWon ?? null,
  standstillDays: b.standstillDays ?? 5,
  lots: b.lots.map((l) => ({
    title: l.title, description: l.description ?? '', budgetAmount: l.budgetAmount, regionCode: l.regionCode ?? null, category: l.category,
    questionsUntil: new Date(l.questionsUntil), bidsUntil: new Date(l.bidsUntil), awardBy: l.awardBy, deliveryStart: l.deliveryStart,
    deliveryEnd: l.deliveryEnd, admitCount: l.admitCount, budgetLine: l.budgetLine ?? null,
  })),
  criteria: b.criteria.map((c) => ({ kind: c.kind, name: c.name, description: c.description ?? '', weight: c.weight, minScore: c.minScore ?? null })),
});
