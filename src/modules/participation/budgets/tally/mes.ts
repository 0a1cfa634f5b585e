// The Method of Equal Shares (Peters & Skowron, "Proportional participatory budgeting with additive utilities",
// NeurIPS 2021; equalshares.net). Each voter starts with an equal endowment. A project can be funded while its
// supporters still hold its cost; among those MES funds the one with the smallest ρ, where each supporter pays
// min(their money, ρ × their utility) and the payments add up to the cost. It stops when nothing is affordable.
// Ties on ρ: lower cost, then more supporters, then file order (SOURCES.md; `rank` in prepared.ts).
//
// Exactness: every group's money is an integer over one common denominator D (rescaled when a payment needs it), so
// comparisons are exact bigint arithmetic. Each amount is also kept as an affine function of the endowment,
// money(E0 + t) = (V + S·t) / D, which is exact along the run's path: the run can then report how far the endowment
// can grow before any comparison it made could change sign. The add1 completion uses this to jump over endowments
// that would rerun MES to the same outcome (completion.ts); every run still starts from scratch.
import type { Fraction } from './fraction.js';
import { abs, gcd, reduce } from './fraction.js';
import type { Prepared, Supporter } from './prepared.js';
import { Purses } from './purses.js';
import type { Utilities } from './types.js';

export interface MesRound {
  project: number;
  /** The largest payment per unit of utility. */
  rho: Fraction;
  /** What each voter of a supporting group paid (exact, not reduced: reducing costs more than the tally), and
   * whether it was all they had left. */
  payments: { group: number; amount: Fraction; spentOut: boolean }[];
}

export interface MesRun {
  endowment: Fraction;
  selected: number[];
  rounds: MesRound[];
  /** Each group's money per voter when MES stopped. */
  leftover: Fraction[];
  /** Only when tracked: the outcome is the same for every endowment in [endowment, endowment + stableFor); null: any larger one. */
  stableFor?: Fraction | null;
}

/** ρ(t) = (r + rs·t) / den. */
interface Rho {
  r: bigint;
  rs: bigint;
  den: bigint;
}

interface Offer {
  project: number;
  rho: Rho;
  /** The cost not covered by capped supporters (over D, with its slope) and the points of those paying ρ × utility. */
  rest: bigint;
  restSlope: bigint;
  points: bigint;
}

/** The smallest t ≥ 0 at which one of the noted affine quantities a + b·t may change sign. */
class StabilityBound {
  min: Fraction | null = null;
  constructor(readonly active: boolean) {}
  note(a: bigint, b: bigint) {
    if (!this.active || b === 0n || (this.min !== null && this.min.num === 0n)) return;
    if (a !== 0n && (a > 0n) === (b > 0n)) return;
    const root = { num: abs(a), den: abs(b) };
    if (this.min === null || root.num * this.min.den < this.min.num * root.den) this.min = root;
  }
}

export function runMes(prepared: Prepared, utilities: Utilities, endowment: Fraction, track = false): MesRun {
  const { costs, weights, supporters, totalPoints, rank } = prepared;
  const bound = new StabilityBound(track);
  const purses = new Purses(weights.length, endowment, track);
  const { value: money, slope } = purses;
  const scale = (p: number) => (utilities === 'cost' ? costs[p] : 1n);
  const lower: (Rho | undefined)[] = [];
  const open = new Set(costs.map((_, p) => p).filter((p) => supporters[p].length > 0));
  const selected: number[] = [];
  const rounds: MesRound[] = [];

  // The sign of a − b decides; tracked, a − b as a function of t goes to the bound.
  const beats = (p: number, a: Rho, q: number, b: Rho) => {
    const diff = a.r * b.den - b.r * a.den;
    if (track) bound.note(diff, a.rs * b.den - b.rs * a.den);
    return diff < 0n || (diff === 0n && rank[p] < rank[q]);
  };
  const poorer = (a: Supporter, b: Supporter) => (a.points === b.points ? money[a.group] < money[b.group]
    : money[a.group] * b.points < money[b.group] * a.points);

  function offer(p: number): Offer | null {
    const d = purses.d;
    let total = 0n;
    let totalSlope = 0n;
    let poorest = supporters[p][0];
    for (const s of supporters[p]) {
      purses.read(s.group);
      total += weights[s.group] * money[s.group];
      if (track) totalSlope += weights[s.group] * slope[s.group];
      if (poorer(s, poorest)) poorest = s;
    }
    const shortfall = total - costs[p] * d;
    bound.note(shortfall, totalSlope);
    if (shortfall < 0n) return null;
    // Supporters by money per point: the poorest pay all they have, the rest pay ρ × utility. Usually nobody is
    // short of ρ × utility, which the poorest supporter alone shows without sorting.
    let points = totalPoints[p];
    let rest = costs[p] * d;
    let restSlope = 0n;
    if (money[poorest.group] * points < rest * poorest.points) {
      const order = [...supporters[p]].sort((a, b) => (poorer(a, b) ? -1 : poorer(b, a) ? 1 : 0));
      for (const s of order) {
        if (money[s.group] * points >= rest * s.points) break;
        rest -= weights[s.group] * money[s.group];
        if (track) restSlope -= weights[s.group] * slope[s.group];
        points -= weights[s.group] * s.points;
      }
    }
    if (track) {
      for (const s of supporters[p]) bound.note(money[s.group] * points - rest * s.points, slope[s.group] * points - restSlope * s.points);
    }
    return { project: p, rho: { r: rest, rs: restSlope, den: points * d * scale(p) }, rest, restSlope, points };
  }

  function fund(o: Offer) {
    const d = purses.d;
    const g = gcd(gcd(o.rest, o.points), o.restSlope);
    const [rest, restSlope, points] = [o.rest / g, o.restSlope / g, o.points / g];
    const payments: MesRound['payments'] = [];
    const after: [number, bigint, bigint][] = [];
    for (const { group, points: pts } of supporters[o.project]) {
      purses.read(group);
      if (money[group] * o.points < o.rest * pts) {
        payments.push({ group, amount: { num: money[group], den: d }, spentOut: true });
        after.push([group, 0n, 0n]);
      } else {
        const left = money[group] * points - rest * pts;
        payments.push({ group, amount: { num: o.rest * pts, den: o.points * d }, spentOut: left === 0n });
        after.push([group, left, track ? slope[group] * points - restSlope * pts : 0n]);
      }
    }
    purses.grow(points);
    for (const [group, value, valueSlope] of after) purses.set(group, value, valueSlope);
    rounds.push({ project: o.project, rho: reduce(o.rho.r, o.rho.den), payments });
    selected.push(o.project);
    open.delete(o.project);
  }

  for (;;) {
    // By their last ρ (projects not yet evaluated first): the order only saves work, it decides nothing.
    const candidates = [...open].sort((a, b) => {
      const [la, lb] = [lower[a], lower[b]];
      const diff = la && lb ? la.r * lb.den - lb.r * la.den : 0n;
      return diff !== 0n ? (diff < 0n ? -1 : 1) : (la ? 1 : 0) - (lb ? 1 : 0) || rank[a] - rank[b];
    });
    let best: Offer | null = null;
    for (const p of candidates) {
      // ρ never falls as money is spent, so an earlier ρ that already loses needs no new computation.
      if (best && lower[p] && beats(best.project, best.rho, p, lower[p]!)) continue;
      const o = offer(p);
      if (o === null) {
        open.delete(p); // money only decreases: it stays unaffordable
        continue;
      }
      lower[p] = o.rho;
      if (best === null || beats(p, o.rho, best.project, best.rho)) best = o;
    }
    if (best === null) break;
    fund(best);
  }
  return { endowment, selected, rounds, leftover: purses.leftover(), ...(track ? { stableFor: bound.min } : {}) };
}
