import { describe, expect, it } from 'vitest';
import { PabulibError } from './instance.js';
import { parsePabulib } from './parse.js';
import { readReal, REAL_FILES } from './real-files.js';


const tiny = (projects: string, votes: string, meta = 'budget;100\nvote_type;approval') =>
  `META\nkey;value\n${meta}\nPROJECTS\nproject_id;cost;name\n${projects}\nVOTES\nvoter_id;vote\n${votes}\n`;

describe('parsePabulib on the real files', () => {
  it.each(REAL_FILES)('%s has the projects and votes its META announces', (name) => {
    const instance = parsePabulib(readReal(name));
    expect(instance.projects).toHaveLength(Number(instance.meta.num_projects));
    expect(instance.votes).toHaveLength(Number(instance.meta.num_votes));
  });

  it('keeps Wieliczka’s quoted names, coordinates and the first voter', () => {
    const w = parsePabulib(readReal('Poland_Wieliczka_2023_Green_Budget'));
    expect(w.budget).toEqual({ value: 1000000n, decimals: 0 });
    expect(w.voteType).toBe('approval');
    expect(w.meta.rule).toBe('equalshares/add1-comparison');
    expect(w.projects.find((p) => p.id === '81')!.name).toMatch(/^Sensoryczna .* w Parku "Stok pod Baranem" - wykonane/);
    expect(w.projects[0]).toMatchObject({ id: '24', cost: { value: 5000n, decimals: 0 }, extra: { votes: '720', selected: '1', latitude: '49.9873919' } });
    expect(w.projects.find((p) => p.id === '59')!.extra).toMatchObject({ latitude: '', longitude: '' });
    expect(w.votes[0]).toEqual({ voterId: '1', vote: ['70', '20', '21', '25', '6'], extra: {} });
  });

  it('keeps commas inside names and categories, points and extra vote columns', () => {
    const c = parsePabulib(readReal('Poland_Czestochowa_2024_Grabowka'));
    expect(c.voteType).toBe('cumulative');
    expect(c.projects.find((p) => p.id === '692')!.name).toContain('nagłośnienie, scenę');
    expect(c.votes[0]).toEqual({ voterId: '2', vote: ['143'], points: [10], extra: { sex: 'M', voting_method: 'internet' } });
    const w = parsePabulib(readReal('Poland_Warszawa_2017_Plac_Wojska_Polskiego'));
    expect(w.projects[1]).toMatchObject({ category: 'education,environmental protection', extra: { beneficiaries: 'None' } });
  });

  it('reads a non-integer budget exactly, choose-1 ballots and empty ballots', () => {
    const i = parsePabulib(tiny('1;969245.38;A\n2;10.5;B', 'v1;1\nv2;', 'budget;969245.38\nvote_type;choose-1'));
    expect(i.budget).toEqual({ value: 96924538n, decimals: 2 });
    expect(i.projects[1].cost).toEqual({ value: 105n, decimals: 1 });
    expect(i.voteType).toBe('choose-1');
    expect(i.votes[1].vote).toEqual([]);
  });

  it('reads an unquoted ";" in a META value as part of the value', () => {
    expect(parsePabulib(tiny('1;10;A', 'v1;1', 'description;PB 2024; district 3\nbudget;100\nvote_type;approval')).meta.description).toBe('PB 2024; district 3');
  });
});

describe('parsePabulib rejects a bad file with the line and the reason', () => {
  it.each([
    ['no VOTES section', 'META\nkey;value\nbudget;1\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n', 0, /no VOTES section/],
    ['a vote for an unknown project', tiny('1;10;A', 'v1;1,7'), 10, /project 7, which is not in PROJECTS/],
    ['a bad cost', tiny('1;10;A\n2;ten;B', 'v1;1'), 8, /cost of project 2 must be a number/],
    ['a negative cost', tiny('1;-10;A', 'v1;1'), 7, /cost of project 1/],
    ['a bad budget', tiny('1;10;A', 'v1;1', 'budget;1,000\nvote_type;approval'), 3, /META budget must be a number/],
    ['a duplicate project id', tiny('1;10;A\n1;20;B', 'v1;1'), 8, /project 1 appears twice/],
    ['a duplicate voter id', tiny('1;10;A', 'v1;1\nv1;1'), 11, /voter v1 appears twice/],
    ['a stray ";"', tiny('1;10;A;B', 'v1;1'), 7, /4 fields where the header has 3/],
    ['an unclosed quote', tiny('1;10;"A', 'v1;1'), 7, /quote/],
    ['no vote_type', tiny('1;10;A', 'v1;1', 'budget;100'), 3, /no vote_type/],
  ])('%s', (_, text, line, reason) => {
    const error = (() => { try { parsePabulib(text); } catch (e) { return e; } })() as PabulibError;
    expect(error).toBeInstanceOf(PabulibError);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(reason);
  });

  it('points not aligned with the vote, or not whole numbers', () => {
    const text = (points: string) => `META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;10\n2;20\nVOTES\nvoter_id;vote;points\nv1;1,2;${points}\n`;
    expect(() => parsePabulib(text('3'))).toThrow('line 11: voter v1 has 2 projects but 1 points');
    expect(() => parsePabulib(text('3,x'))).toThrow('line 11: voter v1 has points "x"');
    expect(parsePabulib(text('3,7')).votes[0].points).toEqual([3, 7]);
  });
});
