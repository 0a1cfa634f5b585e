// The public JSON of contracts and call-offs (DESIGN.md convention 5): explicit fields. A supplier is named with its
// RUT, which is public (suppliers/schema.ts); no person appears. A renewed competition's quotes are sealed until its
// deadline: before it the list is null, never an empty list that would look like "no quotes".
import { Type, type Static } from '@sinclair/typebox';
import { CALL_OFF_METHODS, CALL_OFF_STATES, CONTRACT_STATES, MILESTONE_STATES } from './schema.js';
import type { ContractDetail, ContractListRow } from './queries.js';
import { quotesOpen, type CallOffDetail, type CallOffListRow } from './queries-call-offs.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);
const Day = Type.String({ format: 'date', description: 'A calendar date in America/Santiago' });
const Instant = Type.String({ format: 'date-time' });
const Pesos = Type.Integer({ minimum: 0, description: 'Integer pesos (CLP)' });
const NullablePesos = Type.Union([Pesos, Type.Null()]);
const Supplier = Type.Object({ id: Type.Integer(), name: Type.String() });

export const contractUrl = (id: number) => `/compras/contratos/${id}`;
export const callOffUrl = (id: number) => `/compras/ordenes/${id}`;
export const callUrl = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}`;
export const ocdsRecordUrl = (ocid: string) => `/api/v1/procurement/ocds/records/${encodeURIComponent(ocid)}`;

export const ContractListItemJson = Type.Object({
  id: Type.Integer(), ocid: Type.String(), callId: Type.Integer(), callOffId: Type.Union([Type.Integer(), Type.Null()]), lot: Type.Integer({ description: 'Lot number' }),
  supplier: Supplier, title: Type.String(), amount: Pesos, paid: Pesos, periodStart: Day, periodEnd: Day, state: literals(CONTRACT_STATES), signedAt: Instant,
  url: Type.String(),
});

export const ContractJson = Type.Object({
  ...ContractListItemJson.properties,
  supplier: Type.Object({ id: Type.Integer(), name: Type.String(), rut: Nullable(Type.String({ description: 'CL-RUT of the supplier (public)' })) }),
  call: Type.Object({ id: Type.Integer(), title: Type.String(), kind: Type.String(), ocid: Type.String(), url: Type.String() }),
  institution: Type.String({ description: 'Institution slug' }),
  awardId: Type.Union([Type.Integer(), Type.Null()]),
  budgetLine: Nullable(Type.String({ description: 'Clasificador line the payments execute (the contract\'s, else the lot\'s)' })),
  incubatorRef: Nullable(Type.String({ description: 'Grant agreements: the initiative or service in the digital-services incubator' })),
  terminationReason: Nullable(Type.String()),
  milestones: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), dueOn: Day, amount: NullablePesos, state: literals(MILESTONE_STATES), metOn: Nullable(Day) })),
  payments: Type.Array(Type.Object({ id: Type.Integer(), amount: Pesos, paidOn: Day, milestoneId: Type.Union([Type.Integer(), Type.Null()]), budgetLine: Nullable(Type.String()) })),
  ocdsRecord: Type.String(),
});

export const presentContractListItem = (r: ContractListRow): Static<typeof ContractListItemJson> => ({
  id: r.id, ocid: r.ocid, callId: r.callId, callOffId: r.callOffId, lot: r.lotNumber, supplier: { id: r.supplierId, name: r.supplierName }, title: r.title,
  amount: r.amount, paid: Number(r.paid), periodStart: r.periodStart, periodEnd: r.periodEnd, state: r.state, signedAt: r.signedAt.toISOString(), url: contractUrl(r.id),
});

export const presentContract = (c: ContractDetail): Static<typeof ContractJson> => ({
  id: c.id, ocid: c.ocid, callId: c.callId, callOffId: c.callOffId, lot: c.lot.number, supplier: c.supplier, title: c.title, amount: c.amount, paid: c.paid,
  periodStart: c.periodStart, periodEnd: c.periodEnd, state: c.state, signedAt: c.signedAt.toISOString(), url: contractUrl(c.id),
  call: { id: c.call.id, title: c.call.title, kind: c.call.kind, ocid: c.call.ocid, url: callUrl(c.institution.slug, c.call.id) }, institution: c.institution.slug,
  awardId: c.awardId, budgetLine: c.budgetLine ?? c.lot.budgetLine, incubatorRef: c.incubatorRef, terminationReason: c.terminationReason,
  milestones: c.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, amount: m.amount, state: m.state, metOn: m.metOn })),
  payments: c.payments.map((p) => ({ id: p.id, amount: p.amount, paidOn: p.paidOn, milestoneId: p.milestoneId, budgetLine: p.budgetLine })),
  ocdsRecord: ocdsRecordUrl(c.ocid),
});

export const CallOffListItemJson = Type.Object({
  id: Type.Integer(), ocid: Type.String(), callId: Type.Integer({ description: 'The framework agreement' }), lot: Type.Integer(), title: Type.String(),
  method: literals(CALL_OFF_METHODS), maxAmount: Pesos, amount: NullablePesos, quotesUntil: Nullable(Instant), state: literals(CALL_OFF_STATES),
  supplier: Type.Union([Supplier, Type.Null()]), createdAt: Instant, url: Type.String(),
});

export const CallOffJson = Type.Object({
  ...CallOffListItemJson.properties,
  description: Type.String(), institution: Type.String(),
  agreement: Type.Object({ id: Type.Integer(), ocid: Type.String(), title: Type.String(), url: Type.String() }),
  admitted: Type.Array(Supplier, { description: 'The suppliers admitted to the lot, who may quote' }),
  quotes: Type.Union([Type.Array(Type.Object({ supplier: Supplier, amount: Pesos, submittedAt: Instant })), Type.Null()],
    { description: 'Lowest first (ties: earlier first); null while the competition runs (quotes are sealed)' }),
  contractId: Type.Union([Type.Integer(), Type.Null()]), cancellationReason: Nullable(Type.String()), ocdsRecord: Type.String(),
});

export const presentCallOffListItem = (r: CallOffListRow): Static<typeof CallOffListItemJson> => ({
  id: r.id, ocid: r.ocid, callId: r.callId, lot: r.lotNumber, title: r.title, method: r.method, maxAmount: r.maxAmount, amount: r.amount,
  quotesUntil: r.quotesUntil?.toISOString() ?? null, state: r.state, supplier: r.supplierId ? { id: r.supplierId, name: r.supplierName ?? '' } : null,
  createdAt: r.createdAt.toISOString(), url: callOffUrl(r.id),
});

export const presentCallOff = (c: CallOffDetail, now = new Date()): Static<typeof CallOffJson> => ({
  ...presentCallOffListItem({ ...c, lotNumber: c.lot.number }), description: c.description, institution: c.institution.slug,
  agreement: { ...c.agreement, url: callUrl(c.institution.slug, c.agreement.id) }, admitted: c.admitted,
  quotes: c.method === 'mini_competition' && quotesOpen(c, now)
    ? c.quotes.map((q) => ({ supplier: { id: q.supplierId, name: q.supplierName }, amount: q.amount, submittedAt: q.submittedAt.toISOString() })) : null,
  contractId: c.contractId, cancellationReason: c.cancellationReason, ocdsRecord: ocdsRecordUrl(c.ocid),
});

/** Flat columns of the CSV exports (the JSON export carries the same objects). */
export const CONTRACT_EXPORT_COLUMNS = ['id', 'ocid', 'callId', 'callOffId', 'lot', 'supplier.id', 'supplier.name', 'title', 'amount', 'paid', 'periodStart', 'periodEnd',
  'state', 'signedAt', 'url'];
export const CALL_OFF_EXPORT_COLUMNS = ['id', 'ocid', 'callId', 'lot', 'title', 'method', 'maxAmount', 'amount', 'quotesUntil', 'state', 'supplier.id', 'supplier.name',
  'createdAt', 'url'];
