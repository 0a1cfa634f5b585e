// The rules on real elections (pabulib; Faliszewski et al., IJCAI 2023; ../shared/data/pb/SOURCES.md): where the city
// used MES the outcome must be its `selected` column; greedy is checked against a separate, plain computation.
import { describe, expect, it } from 'vitest';
import { parsePabulib } from '../pabulib/parse.js';
import { readReal } from '../pabulib/real-files.js';
import { completeMes } from './completion.js';
import { tally, buildElection } from './index.js';
import { prepareElection } from './prepared.js';

const load = (name: string) => {
  const instance = parsePabulib(readReal(name));
  const funded = instance.projects.filter((p) => p.extra.selected === '1').map((p) => p.id);
  return { instance, election: buildElection(instance), funded };
};
const sorted = (ids: string[]) => [...ids].sort((a, b) => Number(a) - Number(b));

describe('Assen 2024 (MES, cost utilities, add1)', () => {
  const { election, funded } = load('Netherlands_Assen_2024');

  it('reproduces the funded projects', () => {
    const result = tally(election, { rule: 'mes', utilities: 'cost', completion: 'add1' });
    expect(sorted(result.selected)).toEqual(sorted(funded));
    expect(result.cost).toBe(76700n);
    // pabulib's `equalshares/add1` (no exhaustiveness stop) gives the same here.
    expect(sorted(tally(election, { rule: 'mes', completion: 'add1-no-stop' }).selected)).toEqual(sorted(funded));
  });

  it('jumps give the outcome of one-unit steps, with far fewer MES runs', () => {
    const prepared = prepareElection(election);
    const [jumped, stepped] = [completeMes(prepared, 'cost', 'add1'), completeMes(prepared, 'cost', 'add1', false)];
    expect(jumped.selected).toEqual(stepped.selected);
    expect(stepped.runs).toBe(845);
    expect(jumped.runs).toBeLessThan(100);
  });

  it('add1-greedy then adds RuBox (7), the next project by votes that fits in the 23,300 left', () => {
    expect(tally(election, { rule: 'mes', completion: 'add1-greedy' }).selected.slice(-1)).toEqual(['7']);
  });

  it('explains each project', () => {
    const { explanation } = tally(election, { rule: 'mes' });
    expect(explanation.funded[0]).toMatchObject({ id: '3', by: 'mes', round: 1, cost: 7200 });
    expect(explanation.funded.every((f) => f.payers! > 0 && f.rho! > 0)).toBe(true);
    const crossbaan = explanation.unfunded.find((u) => u.id === '8')!;
    expect(crossbaan.reason).toBe('supporters-short');
    expect(crossbaan.supportersMoney!).toBeLessThan(40000);
    expect(crossbaan.spentOn!.length).toBeGreaterThan(0);
    expect(explanation.shares).toMatchObject({ voters: 84 });
    const { endowment, spent } = explanation.shares!;
    expect(spent.min).toBeGreaterThanOrEqual(0);
    expect(spent.max).toBeLessThanOrEqual(endowment + 1e-9);
  });
});

describe('Wieliczka 2023 Green Budget (MES, cost utilities, add1-comparison)', () => {
  const { election, funded } = load('Poland_Wieliczka_2023_Green_Budget');

  it('reproduces the funded projects with add1 without the exhaustiveness stop, then the comparison with greedy', () => {
    const result = tally(election, { rule: 'mes', completion: 'add1-comparison' });
    expect(sorted(result.selected)).toEqual(sorted(funded));
    expect(result.cost).toBe(995079n);
    expect(result.explanation.comparison).toEqual({ preferMes: 1615, preferGreedy: 873, kept: 'mes' });
    expect(result.explanation.shares?.endowment).toBe(315);
    expect(sorted(tally(election, { rule: 'mes', completion: 'add1-no-stop' }).selected)).toEqual(sorted(funded));
  });

  it('differs with the exhaustiveness stop: add1 stops earlier, at an outcome that is already exhaustive', () => {
    const { selected } = tally(election, { rule: 'mes', completion: 'add1' });
    expect(sorted(selected)).not.toEqual(sorted(funded));
    expect(selected).not.toContain('46');
  });
});

/** Greedy written out plainly from the raw file: points per project from VOTES, most first, add while it fits. */
function greedyByHand(name: string): string[] {
  const { instance } = load(name);
  const score = new Map(instance.projects.map((p) => [p.id, 0]));
  for (const v of instance.votes) v.vote.forEach((id, i) => score.set(id, score.get(id)! + (v.points?.[i] ?? 1)));
  const byScore = [...instance.projects].sort((a, b) => score.get(b.id)! - score.get(a.id)!);
  let left = Number(instance.budget.value);
  return byScore.filter((p) => {
    const fits = score.get(p.id)! > 0 && Number(p.cost.value) <= left;
    if (fits) left -= Number(p.cost.value);
    return fits;
  }).map((p) => p.id);
}

describe.each(['Poland_Warszawa_2017_Plac_Wojska_Polskiego', 'Poland_Czestochowa_2024_Grabowka'])('greedy on %s', (name) => {
  it('matches a plain computation and the city’s funded projects', () => {
    const { election, funded } = load(name);
    const result = tally(election, { rule: 'greedy' });
    expect(result.selected).toEqual(greedyByHand(name));
    expect(sorted(result.selected)).toEqual(sorted(funded));
  });
});
