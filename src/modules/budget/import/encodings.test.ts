import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDipresLey } from './dipres-ley.js';

// DIPRES publishes the Ley files in ISO-8859-1 (SOURCES.md); the same file saved as UTF-8, with or without a BOM, by a
// spreadsheet tool must import identically.
const latin1 = readFileSync(new URL('../../../../../shared/data/budget/ley/2017.csv', import.meta.url));
const utf8 = Buffer.from(latin1.toString('latin1'), 'utf8');
const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);

describe('a real Ley file in three encodings', () => {
  it('gives the same parse whatever the encoding', () => {
    const [a, b, c] = [latin1, utf8, utf8Bom].map((bytes) => parseDipresLey(bytes, { year: 2017 }));
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});
