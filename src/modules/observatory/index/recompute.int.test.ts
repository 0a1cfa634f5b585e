// recomputeIndex on a fresh database: method version 1 written once, 345 rows per year replaced (never duplicated),
// changes against the previous year kept up to date, one public audit row per call; then on SUBDERE SINIM's real
// 2019–2023 values with their real gaps: coverage reported, no NaN anywhere, ranks that follow the scores.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { auditLog } from '../../../core/audit/schema.js';
import { insertTestValues, type TestValue } from '../test-support.js';
import { observatoryMethods, observatoryScores, observatorySensitivity, observatoryValues } from '../schema.js';
import { recomputeIndex } from './commands/recompute.js';
import { findCurrentMethod, loadIndexInput } from './queries.js';
import { computeIndex } from './engine/compute-index.js';
import { computeSensitivity } from './engine/sensitivity.js';
import { DEFAULT_METHOD } from './method.js';

const PROF = 'capacities.professionalisation';
const TRAIN = 'capacities.training_spend';
const SINIM = '/work/shared/data/chile/sinim_indicadores_comunas_2019_2023.csv';
const COLUMNS: Record<string, string> = {
  nivel_profesionalizacion_pct: PROF, gasto_capacitacion_sobre_gasto_personal_pct: TRAIN,
  poblacion_ine_estimada: 'context.population', pct_poblacion_rural: 'context.rural_share',
};

/** SINIM's wide file as long values; an empty cell is a gap (no row). */
function readSinim(): TestValue[] {
  const [header, ...lines] = readFileSync(SINIM, 'utf8').trim().split('\n');
  const names = header!.split(',');
  return lines.flatMap((line) => {
    const cells = line.split(',');
    const at = (name: string) => cells[names.indexOf(name)]!;
    return Object.entries(COLUMNS).filter(([column]) => at(column) !== '')
      .map(([column, indicator]) => ({ cut: at('cut_comuna'), year: Number(at('anio')), indicator, value: Number(at(column)), source: 'SINIM' }));
  });
}

const finite = (x: unknown): boolean => (typeof x === 'number' ? Number.isFinite(x) : x === null || typeof x !== 'object' || Object.values(x as object).every(finite));

describe('recomputeIndex', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); }, 60_000);
  afterAll(async () => { await t.close(); });
  const recompute = (years: number[] | 'all') => t.database.db.transaction((tx) => recomputeIndex(tx, years, SYSTEM_ACTOR));
  const rowsOf = (year: number) => t.database.db.select().from(observatoryScores).where(eq(observatoryScores.year, year)).orderBy(asc(observatoryScores.cut));

  it('writes version 1, a row per municipality, changes since last year and one audit row', async () => {
    await insertTestValues(t.database.db, [
      { cut: '09101', year: 2022, indicator: PROF, value: 40 }, { cut: '14101', year: 2022, indicator: PROF, value: 60 },
      { cut: '09101', year: 2023, indicator: PROF, value: 80 }, { cut: '14101', year: 2023, indicator: PROF, value: 60 },
      { cut: '13101', year: 2023, indicator: PROF, value: 20 },
    ]);
    expect(await recompute('all')).toEqual({ methodVersion: 1, years: [2022, 2023] });
    expect(await recompute([2023])).toEqual({ methodVersion: 1, years: [2023] });
    expect(await t.database.db.select().from(observatoryMethods)).toMatchObject([{ version: 1, spec: DEFAULT_METHOD }]);
    expect((await findCurrentMethod(t.database.db))!.version).toBe(1);
    const y2023 = await rowsOf(2023);
    expect(y2023).toHaveLength(345);
    const temuco = y2023.find((r) => r.cut === '09101')!;
    const valdivia = y2023.find((r) => r.cut === '14101')!;
    // 2022: Valdivia 100 (rank 1), Temuco 0 (2); 2023 (20–80): Temuco 100 (1), Valdivia 66.67 (2), Santiago 0 (3)
    expect([temuco.score, temuco.rank, temuco.scoreChange, temuco.rankChange]).toEqual([100, 1, 100, 1]);
    expect(valdivia.scoreChange).toBeCloseTo(-33.333, 3);
    expect(valdivia.rankChange).toBe(-1);
    expect(y2023.find((r) => r.cut === '13101')).toMatchObject({ score: 0, rank: 3, scoreChange: null, rankChange: null });
    expect(y2023.filter((r) => r.score === null)).toHaveLength(342);
    // no SINIM context loaded: population from the census in the reference data, rural share unknown → urban
    expect(temuco.peerGroup).toBe('large');
    expect(y2023.find((r) => r.cut === '05104')!.peerGroup).toBe('small_urban'); // Juan Fernández, ~1,000 people
    expect(await t.database.db.select().from(observatorySensitivity)).toHaveLength(2);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'observatory.index.compute'));
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ public: true, resourceId: '1', summary: { version: 1, years: [2022, 2023], scored: { 2022: 2, 2023: 3 } } });
  });

  it("brings the following year's change up to date when only an earlier year is recomputed", async () => {
    await t.database.db.update(observatoryValues).set({ value: 90 }).where(and(eq(observatoryValues.cut, '09101'), eq(observatoryValues.year, 2022)));
    await recompute([2022]);
    // 2022 now Temuco 100 (1), Valdivia 0 (2): Temuco's 2023 change is 0, Valdivia's +66.67 and a place up
    const y2023 = await rowsOf(2023);
    expect(y2023.find((r) => r.cut === '09101')).toMatchObject({ scoreChange: 0, rankChange: 0 });
    expect(y2023.find((r) => r.cut === '14101')!.rankChange).toBe(0);
  });

  it("drops, under 'all', a year that has no values any more, and nothing is compared with it", async () => {
    await t.database.db.delete(observatoryValues).where(eq(observatoryValues.year, 2022));
    expect(await recompute('all')).toEqual({ methodVersion: 1, years: [2023] });
    expect(await rowsOf(2022)).toHaveLength(0);
    expect((await rowsOf(2023)).filter((r) => r.scoreChange !== null || r.rankChange !== null)).toHaveLength(0);
    expect((await t.database.db.select().from(observatorySensitivity)).map((r) => r.year)).toEqual([2023]);
  });
});

describe('recomputeIndex on SINIM 2019–2023 (real gaps)', () => {
  let t: TestApp;
  const sinim = readSinim();
  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < sinim.length; i += 1000) await insertTestValues(t.database.db, sinim.slice(i, i + 1000));
  }, 60_000);
  afterAll(async () => { await t.close(); });

  it('scores 345 municipalities a year with coverage, no NaN, ranks that follow the scores and changes from 2020', async () => {
    const started = performance.now();
    expect(await t.database.db.transaction((tx) => recomputeIndex(tx, 'all', SYSTEM_ACTOR))).toEqual({ methodVersion: 1, years: [2019, 2020, 2021, 2022, 2023] });
    console.log(`recomputeIndex, SINIM 2019–2023: ${Math.round(performance.now() - started)} ms`);
    const rows = await t.database.db.select().from(observatoryScores);
    expect(finite(rows.map(({ computedAt: _, ...r }) => r))).toBe(true);
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      const ofYear = rows.filter((r) => r.year === year);
      expect(ofYear).toHaveLength(345);
      const gaps = new Set(sinim.filter((v) => v.year === year && (v.indicator === PROF || v.indicator === TRAIN)).map((v) => `${v.cut}|${v.indicator}`));
      for (const r of ofYear) {
        const has = [PROF, TRAIN].filter((code) => gaps.has(`${r.cut}|${code}`)).length;
        expect(r.coverage).toBe(has / 2); // two indicators of the only pillar with data, equal weights
        expect(r.score === null).toBe(has === 0);
      }
      expect(ofYear.some((r) => r.coverage === 0.5)).toBe(true);
      const scored = ofYear.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
      scored.forEach((r) => expect(r.rank).toBe(1 + scored.filter((o) => o.score! > r.score! + 1e-9).length));
      expect(new Set(ofYear.map((r) => r.peerGroup))).toEqual(new Set(['large', 'medium', 'small_urban', 'rural']));
      const changed = ofYear.filter((r) => r.scoreChange !== null);
      if (year === 2019) expect(changed).toHaveLength(0);
      else expect(changed.length).toBeGreaterThan(300);
    }
    const sensitivity = await t.database.db.select().from(observatorySensitivity).orderBy(asc(observatorySensitivity.year));
    expect(sensitivity.map((s) => [s.year, s.runs, s.units.length])).toEqual([2019, 2020, 2021, 2022, 2023].map((y) => [y, 1000, 345]));
    expect(finite(sensitivity.map((s) => [s.units, s.factors]))).toBe(true);
    // jsonb turns NaN into null silently: the engine's own output is checked before storage too
    const input = await loadIndexInput(t.database.db, 2023, DEFAULT_METHOD);
    expect(input.units).toHaveLength(345);
    expect(finite(computeIndex(input, DEFAULT_METHOD))).toBe(true);
    expect(finite(computeSensitivity(input, DEFAULT_METHOD))).toBe(true);
  }, 60_000);
});
