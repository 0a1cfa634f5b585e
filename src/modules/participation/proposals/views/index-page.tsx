// /participacion/procesos/{id}/propuestas: the proposals of a process as cards (title, state, supports, author), a GET
// filter form (words, state, topic, order), cursor pagination and CSV/JSON links of the same filtered list.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { PROPOSAL_CATEGORIES } from '../schema.js';
import { PUBLIC_STATES } from '../lifecycle.js';
import { PROPOSAL_SORTS, type ProposalFilter, type ProposalRow } from '../queries.js';
import { proposalUrl } from '../present.js';
import { canAnswerProposals } from '../policy.js';
import { supportsLabel } from './proposal-page.js';

export const indexPath = (processId: number | string) => `/participacion/procesos/${processId}/propuestas`;

export function ProposalIndexPage({ ctx, process, filter, rows, next, threshold, canWrite }: {
  ctx: ViewContext; process: { id: number; title: string; institutionId: number }; filter: ProposalFilter & { cursor?: string };
  rows: ProposalRow[]; next: string | null; threshold: number; canWrite: boolean;
}) {
  const { t } = ctx;
  const { date, number } = formatters(ctx.locale);
  const official = canAnswerProposals(ctx.actor, process.institutionId);
  const states = official ? [...PUBLIC_STATES, 'held' as const] : PUBLIC_STATES;
  const base = indexPath(process.id);
  return (
    <Layout ctx={ctx} title={t('participation.proposal.ofProcess', { process: process.title })} breadcrumbs={[
      { href: '/participacion', label: t('participation.title') }, { href: `/participacion/procesos/${process.id}`, label: process.title },
      { label: t('participation.proposal.heading') }]}>
      <h1>{t('participation.proposal.ofProcess', { process: process.title })}</h1>
      <p class="lead">{t('participation.proposal.lead', { threshold: number.format(threshold) })}</p>
      {canWrite && <p><a class="button button-primary" href={`${base}/nueva`}>{t('participation.proposal.new')}</a></p>}
      {official && <p><a href={`${base}?state=held`}>{t('participation.proposal.reviewQueue')}</a></p>}
      <Form ctx={ctx} action={base} method="get" class="filters">
        <Field name="q" type="search" label={t('participation.proposal.q')} value={filter.q} />
        <Select name="state" label={t('participation.proposal.state')} value={filter.state ?? ''} options={[
          { value: '', label: t('participation.proposal.allStates') }, ...states.map((s) => ({ value: s, label: t(`participation.proposal.state.${s}`) }))]} />
        <Select name="category" label={t('participation.proposal.category')} value={filter.category ?? ''} options={[
          { value: '', label: t('participation.proposal.allCategories') }, ...PROPOSAL_CATEGORIES.map((c) => ({ value: c, label: t(`participation.proposal.category.${c}`) }))]} />
        <Select name="sort" label={t('participation.proposal.sort')} value={filter.sort} options={PROPOSAL_SORTS.map((s) => ({ value: s, label: t(`participation.proposal.sort.${s}`) }))} />
        <Button variant="secondary">{t('participation.proposal.filter')}</Button>
      </Form>
      {rows.length === 0 ? <EmptyState>{t('participation.proposal.none')}</EmptyState> : (
        <ol class="card-grid">
          {rows.map((r) => (
            <li class="card">
              <h2><a href={proposalUrl(r.id)}>{r.title}</a></h2>
              <p><span class="tag">{t(`participation.proposal.state.${r.state}`)}</span> <span class="tag">{t(`participation.proposal.category.${r.category}`)}</span></p>
              <p><strong>{supportsLabel(ctx, r.supportsCount)}</strong></p>
              <p class="hint">{t('participation.proposal.by', { author: r.authorName, date: date.format(r.createdAt) })}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!filter.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}
