// The technology rule set with, for each rule, who changed it last and when: the latest audit entry about it (every
// change is audited under the person's name), or none for the rules the migration seeded and nobody touched since.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../../core/db/client.js';
import { auditLog } from '../../../../core/audit/schema.js';
import { budgetTechnologyRules } from '../../schema.js';

export async function listTechnologyRules(db: DbOrTx) {
  const changes = db.selectDistinctOn([auditLog.resourceId], { code: auditLog.resourceId, by: auditLog.actorLabel, at: auditLog.at })
    .from(auditLog).where(eq(auditLog.resourceType, 'budget_technology_rule'))
    .orderBy(auditLog.resourceId, sql`${auditLog.seq} desc`).as('changes');
  return db.select({
    id: budgetTechnologyRules.id, code: budgetTechnologyRules.code, label: budgetTechnologyRules.label, active: budgetTechnologyRules.active,
    changedBy: changes.by, changedAt: changes.at,
  }).from(budgetTechnologyRules).leftJoin(changes, eq(changes.code, budgetTechnologyRules.code))
    .orderBy(asc(budgetTechnologyRules.code));
}
export type TechnologyRuleRow = Awaited<ReturnType<typeof listTechnologyRules>>[number];

export async function findTechnologyRule(db: DbOrTx, id: number) {
  const [row] = await db.select().from(budgetTechnologyRules).where(eq(budgetTechnologyRules.id, id));
  return row ?? null;
}
