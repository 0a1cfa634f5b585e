// Results after the close: votes per option as bars and as a table (the same figures, for screen readers and
// copying), turnout against the eligible count, whether the binding rule was met, and the bulletin to recount.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { VoteWithOptions, voteOutcome } from '../queries.js';
import { BindingRule, type ProcessRef, neededTurnout, voteCrumbs, votePath, whenText } from './common.js';

type Outcome = Awaited<ReturnType<typeof voteOutcome>>;

const percent = (part: number, whole: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(whole === 0 ? 0 : (part * 100) / whole);

export function ResultsPage({ ctx, vote, process, outcome }: { ctx: ViewContext; vote: VoteWithOptions; process: ProcessRef | null; outcome: Outcome | null }) {
  const { t } = ctx;
  const title = t('participation.results.title', { title: vote.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={voteCrumbs(ctx, vote, process, t('participation.results.crumb'))}>
      <h1>{title}</h1>
      {outcome ? <Outcome ctx={ctx} vote={vote} outcome={outcome} />
        : <p class="notice">{t('participation.results.notYet', { closes: whenText(ctx, vote.closesAt) })}</p>}
      <h2>{t('participation.vote.bindingTitle')}</h2>
      <BindingRule ctx={ctx} vote={vote} />
    </Layout>
  );
}

function Outcome({ ctx, vote, outcome }: { ctx: ViewContext; vote: VoteWithOptions; outcome: Outcome }) {
  const { t, locale } = ctx;
  const { number } = formatters(locale);
  const totalMarks = outcome.options.reduce((a, o) => a + o.votes, 0);
  const max = Math.max(1, ...outcome.options.map((o) => o.votes));
  const rule = outcome.binding.rule;
  const api = `/api/v1/participation/votes/${vote.id}/bulletin`;
  return (
    <>
      <p class="lead">{vote.eligibleCount
        ? t('participation.results.turnoutOf', { turnout: number.format(outcome.turnout), eligible: number.format(vote.eligibleCount), percent: percent(outcome.turnout, vote.eligibleCount, locale) })
        : t('participation.results.turnout', { turnout: number.format(outcome.turnout) })}</p>
      <p class="notice"><strong>{!rule ? t('participation.results.bindingNoRule') : outcome.binding.met
        ? t('participation.results.bindingMet', { percent: rule.minTurnoutPercent })
        : t('participation.results.bindingNotMet', { percent: rule.minTurnoutPercent, needed: number.format(neededTurnout(rule.minTurnoutPercent, rule.eligibleCount)) })}</strong></p>
      <figure class="chart bars">
        <dl>
          {outcome.options.map((o) => (
            <div class="bar-row">
              <dt>{o.label}</dt>
              <dd>
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={(o.votes / max) * 100} height="10" fill="#1d4f91" />
                </svg>
                <span class="bar-value">{number.format(o.votes)}</span>
              </dd>
            </div>
          ))}
        </dl>
        <figcaption>{t('participation.results.caption')}</figcaption>
      </figure>
      <Table ctx={ctx} caption={t('participation.results.caption')} rows={outcome.options} columns={[
        { header: t('participation.results.option'), cell: (o) => o.label, rowHeader: true },
        { header: t('participation.results.votes'), cell: (o) => number.format(o.votes), numeric: true },
        { header: t('participation.results.share'), cell: (o) => percent(o.votes, totalMarks, locale), numeric: true },
      ]} />
      <h2>{t('participation.results.bulletinTitle')}</h2>
      <p>{t('participation.results.bulletin')}</p>
      <p class="export-links"><a href={`${api}?format=csv`}>{t('participation.results.bulletinCsv')}</a> · <a href={`${api}?format=json`}>{t('participation.results.bulletinJson')}</a>
        {' · '}<a href={`${votePath(vote.id)}/comprobante`}>{t('participation.results.checkLink')}</a></p>
    </>
  );
}
