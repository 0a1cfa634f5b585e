// Why each project won or lost, in plain sentences built from the tally library's explanation (tally/explain.ts):
// the data says who paid, what was left and on what the supporters had spent their share; this file only words it.
import type { ViewContext } from '../../../core/views/context.js';
import { formatters } from '../../../core/i18n/index.js';
import type { Explanation } from './tally/index.js';
import { pesos } from './views/common.js';

const round = (n: number) => BigInt(Math.round(n));

/** «“Plaza Labranza” y “Ciclovía Pedro de Valdivia”», in the reader's language. */
function titles(ctx: ViewContext, ids: string[], title: (id: string) => string) {
  const quoted = ids.map((id) => (ctx.locale === 'en' ? `“${title(id)}”` : `«${title(id)}»`));
  return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(quoted);
}

export function whyFunded(ctx: ViewContext, f: Explanation['funded'][number]): string {
  const n = formatters(ctx.locale).number;
  if (f.by === 'mes') {
    return ctx.t('participation.budget.why.fundedMes', { round: f.round ?? 1, supporters: n.format(f.supporters), payers: n.format(f.payers ?? 0),
      cost: pesos(ctx, round(f.cost)), spentOut: n.format(f.payersSpentOut ?? 0) });
  }
  return ctx.t('participation.budget.why.fundedGreedy', { supporters: n.format(f.supporters) });
}

export function whyNotFunded(ctx: ViewContext, u: Explanation['unfunded'][number], budget: number, title: (id: string) => string): string {
  const n = formatters(ctx.locale).number;
  const base = { supporters: n.format(u.supporters), cost: pesos(ctx, round(u.cost)) };
  switch (u.reason) {
    case 'exceeds-budget': return ctx.t('participation.budget.why.exceedsBudget', { ...base, budget: pesos(ctx, round(budget)) });
    case 'no-supporters': return ctx.t('participation.budget.why.noSupporters');
    case 'greedy-stopped': return ctx.t('participation.budget.why.greedyStopped');
    case 'did-not-fit': return ctx.t('participation.budget.why.didNotFit', { ...base, left: pesos(ctx, round(u.budgetLeft ?? 0)) });
    case 'supporters-short': {
      const money = pesos(ctx, round(u.supportersMoney ?? 0));
      const spentOn = (u.spentOn ?? []).map((s) => s.id);
      return spentOn.length === 0 ? ctx.t('participation.budget.why.supportersShortNone', { ...base, money })
        : ctx.t('participation.budget.why.supportersShort', { ...base, money, spentOn: titles(ctx, spentOn, title) });
    }
  }
}

/** The equal shares, in one sentence (MES only). */
export function sharesText(ctx: ViewContext, e: Explanation): string | null {
  if (!e.shares) return null;
  const n = formatters(ctx.locale).number;
  return ctx.t('participation.budget.why.shares', { voters: n.format(e.shares.voters), endowment: pesos(ctx, round(e.shares.endowment)),
    median: pesos(ctx, round(e.shares.spent.median)), nothing: n.format(e.shares.spentNothing) });
}
