// Reads of the funding area: a service's linked contracts (read through procurement's index), their payments, its
// spending entries, and the budget sums per year the page, the section and the API show.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { findContractsForServices, listPaymentsForServices, type ContractForServices } from '../../procurement/index.js';
import { servicesContracts, servicesSpending } from './schema.js';
import { sumBudgetByYear, type BudgetSums } from './budget.js';

export type SpendingRow = typeof servicesSpending.$inferSelect;

export interface ServiceBudget {
  contracts: ContractForServices[];
  spending: SpendingRow[];
  sums: BudgetSums;
}

export async function listLinkedContractIds(db: DbOrTx, serviceId: number): Promise<number[]> {
  const rows = await db.select({ id: servicesContracts.contractId }).from(servicesContracts).where(eq(servicesContracts.serviceId, serviceId));
  return rows.map((r) => r.id);
}

export async function loadServiceBudget(db: DbOrTx, serviceId: number): Promise<ServiceBudget> {
  const ids = await listLinkedContractIds(db, serviceId);
  const [contracts, payments, spending] = await Promise.all([
    findContractsForServices(db, { ids }),
    listPaymentsForServices(db, ids),
    db.select().from(servicesSpending).where(eq(servicesSpending.serviceId, serviceId)).orderBy(asc(servicesSpending.year), asc(servicesSpending.id)),
  ]);
  return { contracts, spending, sums: sumBudgetByYear(payments, spending) };
}
