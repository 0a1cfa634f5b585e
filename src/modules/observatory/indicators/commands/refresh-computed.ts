// Refreshing the values computed from the other modules (sources/): every source for the given years (default: every
// year any module has activity), written as origin 'computed' with their provenance. A value imported for the same
// comuna, year and indicator is never overwritten (an official's figure wins over ours, and says where it came from);
// a computed value whose activity vanished (a request withdrawn, an award cancelled) is deleted, since missing is not
// zero. Unchanged values are left alone, so the audit row counts real changes and only the years that changed are
// recomputed, in the same transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, canonicalJson, type AuditActor } from '../../../../core/audit/log.js';
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { recomputeIndex } from '../../index/commands/recompute.js';
import { observatoryValues as v } from '../schema.js';
import { SOURCES, loadSourceContext } from '../sources/index.js';
import type { ComputedValue } from '../sources/types.js';

export interface RefreshOutcome { years: number[]; inserted: number; updated: number; unchanged: number; deleted: number; keptImported: number }

const keyOf = (r: { cut: string; year: number; indicator: string }) => `${r.cut}|${r.year}|${r.indicator}`;

export async function refreshComputedIndicators(tx: Tx, actor: AuditActor, years?: number[], now = new Date()): Promise<RefreshOutcome> {
  const ctx = await loadSourceContext(tx, toSantiagoDate(now));
  const computed: ComputedValue[] = [];
  const allYears = new Set<number>(years ?? []);
  // Years that had computed values are computed again, so values whose activity vanished everywhere are deleted too.
  const hadValues = years ? [] : (await tx.selectDistinct({ year: v.year }).from(v).where(eq(v.origin, 'computed'))).map((r) => r.year);
  for (const source of SOURCES) {
    const sourceYears = years ?? [...new Set([...await source.years(tx, ctx), ...hadValues])];
    for (const year of sourceYears) {
      allYears.add(year);
      computed.push(...await source.compute(tx, year, ctx));
    }
  }
  const yearList = [...allYears].sort((a, b) => a - b);
  const outcome: RefreshOutcome = { years: [], inserted: 0, updated: 0, unchanged: 0, deleted: 0, keptImported: 0 };
  if (yearList.length === 0) return outcome;
  const existing = new Map((await tx.select().from(v).where(inArray(v.year, yearList))).map((r) => [keyOf(r), r]));
  const touched = new Set<number>();
  const fresh = new Set<string>();
  for (const c of computed) {
    const key = keyOf(c);
    fresh.add(key);
    const old = existing.get(key);
    if (old && old.origin !== 'computed') { outcome.keptImported += 1; continue; }
    if (old && old.value === c.value && canonicalJson(old.provenance) === canonicalJson(c.provenance)) { outcome.unchanged += 1; continue; }
    if (old) {
      await tx.update(v).set({ value: c.value, provenance: c.provenance, updatedAt: sql`now()` }).where(eq(v.id, old.id));
      outcome.updated += 1;
    } else {
      await tx.insert(v).values({ ...c, origin: 'computed', source: String(c.provenance.module) });
      outcome.inserted += 1;
    }
    touched.add(c.year);
  }
  const gone = [...existing.values()].filter((r) => r.origin === 'computed' && !fresh.has(keyOf(r)));
  if (gone.length > 0) await tx.delete(v).where(and(eq(v.origin, 'computed'), inArray(v.id, gone.map((r) => r.id))));
  for (const r of gone) touched.add(r.year);
  outcome.deleted = gone.length;
  outcome.years = [...touched].sort((a, b) => a - b);
  await appendAudit(tx, { actor, action: 'observatory.values.refresh', resourceType: 'observatory_values', public: true, summary: { ...outcome, yearsComputed: yearList } });
  if (outcome.years.length > 0) await recomputeIndex(tx, outcome.years, actor);
  return outcome;
}
