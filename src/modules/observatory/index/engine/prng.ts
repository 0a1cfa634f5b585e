// A seeded pseudo-random generator for the Monte-Carlo run: the same seed gives the same draws on every machine and
// Node version (Math.random cannot be seeded), so a published sensitivity analysis can be reproduced from its seed.
// mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, ample for a few thousand runs.

/** A function answering uniform numbers in [0, 1), reproducible from `seed`. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
