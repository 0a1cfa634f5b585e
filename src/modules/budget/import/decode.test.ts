import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseDipresLey } from './dipres-ley.js';

const latin1 = readFileSync(new URL('../../../../../shared/data/budget/ley/2017.csv', import.meta.url));
const text = latin1.toString('latin1');
const utf8 = Buffer.from(text, 'utf8');
const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);

describe('decodeText', () => {
  it('tells latin1, UTF-8 and UTF-8 with BOM apart and decodes all three to the same text', () => {
    expect(decodeText(latin1)).toEqual({ text, encoding: 'latin1' });
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(utf8Bom)).toEqual({ text, encoding: 'utf-8-bom' });
    expect(text).toContain('Capítulo'); // the real file has accents, so the three byte strings differ
    expect(utf8.equals(latin1)).toBe(false);
  });

  it('falls back to latin1 as soon as the bytes are not valid UTF-8', () => {
    expect(decodeText(Buffer.from([0x43, 0x61, 0x70, 0xed, 0x74]))).toEqual({ text: 'Capít', encoding: 'latin1' });
    expect(decodeText(Buffer.from('Capít', 'utf8'))).toEqual({ text: 'Capít', encoding: 'utf-8' });
  });

  it('gives the same parse whatever the encoding of a real Ley file', () => {
    const [a, b, c] = [latin1, utf8, utf8Bom].map((bytes) => parseDipresLey(bytes, { year: 2017 }));
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});
