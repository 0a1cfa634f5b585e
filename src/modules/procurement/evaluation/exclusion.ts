// How a bid's exclusion (ranking.ts) is stored in procurement_bid_results.exclusionReason: a stable code the report
// translates in the reader's language, never a sentence in one language.
import type { Exclusion } from './ranking.js';

export const encodeExclusion = (e: Exclusion | null): string | null =>
  (e === null ? null : e.code === 'below_minimum' ? `below_minimum:${e.criterionId}` : e.code);

export function decodeExclusion(code: string | null): Exclusion | null {
  if (code === null) return null;
  const [kind, id] = code.split(':');
  if (kind === 'below_minimum') return { code: 'below_minimum', criterionId: Number(id) };
  return { code: kind as 'over_budget' | 'max_lots_won' };
}
