// The method preview: the index of one year computed in memory under the published method and under the official's
// choice, on the same data, so the only difference between the two rankings is the method. Nothing is written.
import type { DbOrTx } from '../../../core/db/client.js';
import type { MethodSpec } from '../index/method.js';
import { computeIndex } from '../index/engine/compute-index.js';
import { loadIndexInput } from '../index/queries.js';
import { compareRanks } from './compare.js';

export async function previewMethod(db: DbOrTx, year: number, published: MethodSpec, preview: MethodSpec) {
  const input = await loadIndexInput(db, year, preview);
  return compareRanks(input.units, computeIndex(input, published), computeIndex(input, preview));
}
export type PreviewResult = Awaited<ReturnType<typeof previewMethod>>;
