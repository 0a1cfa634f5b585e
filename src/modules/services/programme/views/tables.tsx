// The programme's tables: per phase (the bars' table), per year (the events, then the phases at each year's end), and
// per incubator and per region, each with its totals row.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Table, type Column } from '../../../../core/views/components/table.js';
import { PHASES, type Phase } from '../../phases.js';
import { launchedIn, type ProgrammeFigures, type YearFigures } from '../figures.js';
import { SERIES } from './charts.js';
import { formatCount, formatDay, registryHref, type ProgrammeQuery } from './parts.js';

export function PhaseTable({ ctx, figures, query }: { ctx: ViewContext; figures: ProgrammeFigures; query: ProgrammeQuery }) {
  const { t } = ctx;
  return <Table<Phase> ctx={ctx} caption={t('services.programme.phaseTableCaption', { date: formatDay(ctx, figures.asOf) })} rows={[...PHASES]} columns={[
    { header: t('services.programme.phase'), rowHeader: true, cell: (p) => <a href={registryHref({ ...query, fase: p })}>{t(`services.phase.${p}`)}</a> },
    { header: t('services.programme.services'), numeric: true, cell: (p) => formatCount(ctx, figures.perPhase[p]) },
  ]} footer={<><th scope="row">{t('services.programme.total')}</th><td class="num">{formatCount(ctx, figures.services)}</td></>} />;
}

export function YearTables({ ctx, figures }: { ctx: ViewContext; figures: ProgrammeFigures }) {
  const { t } = ctx;
  const { years } = figures;
  const year: Column<YearFigures> = { header: t('services.programme.year'), rowHeader: true, cell: (r) => r.year };
  const endOf = (r: YearFigures) => (r.year === years.at(-1)?.year ? formatDay(ctx, figures.asOf) : t('services.programme.dec31'));
  return <>
    <Table ctx={ctx} caption={t('services.programme.eventsCaption')} rows={years} columns={[
      year, ...SERIES.map((s) => ({ header: t(`services.programme.series.${s}`), numeric: true, cell: (r: YearFigures) => formatCount(ctx, r[s]) })),
    ]} footer={<><th scope="row">{t('services.programme.total')}</th>{SERIES.map((s) => <td class="num">{formatCount(ctx, figures[s])}</td>)}</>} />
    <Table ctx={ctx} caption={t('services.programme.phasesByYearCaption')} rows={years} columns={[
      { ...year, cell: (r) => <>{r.year}<span class="cell-note">{endOf(r)}</span></> },
      ...PHASES.map((p) => ({ header: t(`services.phase.${p}`), numeric: true, cell: (r: YearFigures) => formatCount(ctx, r.phases[p]) })),
      { header: t('services.programme.total'), numeric: true, cell: (r) => formatCount(ctx, PHASES.reduce((sum, p) => sum + r.phases[p], 0)) },
    ]} />
  </>;
}

/** A group's row: its figures to date, its name cell and the registry's list of its services (null: the registry has none). */
export interface GroupRow { name: ComponentChildren; registry: string | null; label: string; figures: ProgrammeFigures; extra?: ComponentChildren }

export function GroupTable({ ctx, caption, header, extraHeader, rows, total }: {
  ctx: ViewContext; caption: string; header: string; extraHeader?: string; rows: GroupRow[]; total: ProgrammeFigures;
}) {
  const { t } = ctx;
  const thisYear = Number(total.asOf.slice(0, 4));
  const count = (f: ProgrammeFigures, key: 'live' | (typeof SERIES)[number]) => formatCount(ctx, f[key]);
  return <Table<GroupRow> ctx={ctx} caption={caption} rows={rows} columns={[
    { header, rowHeader: true, cell: (r) => r.name },
    ...(extraHeader ? [{ header: extraHeader, cell: (r: GroupRow) => r.extra }] : []),
    { header: t('services.programme.services'), numeric: true, cell: (r) => (r.figures.services === 0 || !r.registry ? formatCount(ctx, r.figures.services)
      : <a href={r.registry} aria-label={t('services.programme.servicesOf', { count: r.figures.services, name: r.label })}>{formatCount(ctx, r.figures.services)}</a>) },
    { header: t('services.programme.live'), numeric: true, cell: (r) => count(r.figures, 'live') },
    { header: t('services.programme.launchedIn', { year: thisYear }), numeric: true, cell: (r) => formatCount(ctx, launchedIn(r.figures, thisYear)) },
    ...SERIES.map((s) => ({ header: t(`services.programme.toDate.${s}`), numeric: true, cell: (r: GroupRow) => count(r.figures, s) })),
  ]} footer={<>
    <th scope="row">{t('services.programme.total')}</th>
    {extraHeader && <td />}
    <td class="num">{formatCount(ctx, total.services)}</td>
    <td class="num">{count(total, 'live')}</td>
    <td class="num">{formatCount(ctx, launchedIn(total, thisYear))}</td>
    {SERIES.map((s) => <td class="num">{count(total, s)}</td>)}
  </>} />;
}
