// The menu entry of supplier representatives (a row in procurement_supplier_representatives): "Mis ofertas", with how
// many of their suppliers' bids are live (submitted, not withdrawn, on a lot still open for bids), linking to
// /compras/mis-ofertas. One query on the representatives' person index and the bids' supplier index (module.ts asks
// for a cheap one); no row at all for someone who represents no supplier, so residents see nothing.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/client.js';
import type { AccountLink } from '../../core/views/context.js';
import { procurementBids as b, procurementLots as l, procurementSupplierRepresentatives as r } from './schema.js';
import { MY_BIDS_PATH } from './bids/present.js';

export async function findMyBidsLinks(db: Db, personId: number): Promise<AccountLink[]> {
  // `having` over an ungrouped aggregate: no row when the person represents no supplier, one row (maybe 0) otherwise.
  const rows = await queryRows<{ live: number }>(db, sql`
    select count(${l.id})::int as live
    from ${r} left join ${b} on ${b.supplierId} = ${r.supplierId} and ${b.state} = 'submitted'
      left join ${l} on ${l.id} = ${b.lotId} and ${l.state} = 'open'
    where ${r.personId} = ${personId}
    having count(*) > 0`);
  return rows.map((row) => {
    const live = Number(row.live);
    return live > 0 ? { href: MY_BIDS_PATH, label: 'procurement.bid.nav.mine', params: { count: live } } : { href: MY_BIDS_PATH, label: 'procurement.bid.mine.title' };
  });
}
