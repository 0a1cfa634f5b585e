// The participatory budget's ballot: a real form (checkboxes with each project's cost; number fields for cumulative
// points) that works without JavaScript — a refused submit comes back (422) with the choices kept, the total and
// what to fix — plus, on knapsack ballots, the counter script (ballot-counter.ts) that updates the live region.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Form } from '../../../../core/views/components/form.js';
import type { VoteWithOptions } from '../../votes/queries.js';
import type { BallotStanding } from '../../votes/views/vote.js';
import { votePath, whenText } from '../../votes/views/common.js';
import { ballotSpend } from '../../votes/budget-ballot.js';
import type { Budget } from '../queries.js';
import { budgetCrumbs, budgetPath, pesos, type ProcessRef } from './common.js';
import { BudgetChoices, ruleText } from './ballot-choices.js';

export const BALLOT_SCRIPT_PATH = '/participacion/presupuestos/votar.js';

export interface BudgetBallotForm { checked: number[]; points?: Record<number, string>; error?: string }

export function BallotPage({ ctx, budget, process, vote, district, standing, form = { checked: [] }, notice }: {
  ctx: ViewContext; budget: Budget; process: ProcessRef; vote: VoteWithOptions; district: string; standing: BallotStanding; form?: BudgetBallotForm; notice?: string;
}) {
  const { t } = ctx;
  const rule = vote.ballotRule!;
  const title = t('participation.budget.ballot.title', { title: vote.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={budgetCrumbs(ctx, budget, process, t('participation.budget.ballot.crumb'))}>
      <h1>{title}</h1>
      {notice && <p class="notice" role="status">{notice}</p>}
      <p class="lead">{ruleText(ctx, vote)}</p>
      <p>{t('participation.vote.period', { opens: whenText(ctx, vote.opensAt), closes: whenText(ctx, vote.closesAt) })}</p>
      {standing === 'canVote' ? <Ballot ctx={ctx} budget={budget} vote={vote} district={district} form={form} /> : <Standing ctx={ctx} budget={budget} vote={vote} standing={standing} />}
      <h2>{t('participation.vote.secrecyTitle')}</h2>
      <p>{t('participation.vote.secrecy')}</p>
      {rule.kind === 'knapsack' && standing === 'canVote' && <script type="module" src={BALLOT_SCRIPT_PATH}></script>}
    </Layout>
  );
}

function Standing({ ctx, budget, vote, standing }: { ctx: ViewContext; budget: Budget; vote: VoteWithOptions; standing: BallotStanding }) {
  const { t } = ctx;
  const here = encodeURIComponent(`${budgetPath(budget.id)}/votar`);
  switch (standing) {
    case 'signIn': return <p class="notice"><a href={`/ingresar?next=${here}`}>{t('participation.ballot.signIn')}</a></p>;
    case 'verify': return <p class="notice">{t('participation.ballot.verify')}</p>;
    case 'notOnList': return <p class="notice">{t('participation.ballot.notOnList')}</p>;
    case 'upcoming': return <p class="notice">{t('participation.ballot.upcoming', { opens: whenText(ctx, vote.opensAt) })}</p>;
    case 'phaseClosed': return <p class="notice">{t('participation.vote.phaseClosed')}</p>;
    case 'voted': return <p class="notice">{t('participation.ballot.voted')}</p>;
    default: return (<p class="notice">
      <a href={`${budgetPath(budget.id)}/resultados`}>{t('participation.ballot.closedSee')}</a> · <a href={`${votePath(vote.id)}/comprobante`}>{t('participation.results.checkLink')}</a>
    </p>);
  }
}

function Ballot({ ctx, budget, vote, district, form }: { ctx: ViewContext; budget: Budget; vote: VoteWithOptions; district: string; form: BudgetBallotForm }) {
  const { t } = ctx;
  const rule = vote.ballotRule!;
  const knapsack = rule.kind === 'knapsack';
  const spent = ballotSpend(vote.options, form.checked);
  const left = BigInt(rule.limit) - spent;
  const template = t('participation.budget.ballot.counter');
  const counter = template.replace('{spent}', pesos(ctx, spent)).replace('{limit}', pesos(ctx, rule.limit)).replace('{left}', pesos(ctx, left > 0n ? left : 0n));
  const legend = t('participation.budget.ballot.legend');
  return (
    <>
      <ErrorSummary ctx={ctx} errors={form.error ? { choice: form.error } : undefined} labels={{ choice: legend }} />
      <Form ctx={ctx} action={ballotPath(budget.id, district)}>
        {knapsack && <p id="budget-counter" class="notice" role="status" aria-live="polite" data-limit={rule.limit} data-template={template}>{counter}</p>}
        <BudgetChoices ctx={ctx} vote={vote} checked={form.checked} points={form.points} error={form.error} />
        <Button>{t('participation.ballot.submit')}</Button>
      </Form>
    </>
  );
}

export const ballotPath = (budgetId: number, district: string) => `${budgetPath(budgetId)}/votar${district ? `?distrito=${district}` : ''}`;
