// Procurement openness, from the procurement module's marketplace statistics (findStatistics by institution and year
// the lots' bids closed, in Santiago): the share of the awarded value won by SMEs (micro, small and medium, Ley 20.416
// art. 2) and by suppliers from the municipality's own comuna, over active awards; and the mean bidders per lot over
// the lots that received a bid. Each only when its denominator is above zero: a municipality without awards that year
// has no share, not a share of 0.
import { inArray } from 'drizzle-orm';
import { institutions } from '../../../../core/tenancy/schema.js';
import { findStatistics, listProcurementYears } from '../../../procurement/index.js';
import { percent, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'procurement';

export const procurementSource: IndicatorSource = {
  module: MODULE,
  years: async (db, ctx) => (await listProcurementYears(db, null, Number(ctx.today.slice(0, 4)))).reverse(),
  compute: async (db, year, ctx) => {
    const rows = await findStatistics(db, { groupBy: 'institution', year });
    if (rows.length === 0) return [];
    const bySlug = new Map((await db.select({ id: institutions.id, slug: institutions.slug }).from(institutions)
      .where(inArray(institutions.slug, rows.map((r) => r.key)))).map((i) => [i.slug, i.id]));
    const out: ComputedValue[] = [];
    for (const r of rows) {
      const cut = ctx.municipalities.get(bySlug.get(r.key) ?? -1);
      if (!cut) continue;
      const push = (indicator: string, value: number, figures: Record<string, unknown>) =>
        out.push({ cut, year, indicator, value, provenance: { module: MODULE, ...figures } });
      if (r.awardedAmount > 0) {
        const share = (kind: 'sme' | 'localComuna', definition: string) => ({
          definition, numerator: r.shares[kind].amount, denominator: r.awardedAmount, awards: r.awards, unit: 'CLP',
        });
        push('procurement.sme_share', percent(r.shares.sme.amount, r.awardedAmount),
          share('sme', 'awarded value to micro, small and medium suppliers / awarded value (active awards, lots closed in the year)'));
        push('procurement.local_share', percent(r.shares.localComuna.amount, r.awardedAmount),
          share('localComuna', 'awarded value to suppliers from the same comuna / awarded value (active awards, lots closed in the year)'));
      }
      if (r.lotsWithBids > 0 && r.meanBidders !== null) {
        push('procurement.bidders_per_lot', r.meanBidders, {
          definition: 'live bids / lots with at least one bid, lots closed in the year', numerator: r.bids, denominator: r.lotsWithBids,
        });
      }
    }
    return out;
  },
};
