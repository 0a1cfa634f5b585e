// The projects of a budget ballot as form fields, shared by the online ballot (ballot-page.tsx) and the official's
// paper ballot (votes/views/lists.tsx, voto asistido): checkboxes with each project's cost, or on cumulative ballots one
// points field per project ("p<option id>", read by budgets/form.ts readBallotForm), so a paper ballot carries exactly
// what an online one does.
import type { ViewContext } from '../../../../core/views/context.js';
import type { VoteWithOptions } from '../../votes/queries.js';
import { pesos } from './common.js';

/** What the ballot's rule lets a voter do, in one sentence (the lead of the ballot page, the hint of the paper form). */
export function ruleText(ctx: ViewContext, vote: VoteWithOptions): string {
  const { t } = ctx;
  const rule = vote.ballotRule!;
  const count = rule.maxProjects ? t('participation.budget.rule.upTo', { max: rule.maxProjects }) : '';
  if (rule.kind === 'cumulative') return `${t('participation.budget.rule.cumulative', { points: rule.points ?? 0 })}${count}`;
  if (rule.kind === 'approval') return `${t('participation.budget.rule.approval')}${count}`;
  const min = rule.minSpend && rule.minSpend !== '0' ? t('participation.budget.rule.minSpend', { min: pesos(ctx, rule.minSpend) }) : '';
  return `${t('participation.budget.rule.knapsack', { limit: pesos(ctx, rule.limit) })}${min}${count}`;
}

export function BudgetChoices({ ctx, vote, checked, points, error, hint }: {
  ctx: ViewContext; vote: VoteWithOptions; checked: number[]; points?: Record<number, string>; error?: string; hint?: string;
}) {
  const { t } = ctx;
  const rule = vote.ballotRule!;
  const described = [hint ? 'f-choice-hint' : '', error ? 'f-choice-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset id="f-choice" class={`field${error ? ' field-error' : ''}`} aria-describedby={described || undefined}>
      <legend>{t('participation.budget.ballot.legend')}</legend>
      {hint && <p class="hint" id="f-choice-hint">{hint}</p>}
      {error && <p class="error-message" id="f-choice-error">{error}</p>}
      {vote.options.map((o) => rule.kind === 'cumulative'
        ? <div class="field"><label for={`f-p${o.id}`}>{t('participation.budget.ballot.pointsFor', { title: o.label, cost: pesos(ctx, o.cost ?? '0') })}</label>
          <input id={`f-p${o.id}`} name={`p${o.id}`} type="number" min="0" max={String(rule.points ?? 0)} inputMode="numeric" value={points?.[o.id] ?? ''} /></div>
        : <div><label class="inline"><input type="checkbox" name="choice" value={String(o.id)} data-cost={o.cost} checked={checked.includes(o.id)} />
          {' '}{o.label} — <strong>{pesos(ctx, o.cost ?? '0')}</strong></label></div>)}
    </fieldset>
  );
}
