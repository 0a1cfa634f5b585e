// The lots open for bids across every institution, for the marketplace home (/compras) and its exports. A lot is open
// only while its call is published, its own state is 'open' AND its bidsUntil is still ahead: the state cache turns
// to 'evaluation' only when the bids are opened (process/lifecycle.ts), which may come a while after the deadline, and
// a lot must never look open to a supplier once bidding has closed (Ley 19.886 art. 9: bids after the deadline are
// not admitted). Soonest-closing first, by cursor.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { endOfSantiagoDay, type CalendarDate } from '../../../core/calendar/index.js';
import { badRequest } from '../../../core/http/errors.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { procurementCalls as c, procurementLots as l, type CallKind } from '../calls/schema.js';
import { inBand, type SizeBand } from './bands.js';

export interface OpenLotFilter {
  /** 2-digit region CUT: where the work is, or the buyer's region for a lot open to anywhere. */
  region?: string;
  category?: string;
  size?: SizeBand;
  /** Closing on or before the end of this Santiago day. */
  closesBy?: CalendarDate;
  kind?: CallKind;
  /** Cursor: [bidsUntil ISO, lot id] of the last row seen. */
  after?: unknown[] | null;
}

/**
 * Where a lot's work is: its own region, or, for a lot open to anywhere (regionCode null), the buyer's, so a supplier
 * filtering by region finds what the institutions of that region buy.
 */
const REGION = sql<string | null>`coalesce(${l.regionCode}, ${institutions.regionCode})`;

function conditions(f: OpenLotFilter, now: Date): SQL[] {
  const w: SQL[] = [eq(c.state, 'published'), eq(l.state, 'open'), sql`${l.bidsUntil} > ${now.toISOString()}::timestamptz`];
  if (f.region) w.push(sql`${REGION} = ${f.region}`);
  if (f.category) w.push(eq(l.category, f.category));
  if (f.size) w.push(inBand(l.budgetAmount, f.size));
  if (f.closesBy) w.push(sql`${l.bidsUntil} <= ${endOfSantiagoDay(f.closesBy).toISOString()}::timestamptz`);
  if (f.kind) w.push(eq(c.kind, f.kind));
  if (f.after) {
    const [at, id] = f.after;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !Number.isInteger(id)) throw badRequest('validation.invalid');
    w.push(sql`(${l.bidsUntil}, ${l.id}) > (${at}::timestamptz, ${id as number})`);
  }
  return w;
}

export async function listOpenLots(db: DbOrTx, f: OpenLotFilter, now: Date, limit: number) {
  return db.select({
    lotId: l.id, lotNumber: l.number, lotTitle: l.title, budgetAmount: l.budgetAmount, category: l.category, bidsUntil: l.bidsUntil,
    admitCount: l.admitCount, callId: c.id, callTitle: c.title, callKind: c.kind, ocid: c.ocid, institutionSlug: institutions.slug,
    institutionName: institutions.name, regionCode: REGION, regionName: regions.name,
  }).from(l)
    .innerJoin(c, eq(c.id, l.callId))
    .innerJoin(institutions, eq(institutions.id, c.institutionId))
    .leftJoin(regions, sql`${regions.code} = ${REGION}`)
    .where(and(...conditions(f, now)))
    .orderBy(asc(l.bidsUntil), asc(l.id))
    .limit(limit + 1);
}
export type OpenLot = Awaited<ReturnType<typeof listOpenLots>>[number];
export const openLotKey = (r: OpenLot) => [r.bidsUntil.toISOString(), r.lotId];

/** The whole filtered list for exports, in keyset batches: memory stays flat whatever its length. */
export async function* iterateOpenLots(db: DbOrTx, f: OpenLotFilter, now: Date, batch = 500): AsyncGenerator<OpenLot> {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await listOpenLots(db, { ...f, after }, now, batch - 1);
    yield* rows;
    if (rows.length < batch) return;
    after = openLotKey(rows[rows.length - 1]!);
  }
}

/** Regions for the filter, by CUT code. */
export const listRegions = (db: DbOrTx) => db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code));
