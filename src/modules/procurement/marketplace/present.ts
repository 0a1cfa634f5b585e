// The public shapes of the marketplace's lists (DESIGN.md convention 5): an open lot, and a row of statistics, each an
// explicit field list flat enough to be a CSV row as well. Nothing here names a person: the figures are about
// suppliers as kinds and sizes, and institutions.
import { Type, type Static } from '@sinclair/typebox';
import { SHARE_KINDS, type StatisticsRow } from './statistics.js';
import type { OpenLot } from './open-lots.js';

export const callUrl = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}`;

export const OpenLotJson = Type.Object({
  ocid: Type.String(), callId: Type.Integer(), callTitle: Type.String(), callKind: Type.String(), lot: Type.Integer(), lotTitle: Type.String(),
  institution: Type.String(), institutionName: Type.String(), region: Type.Union([Type.String(), Type.Null()]), regionName: Type.Union([Type.String(), Type.Null()]),
  category: Type.String(), budgetAmount: Type.Integer({ description: 'Fixed budget of the lot, integer pesos' }),
  admitCount: Type.Integer({ description: 'Suppliers awarded at most (multi-award above 1)' }), bidsUntil: Type.String({ format: 'date-time' }), url: Type.String(),
});
export const OPEN_LOT_COLUMNS = Object.keys(OpenLotJson.properties);

export function presentOpenLot(r: OpenLot): Static<typeof OpenLotJson> {
  return {
    ocid: r.ocid, callId: r.callId, callTitle: r.callTitle, callKind: r.callKind, lot: r.lotNumber, lotTitle: r.lotTitle,
    institution: r.institutionSlug, institutionName: r.institutionName, region: r.regionCode, regionName: r.regionName,
    category: r.category, budgetAmount: r.budgetAmount, admitCount: r.admitCount, bidsUntil: r.bidsUntil.toISOString(), url: callUrl(r.institutionSlug, r.callId),
  };
}

const Share = Type.Union([Type.Number(), Type.Null()], { description: 'Part of the awarded amount, 0–1; null without awards' });
const shareFields = Object.fromEntries(SHARE_KINDS.flatMap((k) => [
  [`${k}Awards`, Type.Integer()], [`${k}Amount`, Type.Integer()], [`${k}Share`, Share],
]));
export const StatisticsRowJson = Type.Object({
  key: Type.String({ description: 'Region CUT (empty for national bodies), institution slug, or year' }),
  name: Type.String(),
  lotsCompeted: Type.Integer({ description: 'Lots whose bids were opened' }),
  lotsWithBids: Type.Integer(),
  lotsDeserted: Type.Integer(),
  lotsSingleBidder: Type.Integer(),
  singleBidderShare: Type.Union([Type.Number(), Type.Null()], { description: 'Of the lots with bids, those with exactly one' }),
  bids: Type.Integer(),
  meanBidders: Type.Union([Type.Number(), Type.Null()]),
  medianBidders: Type.Union([Type.Number(), Type.Null()]),
  awards: Type.Integer(),
  awardedAmount: Type.Integer({ description: 'Integer pesos' }),
  ...shareFields,
});
export type StatisticsRowJson = Static<typeof StatisticsRowJson>;
export const STATISTICS_COLUMNS = Object.keys(StatisticsRowJson.properties);

const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export function presentStatistics(r: StatisticsRow): StatisticsRowJson {
  return {
    key: r.key, name: r.name, lotsCompeted: r.lotsCompeted, lotsWithBids: r.lotsWithBids, lotsDeserted: r.lotsDeserted,
    lotsSingleBidder: r.lotsSingleBidder, singleBidderShare: round(r.singleBidderShare, 4), bids: r.bids,
    meanBidders: round(r.meanBidders, 2), medianBidders: round(r.medianBidders, 2), awards: r.awards, awardedAmount: r.awardedAmount,
    ...Object.fromEntries(SHARE_KINDS.flatMap((k) => [
      [`${k}Awards`, r.shares[k].count], [`${k}Amount`, r.shares[k].amount], [`${k}Share`, round(r.shares[k].share, 4)],
    ])),
  } as StatisticsRowJson;
}
