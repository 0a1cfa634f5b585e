// What a service costs (issue 10 point 2, "budget spent"), linked to budget and procurement where possible: the
// procurement contracts that fund it (their payments count, read from procurement, and the contract's incubatorRef
// points back to the service), plus entries for spending outside procurement (staff time, a transfer from another
// body), each with its source. Amounts are integer pesos (DESIGN.md convention 9).
import { pgTable, text, integer, bigint, smallint, timestamp, index, primaryKey, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { people } from '../../../core/auth/schema.js';
import { procurementContracts } from '../../procurement/contracts/schema.js';
import { servicesServices } from '../registry/schema.js';

export const servicesContracts = pgTable('services_contracts', {
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  contractId: integer().notNull().references(() => procurementContracts.id),
}, (t) => [primaryKey({ columns: [t.serviceId, t.contractId] }), index('services_contracts_contract_idx').on(t.contractId)]);

export const servicesSpending = pgTable('services_spending', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  year: smallint().notNull(),
  amount: bigint({ mode: 'number' }).notNull(),
  /** What it paid for and where the figure comes from (e.g. "Horas de equipo DOM, decreto 1234"). */
  description: text().notNull(),
  /** The budget line (clasificador presupuestario) it was executed under, when known. */
  budgetLine: text(),
  recordedBy: integer().references(() => people.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('services_spending_service_idx').on(t.serviceId, t.year), check('services_spending_amount', sql`${t.amount} > 0`)]);
