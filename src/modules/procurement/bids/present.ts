// The JSON shapes of bids, with explicit fields (DESIGN.md convention 5): a bidder's own bid (no price until opened:
// it is sealed, even from its bidder), and an opened bid as officials read it or, once the lot is awarded, as the public
// does (supplier and price; a natural person's RUT never appears: a supplier's RUT is a legal person's or a trader's).
import { Type, type Static } from '@sinclair/typebox';
import type { MyBid, OpenedBid } from './queries.js';

const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const callPath = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}`;
export const lotPath = (slug: string, callId: number, lotNumber: number) => `${callPath(slug, callId)}/lotes/${lotNumber}`;
export const bidFormPath = (slug: string, callId: number, lotNumber: number) => `${lotPath(slug, callId, lotNumber)}/oferta`;
export const lotBidsPath = (slug: string, callId: number, lotNumber: number) => `${lotPath(slug, callId, lotNumber)}/ofertas`;
export const bidDocumentPath = (lot: string, bidId: number, documentId: number) => `${lot}/${bidId}/documentos/${documentId}`;
export const MY_BIDS_PATH = '/compras/mis-ofertas';

/** A bid can be withdrawn while it is live and its lot open, up to and including the deadline. */
export const isWithdrawable = (b: Pick<MyBid, 'state' | 'lotState' | 'bidsUntil'>, now: Date) =>
  b.state === 'submitted' && b.lotState === 'open' && now.getTime() <= b.bidsUntil.getTime();

export const MyBidJson = Type.Object({
  id: Type.Integer(),
  state: Type.Union([Type.Literal('submitted'), Type.Literal('withdrawn')]),
  submittedAt: Instant,
  withdrawnAt: Nullable(Instant),
  openedAt: Nullable(Instant),
  price: Nullable(Type.Integer({ description: 'Integer pesos; null until the bid is opened (after the deadline): it is sealed until then' })),
  withdrawable: Type.Boolean(),
  documents: Type.Object({ count: Type.Integer(), bytes: Type.Integer() }, { description: 'Names and contents are sealed; count and total size are not' }),
  supplier: Type.Object({ id: Type.Integer(), name: Type.String() }),
  lot: Type.Object({ id: Type.Integer(), number: Type.Integer(), title: Type.String(), state: Type.String(), bidsUntil: Instant, budgetAmount: Type.Integer() }),
  call: Type.Object({ id: Type.Integer(), title: Type.String(), url: Type.String() }),
  institution: Type.Object({ slug: Type.String(), name: Type.String() }),
});

export const presentMyBid = (b: MyBid, now: Date): Static<typeof MyBidJson> => ({
  id: b.id, state: b.state, submittedAt: b.submittedAt.toISOString(), withdrawnAt: b.withdrawnAt?.toISOString() ?? null,
  openedAt: b.openedAt?.toISOString() ?? null, price: b.openedAt ? b.price : null, withdrawable: isWithdrawable(b, now),
  documents: { count: b.documents, bytes: b.documentBytes },
  supplier: { id: b.supplierId, name: b.supplierName },
  lot: { id: b.lotId, number: b.lotNumber, title: b.lotTitle, state: b.lotState, bidsUntil: b.bidsUntil.toISOString(), budgetAmount: b.budgetAmount },
  call: { id: b.callId, title: b.callTitle, url: callPath(b.institutionSlug, b.callId) },
  institution: { slug: b.institutionSlug, name: b.institutionName },
});

export const OpenedBidJson = Type.Object({
  id: Type.Integer(),
  supplier: Type.Object({ id: Type.Integer(), name: Type.String(), rut: Nullable(Type.String()), size: Type.String(), kind: Type.String() }),
  price: Type.Integer({ description: 'Integer pesos' }),
  submittedAt: Instant,
  openedAt: Instant,
  answers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Criterion id → answer (the institution\'s officials only)' })),
  documents: Type.Optional(Type.Array(Type.Object({ id: Type.Integer(), size: Type.Integer(), url: Type.String() }), { description: 'The institution\'s officials only' })),
});
export const LotBidsJson = Type.Object({ lotId: Type.Integer(), state: Type.String(), items: Type.Array(OpenedBidJson) });

/** `full`: the institution's officials (answers and documents); otherwise the public view of an awarded lot. */
export function presentOpenedBid(b: OpenedBid, full: { lotPath: string } | null): Static<typeof OpenedBidJson> {
  return {
    id: b.id, supplier: { id: b.supplierId, name: b.supplierName, rut: b.supplierRut, size: b.supplierSize, kind: b.supplierKind },
    price: b.price, submittedAt: b.submittedAt.toISOString(), openedAt: b.openedAt!.toISOString(),
    ...(full ? { answers: b.answers, documents: b.documents.map((d) => ({ id: d.id, size: d.size, url: bidDocumentPath(full.lotPath, b.id, d.id) })) } : {}),
  };
}
