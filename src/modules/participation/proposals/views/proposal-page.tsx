// /participacion/propuestas/{id}: the proposal, its supports with the support/withdraw button for those who may (and
// for the others, what they lack and where to get it), the official answer, the public history, the link to its
// debate and the follow button; for officials, the answer form and, while held, the review.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Field, Form, PostButton } from '../../../../core/views/components/form.js';
import { formatters } from '../../../../core/i18n/index.js';
import { FollowButton } from '../../notifications/follow-button.js';
import { acceptsSupports, next } from '../lifecycle.js';
import { canAnswerProposals } from '../policy.js';
import { proposalUrl } from '../present.js';
import type { ProposalDetail, proposalHistory } from '../queries.js';
import { AnswerForm, type FormState } from './forms.js';
import { indexPath } from './index-page.js';

export interface SupportBox {
  threshold: number;
  /** 'can': the button; otherwise why not. */
  status: 'can' | 'signIn' | 'verify' | 'confirmEmail' | 'closed';
  supported: boolean;
}

export function ProposalPage({ ctx, proposal, history, support, following, answerForm }: {
  ctx: ViewContext; proposal: ProposalDetail; history: Awaited<ReturnType<typeof proposalHistory>>; support: SupportBox; following: boolean; answerForm?: FormState;
}) {
  const { t } = ctx;
  const { date, dateTime, number } = formatters(ctx.locale);
  const url = proposalUrl(proposal.id);
  const official = canAnswerProposals(ctx.actor, proposal.institutionId);
  const cost = proposal.estimatedCost === null ? null
    : new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: 'CLP', maximumFractionDigits: 0 }).format(proposal.estimatedCost);
  return (
    <Layout ctx={ctx} title={proposal.title} breadcrumbs={[
      { href: '/participacion', label: t('participation.title') }, { href: `/participacion/procesos/${proposal.processId}`, label: proposal.processTitle },
      { href: indexPath(proposal.processId), label: t('participation.proposal.heading') }, { label: proposal.title }]}>
      <h1>{proposal.title}</h1>
      <p><span class="tag">{t(`participation.proposal.state.${proposal.state}`)}</span> <span class="tag">{t(`participation.proposal.category.${proposal.category}`)}</span></p>
      <p class="hint">{proposal.association
        ? t('participation.proposal.byFor', { author: proposal.authorName, association: proposal.association, date: date.format(proposal.createdAt) })
        : t('participation.proposal.by', { author: proposal.authorName, date: date.format(proposal.createdAt) })}</p>
      {proposal.state === 'held' && <p class="notice">{t('participation.proposal.heldNotice')}</p>}
      {proposal.body.split(/\n\s*\n/).map((para) => <p>{para}</p>)}
      <FollowButton ctx={ctx} subject={{ type: 'proposal', id: proposal.id }} following={following} back={url} />

      <h2>{t('participation.proposal.supports')}</h2>
      <p><strong id="supports-count">{supportsLabel(ctx, proposal.supportsCount)}</strong>
        {proposal.thresholdReachedAt && <> · {t('participation.proposal.thresholdReached', { threshold: number.format(support.threshold) })}</>}
        {proposal.state === 'published' && <> · {t('participation.proposal.supportsOf', {
          missing: number.format(Math.max(0, support.threshold - proposal.supportsCount)), threshold: number.format(support.threshold) })}</>}</p>
      <SupportControl ctx={ctx} proposal={proposal} support={support} />

      {proposal.answer !== null && (
        <section aria-labelledby="answer">
          <h2 id="answer">{t('participation.proposal.answer')}</h2>
          {proposal.answer.split(/\n\s*\n/).map((para) => <p>{para}</p>)}
          {cost && <p>{t('participation.proposal.estimatedCost', { cost })}</p>}
          {proposal.answeredAt && <p class="hint">{t('participation.proposal.answeredBy', { official: proposal.answeredByName ?? '', date: date.format(proposal.answeredAt) })}</p>}
        </section>
      )}
      {official && next(proposal.state, 'answer.evaluation') && <AnswerForm ctx={ctx} proposalId={proposal.id} form={answerForm} />}
      {official && proposal.state === 'held' && (
        <section aria-labelledby="review">
          <h2 id="review">{t('participation.proposal.review')}</h2>
          <Form ctx={ctx} action={`${url}/revision`}>
            <Field name="note" label={t('participation.proposal.reviewNote')} value="" required />
            {(['publish', 'discard'] as const).map((decision) => (
              <button type="submit" name="decision" value={decision} class={`button button-${decision === 'publish' ? 'primary' : 'secondary'}`}>
                {t(`participation.proposal.${decision}`)}</button>
            ))}
          </Form>
        </section>
      )}

      <h2>{t('participation.proposal.history')}</h2>
      <Table ctx={ctx} caption={t('participation.proposal.historyCaption')} rows={history} columns={[
        { header: t('participation.proposal.history.when'), cell: (r) => <time dateTime={r.at.toISOString()}>{dateTime.format(r.at)}</time> },
        { header: t('participation.proposal.history.change'), cell: (r) => (r.fromState
          ? `${t(`participation.proposal.state.${r.fromState}`)} → ${t(`participation.proposal.state.${r.toState}`)}`
          : t('participation.proposal.history.created', { state: t(`participation.proposal.state.${r.toState}`) })) },
        { header: t('participation.proposal.history.who'), cell: (r) => r.officialName
          ?? t(r.fromState ? 'participation.proposal.history.system' : 'participation.proposal.history.author') },
        { header: t('participation.proposal.history.note'), cell: (r) => r.note ?? '' },
      ]} />
      <p><a href={`${url}/debate`}>{t('participation.proposal.debate')}</a> · <a href={indexPath(proposal.processId)}>{t('participation.proposal.back')}</a>
        {' · '}<a href={`/api/v1/participation/proposals/${proposal.id}`}>{t('participation.proposal.api')}</a></p>
    </Layout>
  );
}

/** "1 apoyo", "12 apoyos". */
export const supportsLabel = (ctx: ViewContext, count: number) => (count === 1 ? ctx.t('participation.proposal.supportsOne')
  : ctx.t('participation.proposal.supportsCount', { count: formatters(ctx.locale).number.format(count) }));

function SupportControl({ ctx, proposal, support }: { ctx: ViewContext; proposal: ProposalDetail; support: SupportBox }) {
  const { t } = ctx;
  const url = proposalUrl(proposal.id);
  if (!acceptsSupports(proposal.state) || support.status === 'closed') return <p>{t('participation.proposal.supportsClosed')}</p>;
  if (support.status === 'signIn') return <p><a href={`/ingresar?next=${encodeURIComponent(url)}`}>{t('participation.proposal.signInToSupport')}</a></p>;
  if (support.status === 'confirmEmail') return <p class="notice"><a href="/cuenta">{t('participation.proposal.confirmEmailToSupport')}</a></p>;
  if (support.status === 'verify') {
    return (
      <p class="notice">{t('participation.proposal.verifyToSupport')}{' '}
        <a href={`/instituciones/${proposal.institutionSlug}/claveunica/ingresar?next=${encodeURIComponent(url)}`}>{t('participation.proposal.verifyLink')}</a></p>
    );
  }
  return (
    <>
      {support.supported && <p>{t('participation.proposal.youSupport')}</p>}
      <PostButton ctx={ctx} action={`${url}/apoyo${support.supported ? '/retirar' : ''}`}
        label={t(support.supported ? 'participation.proposal.withdraw' : 'participation.proposal.support')} variant="secondary" />
    </>
  );
}
