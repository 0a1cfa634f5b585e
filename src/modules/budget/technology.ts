// Which facts are technology spending, by the clasificador presupuestario codes of the rule set
// (budget_technology_rules, seeded from the table in data/budget SOURCES.md and editable by officials).
//
// A rule names one node of the subtítulo.ítem[.asignación] hierarchy, and a fact matches when it lies inside that node:
//   - "29.06" (an ítem) matches 29.06 itself and every asignación under it (29.06.001, 29.06.002);
//   - "22.11.003" (an asignación) matches only that asignación.
// A fact coarser than the rule never matches: a subtítulo-22 total (Ley de Presupuestos) is not all technology just
// because 22.11.003 is. So in the Ley only 29.06 and 29.07 are visible (the Ley details subtítulo 29 down to ítem and
// gives 22 only as a total); the 22.xx rules need asignación-level execution data. Municipal accounts write the same
// codes under a "215" prefix (215.22.11.003): their importer maps them to these levels.
// Levels compare as numbers, so "06" and "6" are the same ítem whichever padding a source uses.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import type { ClassificationCode } from './import/types.js';

/** subtítulo (2 digits), then optionally ítem and asignación (1–3 digits each), dot-separated. */
const RULE_CODE = /^\d{2}(\.\d{1,3}){0,2}$/;

export function isTechnologyRuleCode(code: string): boolean {
  return RULE_CODE.test(code);
}

export type TechnologyMatcher = (code: Pick<ClassificationCode, 'subtitulo' | 'item' | 'asignacion'>) => boolean;

/** Compiles the rules once: a fact is then checked with at most three set look-ups, fast enough for millions. */
export function technologyMatcher(rules: readonly { code: string }[]): TechnologyMatcher {
  const nodes = new Set(rules.map(({ code }) => {
    if (!isTechnologyRuleCode(code)) throw new Error(`not a technology rule code: "${code}" (e.g. 29.06 or 22.11.003)`);
    return code.split('.').map(Number).join('.');
  }));
  return ({ subtitulo, item, asignacion }) => {
    let node = '';
    for (const level of [subtitulo, item, asignacion]) {
      if (level === '') return false;
      node += (node === '' ? '' : '.') + Number(level);
      if (nodes.has(node)) return true;
    }
    return false;
  };
}

/**
 * Arbitrary constant: rule changes take it exclusively, every import shared (commands/import-dataset.ts), so an import never
 * flags its facts with rules that change before it commits.
 */
const TECHNOLOGY_RULES_LOCK = 0x7ec401;

/** Called by an import before it reads the rules: waits for a rule change under way. */
export async function holdTechnologyRules(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${TECHNOLOGY_RULES_LOCK})`);
}

/** Called by a rule change before it writes: one change at a time, and none while an import runs. */
export async function lockTechnologyRules(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TECHNOLOGY_RULES_LOCK})`);
}
