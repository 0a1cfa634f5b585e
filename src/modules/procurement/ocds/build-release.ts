// The OCDS 1.1 release of a process at one moment: a full snapshot of everything public about it then (OCDS 1.1
// "Releases": each release may repeat every field, and the record's compiledRelease is their merge). A call's release
// carries its parties, tender, bids, awards and contracts; a call-off's its own tender, award and contract, related to
// its framework agreement. Ley 19.886 art. 20 makes procurement acts public; sealed bids stay out until their lot is
// opened, prices until it is awarded (release-results.ts). The package declares the extensions (package.ts).
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { procurementCallOffs as callOffs, procurementCalls as calls } from '../schema.js';
import { buyerParty, buyerReference, SupplierRoles } from './release-parties.js';
import { loadBuyer, loadCallData } from './release-data.js';
import { buildTender } from './release-tender.js';
import { buildAwards, buildBids, buildContracts } from './release-results.js';
import { buildCallOffRelease } from './release-call-off.js';

export type ReleaseHeader = { ocid: string; id: string; date: Date; tags: readonly string[] };

/**
 * Lot states that come only after opening: a lot is deserted only after its deadline (lifecycle.ts), so with its bids,
 * if any, opened; a cancelled lot was opened when it has opened bids.
 */
const AFTER_OPENING = new Set(['evaluation', 'standstill', 'awarded', 'deserted']);

export async function buildRelease(db: DbOrTx, header: ReleaseHeader): Promise<Record<string, unknown>> {
  const head = { ocid: header.ocid, id: header.id, date: header.date.toISOString(), tag: [...header.tags], initiationType: 'tender', language: 'es' };
  const [call] = await db.select().from(calls).where(eq(calls.ocid, header.ocid));
  if (!call) {
    const [callOff] = await db.select().from(callOffs).where(eq(callOffs.ocid, header.ocid));
    if (!callOff) throw new RangeError(`no call or call-off with ocid ${header.ocid}`);
    const buyer = await loadBuyer(db, callOff.institutionId);
    return { ...head, buyer: buyerReference(buyer), ...await buildCallOffRelease(db, callOff) };
  }
  const buyer = await loadBuyer(db, call.institutionId);
  const data = await loadCallData(db, call);
  // From opening on, who bid on a lot is public (release-results.ts); a lot cancelled before its deadline never opened.
  const opened = new Set(data.lots.filter((l) => AFTER_OPENING.has(l.state) || data.bids.some((b) => b.lotId === l.id)).map((l) => l.id));
  const roles = new SupplierRoles();
  const bids = buildBids(data, opened, roles);
  const awards = buildAwards(data, roles);
  const contracts = buildContracts(data, buyer, roles);
  return {
    ...head, parties: [buyerParty(buyer), ...roles.parties(data.suppliers)], buyer: buyerReference(buyer),
    tender: buildTender(header.ocid, data, opened),
    ...(bids ? { bids } : {}), ...(awards.length ? { awards } : {}), ...(contracts.length ? { contracts } : {}),
  };
}
