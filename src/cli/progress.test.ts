import { describe, expect, it } from 'vitest';
import { progress } from './progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } };
}

describe('progress', () => {
  it('says nothing for small jobs', () => {
    const { written, stream } = fakeStream(false);
    const p = progress('verified', { stream, minTotal: 100 });
    p.update(50, 99);
    p.update(99, 99);
    p.end();
    expect(written).toEqual([]);
  });

  it('prints a line every few seconds to a log, and always the last one', () => {
    const { written, stream } = fakeStream(false);
    let clock = 0;
    const p = progress('verified', { stream, minTotal: 100, now: () => clock });
    p.update(100, 300);
    clock = 1000;
    p.update(200, 300); // too soon
    clock = 1500;
    p.update(300, 300); // finished: always shown
    p.end();
    expect(written).toEqual(['verified 100/300\n', 'verified 300/300\n']);
  });

  it('rewrites one line on a terminal and ends it', () => {
    const { written, stream } = fakeStream(true);
    let clock = 0;
    const p = progress('verified', { stream, minTotal: 100, now: () => clock });
    p.update(50_000, 120_000);
    clock = 300;
    p.update(100_000, 120_000);
    p.end();
    expect(written).toEqual(['\rverified 50000/120000', '\rverified 100000/120000', '\n']);
  });
});
