// What the bid routes share: a lot found by its public path (the institution's slug must match), the suppliers a person
// may bid for on it, and the refusal of a command as form errors.
import { and, eq } from 'drizzle-orm';
import { Type, type Static } from '@sinclair/typebox';
import type { DbOrTx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { HttpError, InvalidField, notFound } from '../../../core/http/errors.js';
import { procurementBids as bids } from '../schema.js';
import { findLot, representedSuppliers, type BidLot } from './queries.js';

/** The path of a lot's pages: /instituciones/{slug}/compras/llamados/{id}/lotes/{n}. */
export const LotParams = Type.Object({ slug: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }), n: Type.Integer({ minimum: 1, maximum: 999 }) });
export type LotParams = Static<typeof LotParams>;

export async function lotOr404(db: DbOrTx, slug: string, callId: number, lotNumber: number): Promise<BidLot> {
  const lot = await findLot(db, { callId, number: lotNumber });
  // A draft call is not public: its lots do not exist for anyone here.
  if (!lot || lot.institutionSlug !== slug || lot.callState === 'draft') throw notFound();
  return lot;
}

/** The person's suppliers, each marked when it already holds a live bid on the lot. */
export async function biddersFor(db: DbOrTx, personId: number, lotId: number) {
  const suppliers = await representedSuppliers(db, personId);
  const live = await db.select({ supplierId: bids.supplierId }).from(bids).where(and(eq(bids.lotId, lotId), eq(bids.state, 'submitted')));
  const taken = new Set(live.map((b) => b.supplierId));
  return suppliers.map((s) => ({ ...s, hasLiveBid: taken.has(s.id) }));
}

/** Refusals the supplier can act on, as form errors: a field's own, or the form's (409: the lot, the limits). */
export function refusal(e: unknown, t: Translate): Record<string, string> | null {
  if (e instanceof InvalidField) return { [e.field]: t(e.messageKey) };
  if (e instanceof HttpError && e.statusCode === 409) {
    const aboutSupplier = e.messageKey === 'procurement.bid.error.alreadyBid' || e.messageKey === 'procurement.bid.error.maxLots';
    return { [aboutSupplier ? 'supplierId' : 'form']: t(e.messageKey, e.params) };
  }
  return null;
}

/** "45.000.000", "$ 45 000 000" or "45000000" → 45000000; null when it is not a whole number of pesos. */
export function parsePrice(text: string): number | null {
  const digits = text.replace(/[$\s.]/g, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : null;
}
