// Recomputes the scores and the sensitivity of these years under the current method version (writing version 1,
// DEFAULT_METHOD, the first time), in the caller's transaction, with one audit row. Every command that changes the
// index's inputs (an import, a computed refresh, an adoption status, a new method version) calls it before committing,
// so a page never shows a score its data and method do not give. 'all' means every year that has values (and drops
// the rows of years that no longer have any).
// Years go in ascending order: each year's change (scoreChange = score − last year's score; rankChange = last year's
// rank − this year's rank, so a positive change is a climb) reads the previous year as computed in the same call or,
// if that year is not recomputed, as stored; the following year, if it is not recomputed too, has its change brought
// up to date.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { observatoryMethods, observatoryScores, observatorySensitivity } from '../../schema.js';
import { DEFAULT_METHOD, type MethodSpec } from '../method.js';
import { findCurrentMethod, listIndexYears, loadIndexInputs } from '../queries.js';
import type { IndexResult, SensitivityResult } from '../types.js';
import { computeIndex } from '../engine/compute-index.js';
import { computeSensitivity } from '../engine/sensitivity.js';

/** The note of version 1, shown on the methodology page. */
const DEFAULT_METHOD_NOTE = 'Método por defecto (Manual OCDE/JRC de indicadores compuestos, 2008): normalización mín–máx, pesos iguales, '
  + 'media aritmética, promedio de los indicadores disponibles y winsorización de valores extremos.';

export async function recomputeIndex(tx: Tx, years: number[] | 'all', actor: AuditActor): Promise<{ methodVersion: number; years: number[] }> {
  const { version, spec } = await ensureMethod(tx);
  const available = await listIndexYears(tx);
  const targets = years === 'all' ? available : [...new Set(years)].sort((a, b) => a - b);
  const inputs = await loadIndexInputs(tx, targets.filter((y) => available.includes(y)), spec);
  const results = inputs.map((input) => ({ index: computeIndex(input, spec), sensitivity: computeSensitivity(input, spec) }));
  const byYear = new Map(results.map((r) => [r.index.year, r.index.units]));
  // The year before each computed year: computed too, or as stored ('all' keeps nothing stored: the rows of a year
  // without values any more are dropped, and nothing is compared with them).
  const stored = years === 'all' ? new Map<number, Standing[]>()
    : await loadStandings(tx, version, [...byYear.keys()].map((y) => y - 1).filter((y) => !targets.includes(y)));
  const previousOf = (year: number): Standing[] => byYear.get(year - 1) ?? stored.get(year - 1) ?? [];
  await deleteYears(tx, version, years === 'all' ? 'all' : targets);
  await storeResults(tx, version, results, previousOf);
  for (const year of targets) if (!targets.includes(year + 1)) await updateChanges(tx, version, year + 1, byYear.get(year) ?? []);
  await appendAudit(tx, {
    actor, action: 'observatory.index.compute', resourceType: 'observatory_index', resourceId: version, public: true,
    summary: { version, years: targets, scored: Object.fromEntries(results.map((r) => [r.index.year, r.index.units.filter((u) => u.score !== null).length])) },
  });
  return { methodVersion: version, years: targets };
}

interface Standing { cut: string; score: number | null; rank: number | null }

async function ensureMethod(tx: Tx): Promise<{ version: number; spec: MethodSpec }> {
  const current = await findCurrentMethod(tx);
  if (current) return current;
  await tx.insert(observatoryMethods).values({ version: 1, spec: DEFAULT_METHOD, note: DEFAULT_METHOD_NOTE }).onConflictDoNothing();
  return { version: 1, spec: DEFAULT_METHOD };
}

async function loadStandings(tx: Tx, version: number, years: number[]): Promise<Map<number, Standing[]>> {
  const out = new Map<number, Standing[]>();
  if (years.length === 0) return out;
  const rows = await tx.select({ year: observatoryScores.year, cut: observatoryScores.cut, score: observatoryScores.score, rank: observatoryScores.rank })
    .from(observatoryScores).where(and(eq(observatoryScores.methodVersion, version), inArray(observatoryScores.year, years)));
  for (const r of rows) {
    const list = out.get(r.year) ?? [];
    list.push(r);
    out.set(r.year, list);
  }
  return out;
}

/** Score and rank change against the previous standings (null where either has no score). */
function changesAgainst(previous: Standing[]): (u: Standing) => { score_change: number | null; rank_change: number | null } {
  const before = new Map(previous.map((p) => [p.cut, p]));
  return (u) => {
    const p = before.get(u.cut);
    const both = p && p.score !== null && u.score !== null;
    return { score_change: both ? u.score! - p.score! : null, rank_change: both && p.rank !== null && u.rank !== null ? p.rank - u.rank : null };
  };
}

/**
 * Every year's rows in one statement: the rows go in as one jsonb parameter unpacked by jsonb_to_recordset, which
 * costs PGlite and PostgreSQL far less than thousands of bound parameters; changes are computed here, so no row is
 * written twice.
 */
async function storeResults(tx: Tx, version: number, results: Array<{ index: IndexResult; sensitivity: SensitivityResult }>, previousOf: (year: number) => Standing[]): Promise<void> {
  if (results.length === 0) return;
  const rows = results.flatMap(({ index }) => {
    const change = changesAgainst(previousOf(index.year));
    return index.units.map((u) => ({
      year: index.year, cut: u.cut, score: u.score, rank: u.rank, group: u.group, peer_group: u.peerGroup, peer_rank: u.peerRank,
      pillars: u.pillars, coverage: u.coverage, detail: u.detail, ...change(u),
    }));
  });
  if (rows.length > 0) {
    await tx.execute(sql`
      insert into observatory_scores (method_version, year, cut, score, rank, "group", peer_group, peer_rank, pillars, coverage, detail, score_change, rank_change)
      select ${version}, x.year, x.cut, x.score, x.rank, x.group, x.peer_group, x.peer_rank, x.pillars, x.coverage, x.detail, x.score_change, x.rank_change
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(year int, cut text, score float8, rank int, "group" text, peer_group text,
        peer_rank int, pillars jsonb, coverage float8, detail jsonb, score_change float8, rank_change int)`);
  }
  await tx.insert(observatorySensitivity).values(results.map(({ sensitivity: s }) => ({
    methodVersion: version, year: s.year, seed: s.seed, runs: s.runs, units: s.units, factors: s.factors,
  })));
}

/** The stored year after a recomputed one: its change now reads the new standings (`previous`, empty if none). */
async function updateChanges(tx: Tx, version: number, year: number, previous: Standing[]): Promise<void> {
  const prior = JSON.stringify(previous.map((p) => ({ cut: p.cut, score: p.score, rank: p.rank })));
  await tx.execute(sql`
    update observatory_scores s set score_change = s.score - x.score, rank_change = x.rank - s.rank
    from (select c.code as cut, p.score, p.rank from comunas c
          left join jsonb_to_recordset(${prior}::jsonb) as p(cut text, score float8, rank int) on p.cut = c.code) x
    where s.method_version = ${version} and s.year = ${year} and s.cut = x.cut`);
}

/** 'all': every row of the version (years without values any more included); else those years' rows. */
async function deleteYears(tx: Tx, version: number, years: number[] | 'all'): Promise<void> {
  if (years !== 'all' && years.length === 0) return;
  for (const table of [observatoryScores, observatorySensitivity]) {
    await tx.delete(table).where(and(eq(table.methodVersion, version), years === 'all' ? undefined : inArray(table.year, years)));
  }
}
