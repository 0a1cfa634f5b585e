// Factories for funding and graduation tests: a signed procurement contract of an institution with its payments on
// given days, and a participation proposal in a given state, written straight into those modules' tables (the rows
// their commands would leave; their own tests cover those steps), so a test states the payments it expects to sum.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { procurementCalls, procurementContracts, procurementLots, procurementPayments, procurementSuppliers } from '../../procurement/schema.js';
import type { CallKind } from '../../procurement/calls/schema.js';
import type { ContractState } from '../../procurement/contracts/schema.js';
import { people } from '../../../core/auth/schema.js';
import { participationProposals } from '../../participation/proposals/schema.js';
import { participationProcesses } from '../../participation/processes/schema.js';
import type { ProposalState } from '../../participation/proposals/lifecycle.js';

let counter = 0;

export interface TestContractOptions {
  institution?: string;
  kind?: CallKind;
  state?: ContractState;
  amount?: number;
  title?: string;
  /** [paidOn 'YYYY-MM-DD', amount] */
  payments?: Array<[string, number]>;
}

export async function insertTestContract(db: DbOrTx, o: TestContractOptions = {}): Promise<{ id: number; institutionId: number }> {
  const n = ++counter;
  const [inst] = await db.select({ id: institutions.id, slug: institutions.slug }).from(institutions).where(eq(institutions.slug, o.institution ?? 'temuco'));
  if (!inst) throw new Error(`no institution ${o.institution}`);
  const ocid = `ocds-test-funding-${inst.slug}-${n}`;
  const [call] = await db.insert(procurementCalls).values({ institutionId: inst.id, ocid, kind: o.kind ?? 'single_tender', title: `Llamado ${n}`, state: 'closed' }).returning();
  const [lot] = await db.insert(procurementLots).values({
    callId: call!.id, number: 1, title: `Lote ${n}`, budgetAmount: o.amount ?? 20_000_000, category: 'software-development', questionsUntil: new Date('2024-12-01T12:00:00Z'),
    bidsUntil: new Date('2024-12-10T12:00:00Z'), awardBy: '2024-12-31', deliveryStart: '2025-01-01', deliveryEnd: '2026-12-31', state: 'awarded',
  }).returning();
  const [supplier] = await db.insert(procurementSuppliers).values({
    legalName: `Proveedora ${n} SpA`, sortKey: `proveedora ${n} spa`, kind: o.kind === 'grant' ? 'association' : 'company', size: 'micro', comunaCode: '09101',
  }).returning();
  const [contract] = await db.insert(procurementContracts).values({
    ocid, callId: call!.id, lotId: lot!.id, supplierId: supplier!.id, title: o.title ?? `Contrato ${n}`, amount: o.amount ?? 20_000_000,
    periodStart: '2025-01-01', periodEnd: '2026-12-31', state: o.state ?? 'active', signedAt: new Date('2025-01-02T15:00:00Z'),
  }).returning();
  if (o.payments?.length) await db.insert(procurementPayments).values(o.payments.map(([paidOn, amount]) => ({ contractId: contract!.id, paidOn, amount })));
  return { id: contract!.id, institutionId: inst.id };
}

/** A proposal of a process of `institution` in `state` (an accepted one carries its answer), by a new resident. */
/** An accepted proposal (unless `state`) in a new process of `institution` (Temuco), or in `processId`. */
export async function insertTestProposal(db: DbOrTx, o: { institution?: string; state?: ProposalState; title?: string; body?: string; processId?: number } = {}): Promise<{ id: number; processId: number }> {
  const n = ++counter;
  const [inst] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.slug, o.institution ?? 'temuco'));
  const [author] = await db.insert(people).values({ email: `autora${n}@test.cabildo.cl`, name: `Autora ${n}`, emailConfirmedAt: new Date() }).returning({ id: people.id });
  const processId = o.processId ?? (await db.insert(participationProcesses).values({
    institutionId: inst!.id, title: `Proceso ${n}`, description: 'Proceso de prueba', scope: 'comuna', scopeCode: '09101', createdBy: author!.id,
  }).returning({ id: participationProcesses.id }))[0]!.id;
  const state = o.state ?? 'accepted';
  const [proposal] = await db.insert(participationProposals).values({
    institutionId: inst!.id, processId, authorId: author!.id, title: o.title ?? `Propuesta ${n}`, state,
    body: o.body ?? 'Las familias no saben qué plazas tienen juegos accesibles antes de salir de casa.',
    ...(state === 'accepted' ? { answer: 'Aceptada.', answeredAt: new Date() } : {}),
  }).returning({ id: participationProposals.id, processId: participationProposals.processId });
  return proposal!;
}
