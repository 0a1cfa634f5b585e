// A lot's bids: sealed until the deadline (a notice, not even a count), then, for the institution's procurement
// officials, every opened bid with its answers and documents; once the lot is awarded, the public list of who bid and
// for how much (policy.ts says who sees what, and why).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { PostButton } from '../../../../core/views/components/form.js';
import { EmptyState, Table } from '../../../../core/views/components/table.js';
import type { AnsweredCriterion, BidLot, OpenedBid } from '../queries.js';
import { bidDocumentPath, lotBidsPath } from '../present.js';
import { callCrumbs, formatInstant, formatPesos, formatSize } from './parts.js';
import { printRut } from '../../suppliers/views/parts.js';

export type LotBidsView =
  | { kind: 'sealed' }
  | { kind: 'due'; canOpen: boolean }
  | { kind: 'opened'; bids: OpenedBid[]; full: boolean; criteria: AnsweredCriterion[] };

export function LotBidsPage({ ctx, lot, view }: { ctx: ViewContext; lot: BidLot; view: LotBidsView }) {
  const { t } = ctx;
  const path = lotBidsPath(lot.institutionSlug, lot.callId, lot.number);
  return (
    <Layout ctx={ctx} title={t('procurement.bid.lot.title', { number: lot.number })} institution={{ slug: lot.institutionSlug, name: lot.institutionName }}
      breadcrumbs={[...callCrumbs(ctx, lot), { label: t('procurement.bid.lot.title', { number: lot.number }) }]}>
      <h1>{t('procurement.bid.lot.title', { number: lot.number })}<span class="subtitle">{lot.title} · {lot.callTitle}</span></h1>
      {view.kind === 'sealed' && <p class="notice">{t('procurement.bid.lot.sealed', { deadline: formatInstant(ctx, lot.bidsUntil) })}</p>}
      {view.kind === 'due' && <>
        <p class="notice">{t('procurement.bid.lot.dueForOpening')}</p>
        {view.canOpen && <PostButton ctx={ctx} action={`${path}/abrir`} label={t('procurement.bid.lot.openNow')} />}
      </>}
      {view.kind === 'opened' && <OpenedBids ctx={ctx} path={path} {...view} />}
    </Layout>
  );
}

function OpenedBids({ ctx, path, bids, full, criteria }: { ctx: ViewContext; path: string; bids: OpenedBid[]; full: boolean; criteria: AnsweredCriterion[] }) {
  const { t } = ctx;
  if (bids.length === 0) return <EmptyState>{t('procurement.bid.lot.none')}</EmptyState>;
  return <>
    {!full && <p class="notice">{t('procurement.bid.lot.publicNote')}</p>}
    <Table ctx={ctx} caption={t('procurement.bid.lot.caption')} rows={bids} columns={[
      { header: t('procurement.bid.col.supplier'), rowHeader: true, cell: (b) => (full ? <a href={`#bid-${b.id}`}>{b.supplierName}</a> : b.supplierName) },
      { header: t('procurement.bid.col.rut'), cell: (b) => (b.supplierRut ? printRut(b.supplierRut) : '—') },
      { header: t('procurement.bid.col.price'), numeric: true, cell: (b) => formatPesos(ctx, b.price) },
      { header: t('procurement.bid.col.submittedAt'), cell: (b) => formatInstant(ctx, b.submittedAt) },
    ]} />
    {full && bids.map((b) => (
      <section id={`bid-${b.id}`} aria-labelledby={`bid-${b.id}-h`}>
        <h2 id={`bid-${b.id}-h`}>{b.supplierName} · {formatPesos(ctx, b.price)}</h2>
        <h3>{t('procurement.bid.lot.answers')}</h3>
        <dl>
          {criteria.map((c) => <><dt><strong>{c.name}</strong></dt><dd>{(b.answers[String(c.id)] ?? '—').split(/\n\s*\n/).map((p) => <p>{p}</p>)}</dd></>)}
        </dl>
        <h3>{t('procurement.bid.col.documents')}</h3>
        {b.documents.length === 0 ? <p>{t('procurement.bid.noDocuments')}</p> : (
          <ul>{b.documents.map((d, i) => <li><a href={bidDocumentPath(path, b.id, d.id)}>{t('procurement.bid.lot.document', { n: i + 1, size: formatSize(ctx, d.size) })}</a></li>)}</ul>
        )}
      </section>
    ))}
  </>;
}
