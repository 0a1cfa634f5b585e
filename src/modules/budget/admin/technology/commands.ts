// Changes to the technology rule set: add a rule, relabel it, deactivate or reactivate it. Each is one transaction
// with its public audit entry (the rule set decides published figures, so who changed it is public), and a change of
// what is active re-flags every fact and refreshes the rollups in that same transaction (reflag.ts). Rules are never
// deleted: a deactivated rule still explains figures published while it was active.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { isTechnologyRuleCode } from '../../technology.js';
import { budgetTechnologyRules } from '../../schema.js';
import { reflagTechnology, type Reflagged } from './reflag.js';
import { lockTechnologyRules } from '../../technology.js';

/**
 * "29.6" → "29.06", "22.11.3" → "22.11.003": the clasificador's padding (subtítulo and ítem 2 digits, asignación 3), so
 * one node has one code and the unique index catches a repeat however it was typed. Null when it is not a rule code.
 */
export function canonicalRuleCode(code: string): string | null {
  if (!isTechnologyRuleCode(code)) return null;
  const [subtitulo, item, asignacion] = code.split('.').map(Number);
  if (item !== undefined && item > 99) return null;
  return [String(subtitulo).padStart(2, '0'), item === undefined ? null : String(item).padStart(2, '0'),
    asignacion === undefined ? null : String(asignacion).padStart(3, '0')].filter((l) => l !== null).join('.');
}

const audit = (tx: Tx, actor: AuditActor, action: string, code: string, summary: Record<string, unknown>) =>
  appendAudit(tx, { actor, action: `budget_technology_rule.${action}`, resourceType: 'budget_technology_rule', resourceId: code, public: true, summary });

/** Adds an active rule (code already canonical); null when a rule with that code exists (reactivate it instead). */
export async function addTechnologyRule(tx: Tx, input: { code: string; label: string }, actor: AuditActor & { id: number }): Promise<Reflagged | null> {
  await lockTechnologyRules(tx);
  const [existing] = await tx.select({ id: budgetTechnologyRules.id }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.code, input.code));
  if (existing) return null;
  await tx.insert(budgetTechnologyRules).values({ code: input.code, label: input.label, createdBy: actor.id });
  const reflagged = await reflagTechnology(tx);
  await audit(tx, actor, 'add', input.code, { code: input.code, label: input.label, reflagged });
  return reflagged;
}

type Rule = typeof budgetTechnologyRules.$inferSelect;

export async function relabelTechnologyRule(tx: Tx, rule: Rule, label: string, actor: AuditActor): Promise<void> {
  await lockTechnologyRules(tx);
  await tx.update(budgetTechnologyRules).set({ label }).where(eq(budgetTechnologyRules.id, rule.id));
  await audit(tx, actor, 'relabel', rule.code, { code: rule.code, label, previousLabel: rule.label });
}

export async function setTechnologyRuleActive(tx: Tx, rule: Rule, active: boolean, actor: AuditActor): Promise<Reflagged> {
  await lockTechnologyRules(tx);
  await tx.update(budgetTechnologyRules).set({ active }).where(eq(budgetTechnologyRules.id, rule.id));
  const reflagged = await reflagTechnology(tx);
  await audit(tx, actor, active ? 'reactivate' : 'deactivate', rule.code, { code: rule.code, label: rule.label, reflagged });
  return reflagged;
}
