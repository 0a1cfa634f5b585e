// Pieces the workspace and the report share: pesos, a lot's state, a bid's result, how a criterion is scored.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { CriterionKind, LotState } from '../../calls/schema.js';
import type { Exclusion } from '../ranking.js';
import { formatPesos } from '../../money.js';

export type FormState = { values: Record<string, string>; errors: Record<string, string> };
export type Forms = Record<string, FormState>;

export const pesos = (ctx: ViewContext, amount: number) => formatPesos(amount, ctx.locale);
export const score = (ctx: ViewContext, value: number | undefined, digits = 2) =>
  (value === undefined ? '—' : new Intl.NumberFormat(ctx.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
export const stateLabel = (ctx: ViewContext, state: LotState) => ctx.t(`procurement.evaluation.state.${state}` as MessageKey);

/** The result column: awarded, admissible but not, or why it was out. */
export function resultLabel(ctx: ViewContext, r: { awarded: boolean; exclusion: Exclusion | null }, criterionName: (id: number) => string) {
  if (r.awarded) return ctx.t('procurement.evaluation.result.awarded');
  const e = r.exclusion;
  if (!e) return ctx.t('procurement.evaluation.result.notAwarded');
  if (e.code === 'max_lots_won') return ctx.t('procurement.evaluation.result.passedOver');
  if (e.code === 'over_budget') return ctx.t('procurement.evaluation.result.overBudget');
  return ctx.t('procurement.evaluation.result.belowMinimum', { criterion: criterionName(e.criterionId) });
}

const FORMULAS: Partial<Record<CriterionKind, MessageKey>> = {
  price: 'procurement.evaluation.formula.price', local: 'procurement.evaluation.formula.local', sme: 'procurement.evaluation.formula.sme',
};
export const methodLabel = (ctx: ViewContext, kind: CriterionKind) => ctx.t(FORMULAS[kind] ?? 'procurement.evaluation.formula.evaluators');
