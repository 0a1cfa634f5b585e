import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PabulibInstance } from './instance.js';
import { parsePabulib } from './parse.js';
import { readReal, REAL_FILES } from './real-files.js';
import { writePabulib } from './write.js';

describe('writePabulib', () => {
  it.each(REAL_FILES)('%s: parse → write → parse gives the same instance', (name) => {
    const instance = parsePabulib(readReal(name));
    expect(parsePabulib(writePabulib(instance))).toEqual(instance);
  });

  it('quotes values holding ";" or a quote, as Python’s csv module does', () => {
    const text = writePabulib({ ...parsePabulib(readReal('Poland_Warszawa_2017_Plac_Wojska_Polskiego')), meta: { note: 'a;b "c"' } });
    expect(text).toContain('note;"a;b ""c"""\n');
  });

  // Values: any text without line breaks; ids without commas (they are list items) and not blank.
  const value = fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s));
  const id = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => /^[^\r\n,;"\s][^\r\n,;]*$/.test(s) && s.trim() === s);
  const amount = fc.record({ value: fc.bigInt({ min: 0n, max: 10n ** 12n }), decimals: fc.integer({ min: 0, max: 3 }) });
  const column = fc.stringMatching(/^[a-z_]{1,8}$/).filter((c) => !['project_id', 'cost', 'name', 'category', 'voter_id', 'vote', 'points', 'key', 'value', 'budget', 'vote_type'].includes(c));
  const instance: fc.Arbitrary<PabulibInstance> = fc.record({
    meta: fc.dictionary(column, value, { maxKeys: 4 }),
    budget: amount,
    voteType: fc.constantFrom('approval', 'cumulative', 'choose-1'),
    extraColumns: fc.uniqueArray(column, { maxLength: 2 }),
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
  }).chain(({ extraColumns, ids, ...rest }) => fc.record({
    projects: fc.tuple(...ids.map((pid) => fc.record({
      id: fc.constant(pid), cost: amount, name: value, category: value,
      extra: fc.tuple(...extraColumns.map(() => value)).map((vs) => Object.fromEntries(extraColumns.map((c, i) => [c, vs[i]]))),
    }))),
    votes: fc.uniqueArray(fc.record({
      voterId: id, vote: fc.subarray(ids), extra: fc.constant({}),
    }), { selector: (v) => v.voterId, maxLength: 6 }),
  }).map(({ projects, votes }) => ({
    ...rest,
    projectColumns: ['project_id', 'cost', 'name', 'category', ...extraColumns],
    projects,
    voteColumns: ['voter_id', 'vote', 'points'],
    votes: votes.map((v) => ({ ...v, points: v.vote.map((_, i) => i + 1) })),
  })));

  it('round-trips generated instances', () => {
    fc.assert(fc.property(instance, (generated) => {
      expect(parsePabulib(writePabulib(generated))).toEqual(generated);
    }), { numRuns: 200 });
  });
});
