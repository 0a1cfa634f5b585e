// Pieces the observatory's public pages share: number formats (one decimal, es-CL "62,3"), the group badge (letter
// and name, never colour alone), the map fills and legend, the year selector, the ranking table and the links to
// the rest of the observatory.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { Button, Select } from '../../../../core/views/components/form.js';
import { Table, type Column } from '../../../../core/views/components/table.js';
import type { ComunaFill, MapLegendItem } from '../../maps/index.js';
import { GROUPS, type Group } from '../../index/schema.js';
import type { ScoreRow } from '../queries.js';
import { INDEX_API, OBSERVATORY_PATH, municipalityPath, regionPath } from '../present.js';

const decimals = new Map<string, Intl.NumberFormat>();
/** A figure with `digits` decimals in the reader's language (es-CL: "62,3"). */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const key = `${locale}:${digits}`;
  let f = decimals.get(key);
  if (!f) decimals.set(key, f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return f.format(value);
}

export const formatScore = (ctx: ViewContext, score: number | null) => (score === null ? '—' : formatNumber(score, ctx.locale));
export const formatPercent = (ctx: ViewContext, share: number | null) => (share === null ? '—' : `${formatNumber(share * 100, ctx.locale, 0)} %`);
/** "+1,2", "−0,5" (a real minus sign), "0,0" or "—". */
export function formatChange(ctx: ViewContext, change: number | null, digits = 1): string {
  if (change === null) return '—';
  const rounded = Number(change.toFixed(digits));
  const text = formatNumber(Math.abs(rounded), ctx.locale, digits);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

export const groupName = (ctx: ViewContext, group: Group | null) => ctx.t(`observatory.group.${group ?? 'none'}`);
export const peerName = (ctx: ViewContext, peer: string | null) => (peer ? ctx.t(`observatory.peer.${peer}` as MessageKey) : '—');
export const pillarName = (ctx: ViewContext, pillar: string) => ctx.t(`observatory.pillar.${pillar}` as MessageKey);
export const indicatorName = (ctx: ViewContext, code: string) => ctx.t(`observatory.indicator.${code}.name` as MessageKey);

/** The group as a letter in a badge plus its name for screen readers and on hover: the colour only repeats it. */
export function GroupBadge({ ctx, group, decorative }: { ctx: ViewContext; group: Group | null; decorative?: boolean }) {
  return <span class={`obs-group obs-group-${(group ?? 'none').toLowerCase()}`} title={decorative ? undefined : groupName(ctx, group)}>
    <span aria-hidden="true">{group ?? '–'}</span>{!decorative && <span class="obs-sr">{groupName(ctx, group)}</span>}
  </span>;
}

/** The text alternative of a comuna on the map: "Temuco: 62,3 puntos, grupo B, lugar 12 de 345" or "…: sin puntaje". */
export function describeComuna(ctx: ViewContext, r: ScoreRow, ranked: number): string {
  return r.score === null || r.rank === null || r.group === null
    ? ctx.t('observatory.pages.map.noScore', { name: r.name })
    : ctx.t('observatory.pages.map.label', { name: r.name, score: formatScore(ctx, r.score), group: r.group, rank: r.rank, ranked });
}

export function fillsOf(ctx: ViewContext, rows: readonly ScoreRow[], ranked: number): Map<string, ComunaFill> {
  return new Map(rows.map((r) => [r.cut, {
    className: r.group ? `map-group-${r.group.toLowerCase()}` : 'map-no-data', label: describeComuna(ctx, r, ranked), href: municipalityPath(r.cut),
  }]));
}

export const groupLegend = (ctx: ViewContext): MapLegendItem[] => [
  ...GROUPS.map((g) => ({ className: `map-group-${g.toLowerCase()}`, label: groupName(ctx, g) })),
  { className: 'map-no-data', label: groupName(ctx, null) },
];

export const countRanked = (rows: readonly ScoreRow[]) => rows.filter((r) => r.rank !== null).length;

/** A GET form choosing the year (and keeping the page's other filters as they were). */
export function YearForm({ ctx, action, years, year }: { ctx: ViewContext; action: string; years: number[]; year: number }) {
  if (years.length < 2) return null;
  return (
    <form method="get" action={action} class="filters obs-year" aria-label={ctx.t('observatory.pages.year.form')}>
      <Select name="anio" label={ctx.t('observatory.pages.year.label')} value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <Button variant="secondary">{ctx.t('observatory.pages.year.apply')}</Button>
    </form>
  );
}

export type RankingColumn = 'region' | 'peerGroup' | 'coverage' | 'change';

/** The results table: rank, municipality (linked), its region, peer group, score, group, coverage and change. */
export function RankingTable({ ctx, caption, rows, pillar, omit = [] }: {
  ctx: ViewContext; caption: string; rows: ScoreRow[]; pillar?: string; omit?: RankingColumn[];
}) {
  const { t } = ctx;
  const columns: Array<Column<ScoreRow> & { key?: RankingColumn }> = [
    { header: t(pillar ? 'observatory.pages.col.indexRank' : 'observatory.pages.col.rank'), cell: (r) => r.rank ?? '—', numeric: true },
    { header: t('observatory.pages.col.municipality'), cell: (r) => <a href={municipalityPath(r.cut)}>{r.name}</a>, rowHeader: true },
    { key: 'region', header: t('observatory.pages.col.region'), cell: (r) => <a href={regionPath(r.regionCode)}>{r.regionName}</a> },
    { key: 'peerGroup', header: t('observatory.pages.col.peerGroup'), cell: (r) => peerName(ctx, r.peerGroup) },
    ...(pillar ? [{ header: pillarName(ctx, pillar), cell: (r: ScoreRow) => formatScore(ctx, r.pillars[pillar] ?? null), numeric: true }] : []),
    { header: t('observatory.pages.col.score'), cell: (r) => formatScore(ctx, r.score), numeric: true },
    { header: t('observatory.pages.col.group'), cell: (r) => <GroupBadge ctx={ctx} group={r.group} /> },
    { key: 'coverage', header: t('observatory.pages.col.coverage'), cell: (r) => formatPercent(ctx, r.coverage), numeric: true },
    { key: 'change', header: t('observatory.pages.col.change'), cell: (r) => formatChange(ctx, r.scoreChange), numeric: true },
  ];
  return <Table ctx={ctx} caption={caption} columns={columns.filter((c) => !c.key || !omit.includes(c.key))} rows={rows} />;
}

/** Everything else the observatory publishes, from every results page. */
export function ObservatoryLinks({ ctx, year }: { ctx: ViewContext; year: number | null }) {
  const { t } = ctx;
  const links: Array<[string, MessageKey]> = [
    [`${OBSERVATORY_PATH}/ranking`, 'observatory.pages.link.ranking'],
    [`${OBSERVATORY_PATH}/metodologia`, 'observatory.pages.link.methodology'],
    [`${OBSERVATORY_PATH}/sensibilidad`, 'observatory.pages.link.sensitivity'],
    [`${OBSERVATORY_PATH}/indicadores`, 'observatory.pages.link.indicators'],
    [`${OBSERVATORY_PATH}/adopcion`, 'observatory.pages.link.adoption'],
    [`${OBSERVATORY_PATH}/publicaciones`, 'observatory.pages.link.publications'],
    [`${OBSERVATORY_PATH}/paneles`, 'observatory.pages.link.panels'],
  ];
  const query = year === null ? '' : `?year=${year}`;
  return (
    <nav aria-label={t('observatory.pages.link.nav')} class="obs-more">
      <ul>
        {links.map(([href, label]) => <li><a href={href}>{t(label)}</a></li>)}
        <li><a href={`${INDEX_API}.csv${query}`}>{t('observatory.pages.link.csv')}</a> · <a href={`${INDEX_API}${query}`}>{t('observatory.pages.link.json')}</a></li>
      </ul>
    </nav>
  );
}

export const observatoryCrumbs = (ctx: ViewContext) => [{ href: '/', label: ctx.t('nav.home') }, { href: OBSERVATORY_PATH, label: ctx.t('observatory.name') }];
