// Why each project won or lost, in plain sentences built from the tally library's explanation (tally/explain.ts):
// the data says who paid, what was left and on what the supporters had spent their share; this file only words it,
// each count in its singular or plural sentence.
import type { ViewContext } from '../../../core/views/context.js';
import { formatters, type MessageKey } from '../../../core/i18n/index.js';
import type { Explanation } from './tally/index.js';
import { pesos } from './views/common.js';

const round = (n: number) => BigInt(Math.round(n));

/** «“Plaza Labranza” y “Ciclovía Pedro de Valdivia”», in the reader's language. */
function titles(ctx: ViewContext, ids: string[], title: (id: string) => string) {
  const quoted = ids.map((id) => (ctx.locale === 'en' ? `“${title(id)}”` : `«${title(id)}»`));
  return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(quoted);
}

/** The base of a pair of catalogue keys `<base>One` / `<base>Other`: one sentence per plural form. */
type Counted<K extends string> = K extends `${infer Base}One` ? (`${Base}Other` extends MessageKey ? Base : never) : never;

const pluralRules = new Map<string, Intl.PluralRules>();
/**
 * The sentence for `count` in the reader's language: CLDR plural rules (Intl.PluralRules) pick "one" («su 1 votante»,
 * "its 1 voter") or any other category ("other"; Spanish "many", for whole millions, reads as "other" too).
 */
export function plural(ctx: ViewContext, key: Counted<MessageKey>, count: number, params: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(ctx.locale);
  if (!rules) pluralRules.set(ctx.locale, rules = new Intl.PluralRules(ctx.locale));
  return ctx.t(`${key}${rules.select(count) === 'one' ? 'One' : 'Other'}` as MessageKey, params);
}

export function whyFunded(ctx: ViewContext, f: Explanation['funded'][number]): string {
  const n = formatters(ctx.locale).number;
  const supporters = { supporters: n.format(f.supporters) };
  if (f.by === 'mes') {
    const paid = `${plural(ctx, 'participation.budget.why.payers', f.payers ?? 0, { payers: n.format(f.payers ?? 0) })}; ${
      plural(ctx, 'participation.budget.why.spentOut', f.payersSpentOut ?? 0, { spentOut: n.format(f.payersSpentOut ?? 0) })}`;
    return plural(ctx, 'participation.budget.why.fundedMes', f.supporters, { ...supporters, round: f.round ?? 1, cost: pesos(ctx, round(f.cost)), paid });
  }
  return plural(ctx, 'participation.budget.why.fundedGreedy', f.supporters, supporters);
}

export function whyNotFunded(ctx: ViewContext, u: Explanation['unfunded'][number], budget: number, title: (id: string) => string): string {
  const n = formatters(ctx.locale).number;
  const base = { supporters: n.format(u.supporters), cost: pesos(ctx, round(u.cost)) };
  switch (u.reason) {
    case 'exceeds-budget': return ctx.t('participation.budget.why.exceedsBudget', { ...base, budget: pesos(ctx, round(budget)) });
    case 'no-supporters': return ctx.t('participation.budget.why.noSupporters');
    case 'greedy-stopped': return ctx.t('participation.budget.why.greedyStopped');
    case 'did-not-fit': return plural(ctx, 'participation.budget.why.didNotFit', u.supporters, { ...base, left: pesos(ctx, round(u.budgetLeft ?? 0)) });
    case 'supporters-short': {
      const money = pesos(ctx, round(u.supportersMoney ?? 0));
      const spentOn = (u.spentOn ?? []).map((s) => s.id);
      return spentOn.length === 0 ? plural(ctx, 'participation.budget.why.supportersShortNone', u.supporters, { ...base, money })
        : plural(ctx, 'participation.budget.why.supportersShort', u.supporters, { ...base, money, spentOn: titles(ctx, spentOn, title) });
    }
  }
}

/** The equal shares, in one sentence (MES only). */
export function sharesText(ctx: ViewContext, e: Explanation): string | null {
  if (!e.shares) return null;
  const n = formatters(ctx.locale).number;
  const nothing = plural(ctx, 'participation.budget.why.spentNothing', e.shares.spentNothing, { nothing: n.format(e.shares.spentNothing) });
  return plural(ctx, 'participation.budget.why.shares', e.shares.voters, { voters: n.format(e.shares.voters), endowment: pesos(ctx, round(e.shares.endowment)),
    median: pesos(ctx, round(e.shares.spent.median)), nothing });
}
