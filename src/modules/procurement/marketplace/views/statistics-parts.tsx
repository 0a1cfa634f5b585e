// The statistics pages' shared pieces: the choice of year and of pending awards (links), the headline figures with
// their bars, the tables by group (shares of the awarded amount; competition) and the notes on how it is counted.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Table, type Column } from '../../../../core/views/components/table.js';
import { SHARE_KINDS, type ShareKind, type StatisticsRow } from '../statistics.js';
import { ChoiceTabs, ShareBars, formatNumber, formatPesos, formatShare, shareLabel } from './parts.js';

/** The kinds shown in the bars and the tables by group; micro, small and medium stay in the per-kind table and the CSV. */
export const HEADLINE_KINDS: readonly ShareKind[] = ['sme', 'cooperative', 'association', 'jointVenture', 'localComuna', 'localRegion'];

export interface StatisticsChoice { year: number | null; pending: boolean }

/** The page's URL with a choice changed (the other choices kept). */
export function withChoice(path: string, choice: StatisticsChoice, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  if (choice.year !== null) params.set('anio', String(choice.year));
  if (choice.pending) params.set('pendientes', '1');
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

export function ChoiceBar({ ctx, path, years, choice, extra = {} }: { ctx: ViewContext; path: string; years: number[]; choice: StatisticsChoice; extra?: Record<string, string> }) {
  const { t } = ctx;
  return <>
    <ChoiceTabs ctx={ctx} label={t('procurement.marketplace.stats.years')} choices={[
      { label: t('procurement.marketplace.stats.allYears'), href: withChoice(path, { ...choice, year: null }, extra), current: choice.year === null },
      ...years.map((y) => ({ label: String(y), href: withChoice(path, { ...choice, year: y }, extra), current: choice.year === y })),
    ]} />
    <p>
      {choice.pending ? t('procurement.marketplace.stats.withPending') : t('procurement.marketplace.stats.activeOnly')}{' '}
      <a href={withChoice(path, { ...choice, pending: !choice.pending }, extra)}>
        {choice.pending ? t('procurement.marketplace.stats.showActiveOnly') : t('procurement.marketplace.stats.showWithPending')}
      </a>
    </p>
  </>;
}

const yearText = (ctx: ViewContext, year: number | null) => (year === null ? ctx.t('procurement.marketplace.stats.allYearsText') : String(year));

/** The headline: where the awarded money went, and how much competition there was. */
export function Headline({ ctx, row, year }: { ctx: ViewContext; row: StatisticsRow; year: number | null }) {
  const { t, locale } = ctx;
  return <>
    <dl class="facts">
      <div><dt>{t('procurement.marketplace.stat.awardedAmount')}</dt><dd>{formatPesos(row.awardedAmount, locale)}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.awards')}</dt><dd>{formatNumber(row.awards, locale)}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.lotsCompeted')}</dt><dd>{formatNumber(row.lotsCompeted, locale)}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.meanBidders')}</dt><dd>{formatNumber(row.meanBidders, locale)}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.medianBidders')}</dt><dd>{formatNumber(row.medianBidders, locale)}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.singleBidderShare')}</dt>
        <dd>{t('procurement.marketplace.stat.countShare', { count: row.lotsSingleBidder, share: formatShare(row.singleBidderShare, locale) })}</dd></div>
      <div><dt>{t('procurement.marketplace.stat.lotsDeserted')}</dt><dd>{formatNumber(row.lotsDeserted, locale)}</dd></div>
    </dl>
    {row.awardedAmount > 0 && <ShareBars ctx={ctx} shares={row.shares} kinds={HEADLINE_KINDS}
      caption={t('procurement.marketplace.stats.barsCaption', { year: yearText(ctx, year) })} />}
  </>;
}

/** One row's awards by kind of supplier: how many, how much, what part of the amount. */
export function KindTable({ ctx, row, year }: { ctx: ViewContext; row: StatisticsRow; year: number | null }) {
  const { t, locale } = ctx;
  return <Table<ShareKind> ctx={ctx} caption={t('procurement.marketplace.stats.kindCaption', { year: yearText(ctx, year) })} rows={[...SHARE_KINDS]} columns={[
    { header: t('procurement.marketplace.stats.supplierKind'), cell: (k) => shareLabel(ctx, k), rowHeader: true },
    { header: t('procurement.marketplace.stat.awards'), cell: (k) => formatNumber(row.shares[k].count, locale), numeric: true },
    { header: t('procurement.marketplace.stat.amount'), cell: (k) => formatPesos(row.shares[k].amount, locale), numeric: true },
    { header: t('procurement.marketplace.stat.shareOfAmount'), cell: (k) => formatShare(row.shares[k].share, locale), numeric: true },
  ]} footer={<>
    <th scope="row">{t('procurement.marketplace.stats.total')}</th><td class="num">{formatNumber(row.awards, locale)}</td>
    <td class="num">{formatPesos(row.awardedAmount, locale)}</td><td class="num">{formatShare(row.awardedAmount > 0 ? 1 : null, locale)}</td>
  </>} />;
}

/** Rows by group (region, institution, year): the shares table and the competition table, each with its total. */
export function GroupTables({ ctx, rows, total, groupHeader, groupCell, captions }: {
  ctx: ViewContext; rows: StatisticsRow[]; total: StatisticsRow | null; groupHeader: string;
  groupCell: (r: StatisticsRow) => ComponentChildren; captions: { shares: string; competition: string };
}) {
  const { t, locale } = ctx;
  const group: Column<StatisticsRow> = { header: groupHeader, cell: groupCell, rowHeader: true };
  const totalHeader = <th scope="row">{t('procurement.marketplace.stats.total')}</th>;
  const shareCells = (r: StatisticsRow) => [formatNumber(r.awards, locale), formatPesos(r.awardedAmount, locale), ...HEADLINE_KINDS.map((k) => formatShare(r.shares[k].share, locale))];
  const competitionCells = (r: StatisticsRow) => [formatNumber(r.lotsCompeted, locale), formatNumber(r.meanBidders, locale), formatNumber(r.medianBidders, locale),
    t('procurement.marketplace.stat.countShare', { count: r.lotsSingleBidder, share: formatShare(r.singleBidderShare, locale) }), formatNumber(r.lotsDeserted, locale)];
  const columnsOf = (headers: string[], cells: (r: StatisticsRow) => string[]) =>
    [group, ...headers.map((header, k): Column<StatisticsRow> => ({ header, cell: (r) => cells(r)[k], numeric: true }))];
  return <>
    <Table ctx={ctx} caption={captions.shares} rows={rows}
      columns={columnsOf([t('procurement.marketplace.stat.awards'), t('procurement.marketplace.stat.awardedAmount'), ...HEADLINE_KINDS.map((k) => shareLabel(ctx, k))], shareCells)}
      footer={total && <>{totalHeader}{shareCells(total).map((c) => <td class="num">{c}</td>)}</>} />
    <Table ctx={ctx} caption={captions.competition} rows={rows}
      columns={columnsOf([t('procurement.marketplace.stat.lotsCompeted'), t('procurement.marketplace.stat.meanBidders'), t('procurement.marketplace.stat.medianBidders'),
        t('procurement.marketplace.stat.singleBidderShare'), t('procurement.marketplace.stat.lotsDeserted')], competitionCells)}
      footer={total && <>{totalHeader}{competitionCells(total).map((c) => <td class="num">{c}</td>)}</>} />
  </>;
}

export function CountingNotes({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="como-se-cuenta">
      <h2 id="como-se-cuenta">{t('procurement.marketplace.stats.notesTitle')}</h2>
      <ul>
        {(['year', 'awards', 'bidders', 'sme', 'local'] as const).map((n) => <li>{t(`procurement.marketplace.stats.note.${n}`)}</li>)}
      </ul>
    </section>
  );
}
