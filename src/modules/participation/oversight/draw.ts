// The public draw (sorteo) of the oversight body: a pure function of (seed, list of public ids), so anyone can re-run
// it with standard tools from what the draw page publishes. The recipe, exactly:
//
//   1. list hash  = SHA-256 (hex) of the volunteers' public ids sorted ascending (byte order), each followed by "\n";
//   2. each volunteer's key = SHA-256 (hex) of  seed + ":" + list hash + ":" + public id   (UTF-8);
//   3. order volunteers by key ascending (hex text order; ties impossible in practice, then by public id);
//   4. the first `seats` are the members, in that order.
//
// In a shell:  sort ids.txt | sha256sum   then, per id,  printf '%s' "$SEED:$LISTHASH:$ID" | sha256sum
//
// Why these steps: the seed is committed before volunteering opens (its SHA-256 is published with the draw, and the
// revealed seed must match it), so it cannot be chosen after seeing the list; the list hash in every key makes each
// volunteer's place depend on the whole list, so knowing the seed alone does not tell which public id will win.
import { createHash } from 'node:crypto';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Public ids are V0001, V0002 … in the order people volunteered: fixed-width, so text order is numeric order. */
export const publicIdOf = (n: number) => `V${String(n).padStart(4, '0')}`;

export function listHashOf(publicIds: readonly string[]): string {
  const sorted = [...publicIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(sorted.map((id) => `${id}\n`).join(''));
}

export interface DrawnEntry { publicId: string; key: string; rank: number; selected: boolean }

/** Every volunteer with their key and place; the first `seats` are selected. */
export function runDraw(seed: string, publicIds: readonly string[], seats: number): { listHash: string; order: DrawnEntry[] } {
  const listHash = listHashOf(publicIds);
  const keyed = publicIds.map((publicId) => ({ publicId, key: sha256Hex(`${seed}:${listHash}:${publicId}`) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.publicId < b.publicId ? -1 : 1));
  return { listHash, order: keyed.map((e, i) => ({ ...e, rank: i + 1, selected: i < seats })) };
}
