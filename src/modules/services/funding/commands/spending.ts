// Spending entries: what a service cost outside its linked procurement contracts (staff time, a transfer from
// another body, a purchase made elsewhere), each with its source, a year and integer pesos, and optionally the
// budget line of the clasificador presupuestario it was executed under (the format budget and procurement use:
// '21.01.001', subtítulos 21–35, parseBudgetLine). Spent money is a fact: no year after the current one.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { parseBudgetLine } from '../../../budget/index.js';
import { checkText, todayInChile } from '../../registry/commands/checks.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { servicesSpending } from '../schema.js';

/** The incubator's record starts well before any service; earlier years are surely a typo. */
export const FIRST_SPENDING_YEAR = 2000;

export interface SpendingInput { year: number; amount: number; description: string; budgetLine?: string | null }

type Service = Pick<ServiceRecord, 'id' | 'slug' | 'parties'>;

export async function addSpending(tx: Tx, service: Service, input: SpendingInput, actor: AuditActor, today = todayInChile()): Promise<number> {
  if (!Number.isInteger(input.year) || input.year < FIRST_SPENDING_YEAR || input.year > Number(today.slice(0, 4))) throw new InvalidField('year', 'services.funding.error.year');
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new InvalidField('amount', 'services.funding.error.amount');
  const description = checkText('description', input.description);
  if (description.length > 500) throw new InvalidField('description', 'services.funding.error.description');
  const line = (input.budgetLine ?? '').trim();
  if (line && !parseBudgetLine(line)) throw new InvalidField('budgetLine', 'services.funding.error.budgetLine');
  const [row] = await tx.insert(servicesSpending).values({
    serviceId: service.id, year: input.year, amount: input.amount, description, budgetLine: line || null, recordedBy: actor.id,
  }).returning({ id: servicesSpending.id });
  await appendAudit(tx, {
    actor, institutionId: service.parties.incubatorInstitutionId, action: 'services.spending.add', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, spendingId: row!.id, year: input.year, amount: input.amount, description, budgetLine: line || null }, public: true,
  });
  return row!.id;
}

export async function removeSpending(tx: Tx, service: Service, spendingId: number, actor: AuditActor): Promise<void> {
  const [row] = await tx.delete(servicesSpending).where(and(eq(servicesSpending.id, spendingId), eq(servicesSpending.serviceId, service.id))).returning();
  if (!row) throw new InvalidField('spending', 'services.funding.error.spending');
  await appendAudit(tx, {
    actor, institutionId: service.parties.incubatorInstitutionId, action: 'services.spending.remove', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, spendingId, year: row.year, amount: row.amount, description: row.description }, public: true,
  });
}
