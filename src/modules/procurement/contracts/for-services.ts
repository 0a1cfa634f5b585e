// What the digital-services incubator (services module, issue 10) reads of contracts: the contracts that fund a
// service (their supplier, amount and what was paid to date), their payments with the day each was made (a service's
// budget spent per year), and the contracts an institution may link or graduate (grants: calls of kind 'grant').
import { and, asc, desc, eq, inArray, sql, type Column } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { procurementCalls as calls, procurementContracts as contracts, procurementPayments as payments, procurementSuppliers as suppliers } from '../schema.js';

const anyOf = (column: Column, ids: readonly number[]) => (ids.length ? inArray(column, [...ids]) : sql`false`);

export type ContractForServices = Awaited<ReturnType<typeof findContractsForServices>>[number];

/**
 * Contracts by id, or of some institutions (newest signed first, at most `limit`); `grantsOnly`: of calls of kind
 * 'grant', active or completed (a terminated agreement funded nothing that could graduate).
 */
export async function findContractsForServices(db: DbOrTx, f: { ids?: readonly number[]; institutionIds?: readonly number[]; grantsOnly?: boolean; limit?: number }) {
  const rows = await db.select({
    id: contracts.id, ocid: contracts.ocid, title: contracts.title, amount: contracts.amount, state: contracts.state, signedAt: contracts.signedAt,
    incubatorRef: contracts.incubatorRef, supplierName: suppliers.legalName, callId: calls.id, callKind: calls.kind, callTitle: calls.title,
    institutionId: calls.institutionId, institutionName: institutions.name,
    paid: sql<string>`(select coalesce(sum(${payments.amount}), 0)::text from ${payments} where ${payments.contractId} = ${contracts.id})`,
  }).from(contracts).innerJoin(calls, eq(calls.id, contracts.callId)).innerJoin(suppliers, eq(suppliers.id, contracts.supplierId))
    .innerJoin(institutions, eq(institutions.id, calls.institutionId))
    .where(and(f.ids ? anyOf(contracts.id, f.ids) : undefined, f.institutionIds ? anyOf(calls.institutionId, f.institutionIds) : undefined,
      f.grantsOnly ? and(eq(calls.kind, 'grant'), inArray(contracts.state, ['active', 'completed'])) : undefined))
    .orderBy(desc(contracts.signedAt), desc(contracts.id)).limit(f.limit ?? 500);
  return rows.map((r) => ({ ...r, paid: Number(r.paid) }));
}

/** The payments of some contracts, oldest first: the day each was made (Santiago calendar day) and its amount in pesos. */
export async function listPaymentsForServices(db: DbOrTx, contractIds: readonly number[]) {
  return db.select({ contractId: payments.contractId, paidOn: payments.paidOn, amount: payments.amount }).from(payments)
    .where(anyOf(payments.contractId, contractIds)).orderBy(asc(payments.paidOn), asc(payments.id));
}
