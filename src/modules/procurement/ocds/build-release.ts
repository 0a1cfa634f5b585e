// The OCDS 1.1 release of a process at one moment: everything public about it then (the call, its lots and criteria,
// the buyer). Ley 19.886 art. 20 makes procurement acts public; bids stay out until their lot is opened.
// Extensions declared: lots, techniques (framework agreements), awardCriteria, partyDetails_scale, bids.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { procurementCalls as calls, procurementLots as lots } from '../schema.js';
import type { CallKind, LotState } from '../calls/schema.js';

export type ReleaseHeader = { ocid: string; id: string; date: Date; tags: readonly string[] };

/** OCDS tender.procurementMethod by kind of call (codelist method): a grant call is open to all, like a tender. */
const METHOD: Record<CallKind, string> = { framework: 'open', single_tender: 'open', quick_purchase: 'limited', grant: 'open' };
/** Lot states as the lots extension's lot.status (tenderStatus codelist). */
const LOT_STATUS: Record<LotState, string> = {
  draft: 'planning', open: 'active', evaluation: 'active', standstill: 'active', awarded: 'complete', deserted: 'unsuccessful', cancelled: 'cancelled',
};

export async function buildRelease(db: DbOrTx, header: ReleaseHeader): Promise<Record<string, unknown>> {
  const [call] = await db.select().from(calls).where(eq(calls.ocid, header.ocid));
  if (!call) throw new RangeError(`no call with ocid ${header.ocid}`);
  const [buyer] = await db.select({ slug: institutions.slug, name: institutions.name }).from(institutions).where(eq(institutions.id, call.institutionId));
  const lotRows = await db.select().from(lots).where(eq(lots.callId, call.id)).orderBy(asc(lots.number));
  const buyerRef = { id: `CL-CABILDO-${buyer!.slug}`, name: buyer!.name };
  return {
    ocid: header.ocid, id: header.id, date: header.date.toISOString(), tag: [...header.tags], initiationType: 'tender', language: 'es',
    parties: [{ ...buyerRef, roles: ['buyer', 'procuringEntity'] }],
    buyer: buyerRef,
    tender: {
      id: header.ocid, title: call.title, description: call.description, procurementMethod: METHOD[call.kind],
      status: call.state === 'cancelled' ? 'cancelled' : call.state === 'draft' ? 'planning' : call.state === 'closed' ? 'complete' : 'active',
      value: { amount: lotRows.reduce((sum, l) => sum + l.budgetAmount, 0), currency: 'CLP' },
      lots: lotRows.map((l) => ({
        id: String(l.number), title: l.title, description: l.description, status: LOT_STATUS[l.state],
        value: { amount: l.budgetAmount, currency: 'CLP' },
      })),
    },
  };
}
