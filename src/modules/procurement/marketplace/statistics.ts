// The measure the roadmap cares about: who wins public technology money and how much competition there is, by region,
// by institution or by year, computed in SQL aggregates (nothing loads the rows).
//
// - A lot counts in the year its bids closed (bidsUntil, in Santiago): its competition and its awards belong to the
//   same year, so every figure of a row describes the same lots, even when an award comes out the next January.
// - Competition counts the lots whose bids were opened (evaluation, standstill, awarded or deserted; a lot cancelled
//   is out). Bidders per lot are the live bids (a withdrawn bid is not a bidder); the mean, the median and the share
//   of lots with a single bidder (the classic red flag, as the EU Single Market Scoreboard and opentender.eu use it)
//   are over the lots that received at least one bid; the lots with none show in the deserted count.
// - Awarded value is the sum of active awards (final after the standstill); pending ones, still open to challenge
//   during the standstill, are added only when asked (includePending). Cancelled awards never count.
// - SMEs are micro, small and medium suppliers (Ley 20.416 art. 2, by yearly sales in UF, as each supplier declares);
//   cooperatives (Ley 19.832), associations and joint ventures (uniones temporales de proveedores of the reglamento
//   of Ley 19.886) by the supplier's kind. A joint venture counts as an SME by its own declared size.
// - Local anchorage, two measures, the SQL twin of suppliers/anchorage.ts isLocalSupplier (so calls' scores and these
//   figures agree; statistics.int.test.ts checks the twins on every pair of its cases): 'localComuna', a supplier
//   from the comuna a municipality buyer governs; 'localRegion', a supplier from the buyer's region, its comuna
//   included (a comuna's CUT starts with its region's). A buyer with no region has no local suppliers.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';

export const GROUPINGS = ['region', 'institution', 'year', 'all'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const SHARE_KINDS = ['sme', 'micro', 'small', 'medium', 'cooperative', 'association', 'jointVenture', 'localComuna', 'localRegion'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

export interface StatisticsScope {
  groupBy: Grouping;
  /** The year bids closed (Santiago); null: every year. */
  year: number | null;
  institutionId?: number;
  includePending?: boolean;
}

export interface Share { count: number; amount: number; share: number | null }
export interface StatisticsRow {
  /** Region CUT ('' for buyers without one), institution slug, year, or '' for the whole. */
  key: string;
  name: string;
  lotsCompeted: number;
  lotsWithBids: number;
  lotsDeserted: number;
  lotsSingleBidder: number;
  bids: number;
  meanBidders: number | null;
  medianBidders: number | null;
  singleBidderShare: number | null;
  awards: number;
  awardedAmount: number;
  shares: Record<ShareKind, Share>;
}

const LOCAL_COMUNA = sql`(i.kind = 'municipality' and s.comuna_code = i.cut_code)`;
/** isLocalSupplier (suppliers/anchorage.ts) in SQL, over a buyer aliased i and a supplier aliased s. */
export const ANCHORAGE_SQL = {
  comuna: LOCAL_COMUNA,
  region: sql`(${LOCAL_COMUNA} or left(s.comuna_code, 2) = coalesce(i.region_code, case when i.kind = 'regional_government' then i.cut_code end))`,
};
const SUPPLIER_IS: Record<ShareKind, SQL> = {
  sme: sql`s.size in ('micro', 'small', 'medium')`,
  micro: sql`s.size = 'micro'`,
  small: sql`s.size = 'small'`,
  medium: sql`s.size = 'medium'`,
  cooperative: sql`s.kind = 'cooperative'`,
  association: sql`s.kind = 'association'`,
  jointVenture: sql`s.kind = 'joint_venture'`,
  localComuna: ANCHORAGE_SQL.comuna,
  localRegion: ANCHORAGE_SQL.region,
};

const YEAR_OF_LOT = sql`extract(year from l.bids_until at time zone 'America/Santiago')::int`;
const GROUP_KEY: Record<Grouping, SQL> = {
  region: sql`coalesce(i.region_code, '')`,
  institution: sql`i.id::text`,
  year: sql`${YEAR_OF_LOT}::text`,
  all: sql`''`,
};
/** The name and public key of each group, and its order. */
const GROUP_NAME: Record<Grouping, { join: SQL; key: SQL; name: SQL; order: SQL }> = {
  region: { join: sql`left join regions r on r.code = g.g`, key: sql`g.g`, name: sql`coalesce(r.name, '')`, order: sql`g.g` },
  institution: { join: sql`join institutions n on n.id::text = g.g`, key: sql`n.slug`, name: sql`n.name`, order: sql`n.sort_key, n.id` },
  year: { join: sql``, key: sql`g.g`, name: sql`g.g`, order: sql`g.g desc` },
  all: { join: sql``, key: sql`''`, name: sql`''`, order: sql`g.g` },
};

function scopeOf(s: StatisticsScope): SQL {
  const parts: SQL[] = [sql`true`];
  if (s.year !== null) {
    const from = fromSantiagoLocal(`${s.year}-01-01T00:00`)!.toISOString();
    const to = fromSantiagoLocal(`${s.year + 1}-01-01T00:00`)!.toISOString();
    parts.push(sql`l.bids_until >= ${from}::timestamptz and l.bids_until < ${to}::timestamptz`);
  }
  if (s.institutionId !== undefined) parts.push(sql`c.institution_id = ${s.institutionId}`);
  return sql.join(parts, sql` and `);
}

type RawRow = Record<string, string | number | null>;

export async function findStatistics(db: DbOrTx, s: StatisticsScope): Promise<StatisticsRow[]> {
  const g = GROUP_KEY[s.groupBy];
  const names = GROUP_NAME[s.groupBy];
  const scope = scopeOf(s);
  const awardStates = s.includePending ? sql`('active', 'pending')` : sql`('active')`;
  const shareColumns = sql.join(SHARE_KINDS.map((k) => sql`
    count(*) filter (where ${SUPPLIER_IS[k]})::int as ${sql.identifier(`${k}_n`)},
    coalesce(sum(a.amount) filter (where ${SUPPLIER_IS[k]}), 0)::bigint as ${sql.identifier(`${k}_amount`)}`), sql`,`);
  const rows = await queryRows<RawRow>(db, sql`
    with lot_scope as (
      select ${g} as g, l.state,
        (select count(*) from procurement_bids b where b.lot_id = l.id and b.state = 'submitted')::int as bidders
      from procurement_lots l join procurement_calls c on c.id = l.call_id join institutions i on i.id = c.institution_id
      where l.state in ('evaluation', 'standstill', 'awarded', 'deserted') and ${scope}
    ), lot_agg as (
      select g, count(*)::int as lots, count(*) filter (where state = 'deserted')::int as deserted,
        count(*) filter (where bidders > 0)::int as with_bids, count(*) filter (where bidders = 1)::int as single,
        coalesce(sum(bidders), 0)::int as bids, (avg(bidders) filter (where bidders > 0))::float8 as mean,
        (percentile_cont(0.5) within group (order by bidders) filter (where bidders > 0))::float8 as median
      from lot_scope group by g
    ), award_agg as (
      select ${g} as g, count(*)::int as awards, coalesce(sum(a.amount), 0)::bigint as amount, ${shareColumns}
      from procurement_awards a join procurement_lots l on l.id = a.lot_id join procurement_calls c on c.id = l.call_id
        join institutions i on i.id = c.institution_id join procurement_suppliers s on s.id = a.supplier_id
      where a.state in ${awardStates} and ${scope}
      group by 1
    ), g as (
      select coalesce(la.g, aa.g) as g, la.lots, la.deserted, la.with_bids, la.single, la.bids, la.mean, la.median, aa.awards, aa.amount,
        ${sql.join(SHARE_KINDS.flatMap((k) => [sql.identifier(`${k}_n`), sql.identifier(`${k}_amount`)]).map((c) => sql`aa.${c}`), sql`, `)}
      from lot_agg la full join award_agg aa on aa.g = la.g
    )
    select ${names.key} as key, ${names.name} as name, g.* from g ${names.join} order by ${names.order}`);
  return rows.map(rowOf);
}

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function rowOf(r: RawRow): StatisticsRow {
  const awardedAmount = num(r.amount);
  const lotsWithBids = num(r.with_bids);
  const lotsSingleBidder = num(r.single);
  return {
    key: String(r.key ?? ''), name: String(r.name ?? ''),
    lotsCompeted: num(r.lots), lotsWithBids, lotsDeserted: num(r.deserted), lotsSingleBidder, bids: num(r.bids),
    meanBidders: r.mean === null || r.mean === undefined ? null : Number(r.mean),
    medianBidders: r.median === null || r.median === undefined ? null : Number(r.median),
    singleBidderShare: ratio(lotsSingleBidder, lotsWithBids),
    awards: num(r.awards), awardedAmount,
    shares: Object.fromEntries(SHARE_KINDS.map((k) => {
      const amount = num(r[`${k}_amount`]);
      return [k, { count: num(r[`${k}_n`]), amount, share: ratio(amount, awardedAmount) }];
    })) as Record<ShareKind, Share>,
  };
}

/** The totals row (the same figures over every group): medians and means cannot be summed from the groups. */
export async function findStatisticsTotal(db: DbOrTx, s: Omit<StatisticsScope, 'groupBy'>): Promise<StatisticsRow | null> {
  return (await findStatistics(db, { ...s, groupBy: 'all' }))[0] ?? null;
}

/** The years with lots past their deadline (of one institution, or of all), up to the current one, newest first. */
export async function listStatisticsYears(db: DbOrTx, institutionId: number | null, currentYear: number): Promise<number[]> {
  const [row] = await queryRows<{ first: number | null }>(db, sql`
    select min(${YEAR_OF_LOT}) as first from procurement_lots l join procurement_calls c on c.id = l.call_id
    where l.state <> 'draft' and c.published_at is not null ${institutionId === null ? sql`` : sql`and c.institution_id = ${institutionId}`}`);
  const first = row?.first ? Math.min(currentYear, Number(row.first)) : currentYear;
  return Array.from({ length: currentYear - first + 1 }, (_, i) => currentYear - i);
}
