// "Mis ofertas": a representative's bids across the suppliers they represent, with the state, the deadline and the
// time left in words, the documents' count and size (their names are sealed too), the price once opened, and a
// withdraw button while the bid may still be withdrawn; once the lot is decided, the outcome and its award report. Cards rather than a table: eight columns do not fit a phone,
// and a bidder reads one bid at a time.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { PostButton } from '../../../../core/views/components/form.js';
import { EmptyState, Pagination } from '../../../../core/views/components/table.js';
import type { MyBid } from '../queries.js';
import { MY_BIDS_PATH, callPath, isWithdrawable } from '../present.js';
import { reportPath } from '../../evaluation/present.js';
import { BidStateTag, formatInstant, formatPesos, formatSize, timeLeft } from './parts.js';

export function MyBidsPage({ ctx, bids, next, firstPage, now }: { ctx: ViewContext; bids: MyBid[]; next: string | null; firstPage: boolean; now: Date }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('procurement.bid.mine.title')} breadcrumbs={[{ href: '/compras', label: t('procurement.bid.crumb.marketplace') }, { label: t('procurement.bid.mine.title') }]}>
      <h1>{t('procurement.bid.mine.title')}</h1>
      <p class="lead">{t('procurement.bid.mine.lead')}</p>
      {bids.length === 0 && firstPage
        ? <><EmptyState>{t('procurement.bid.mine.empty')}</EmptyState><p><a href="/compras">{t('procurement.bid.mine.browse')}</a></p></>
        : <ul class="card-grid" aria-label={t('procurement.bid.mine.caption')}>{bids.map((b) => <BidCard ctx={ctx} bid={b} now={now} />)}</ul>}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={firstPage} />
    </Layout>
  );
}

function BidCard({ ctx, bid: b, now }: { ctx: ViewContext; bid: MyBid; now: Date }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h2>{t('procurement.bid.lotLabel', { number: b.lotNumber, title: b.lotTitle })}</h2>
      <p><a href={callPath(b.institutionSlug, b.callId)}>{b.callTitle}</a><br /><span class="hint">{b.institutionName}</span></p>
      <dl class="facts">
        <div><dt>{t('procurement.bid.col.supplier')}</dt><dd>{b.supplierName}</dd></div>
        <div><dt>{t('procurement.bid.col.state')}</dt><BidOutcome ctx={ctx} bid={b} /></div>
        <div><dt>{t('procurement.bid.col.submittedAt')}</dt><dd>{formatInstant(ctx, b.submittedAt)}</dd></div>
        <div><dt>{t('procurement.bid.col.deadline')}</dt><dd>{formatInstant(ctx, b.bidsUntil)}</dd><dd class="hint">{timeLeft(ctx, b.bidsUntil, now)}</dd></div>
        <div><dt>{t('procurement.bid.col.documents')}</dt><dd>{b.documents === 0 ? t('procurement.bid.noDocuments')
          : t('procurement.bid.documents', { count: b.documents, size: formatSize(ctx, b.documentBytes) })}</dd></div>
        <div><dt>{t('procurement.bid.col.price')}</dt><dd>{b.openedAt && b.price !== null ? formatPesos(ctx, b.price) : t('procurement.bid.mine.sealed')}</dd></div>
      </dl>
      {isWithdrawable(b, now) && <p><PostButton ctx={ctx} action={`${MY_BIDS_PATH}/${b.id}/retirar`} label={t('procurement.bid.mine.withdraw', { number: b.lotNumber })} /></p>}
    </li>
  );
}

/** Once the lot is decided, what came of the bid (and the report that says why); before, the bid's own state. */
function BidOutcome({ ctx, bid: b }: { ctx: ViewContext; bid: MyBid }) {
  const { t } = ctx;
  if (b.state === 'withdrawn' || !['standstill', 'awarded', 'deserted', 'cancelled'].includes(b.lotState)) return <dd><BidStateTag ctx={ctx} bid={b} /></dd>;
  const outcome = b.lotState === 'deserted' ? t('procurement.bid.outcome.deserted') : b.lotState === 'cancelled' ? t('procurement.bid.outcome.cancelled')
    : b.awardRank !== null ? t('procurement.bid.outcome.awarded', { rank: b.awardRank }) : t('procurement.bid.outcome.notAwarded');
  // A cancelled lot has no award report (evaluation/report.ts publishes one for standstill, awarded and deserted lots).
  return <>
    <dd><span class="tag">{outcome}</span></dd>
    {b.lotState !== 'cancelled' && <dd class="hint"><a href={reportPath(b.institutionSlug, b.callId, b.lotNumber)}>{t('procurement.bid.outcome.report', { number: b.lotNumber })}</a></dd>}
  </>;
}
