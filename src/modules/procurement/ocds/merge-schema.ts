/**
 * Merge rules derived from an OCDS release schema (OCDS 1.1 "Merging"):
 * which paths are dropped (`omitWhenMerged`), replaced whole (`wholeListMerge`, arrays of
 * non-objects, arrays of objects without an `id`), or merged by identifier (arrays of objects
 * whose items declare `id`). Paths skip array positions: `tender.lots.id` is the `id` of each lot.
 */
import { readFileSync } from 'node:fs';

export type MergeRule = 'omit' | 'whole' | 'identified';
/** path (keys joined with ".", array positions skipped) -> rule. */
export type MergeSchema = ReadonlyMap<string, MergeRule>;

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  omitWhenMerged?: boolean;
  wholeListMerge?: boolean;
};

/**
 * Default: the patched master schema (core + lots, bids, techniques, awardCriteria, submissionTerms, partyScale)
 * shipped in the repository's `data/ocds/` (copied by scripts/derive-ocds-data.ts, data/ocds/SOURCES.md), so an
 * installation merges with the extensions' rules too; the same depth from src/ and dist/. Read only when called.
 */
export const DEFAULT_MERGE_SCHEMA_URL = new URL(
  '../../../../data/ocds/patched/release-schema.core+lots+bids+techniques+awardCriteria+submissionTerms+partyScale.master.json',
  import.meta.url,
);

export function loadMergeSchema(path: string | URL = DEFAULT_MERGE_SCHEMA_URL): MergeSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`OCDS merge: cannot read release schema at ${String(path)}: ${(err as Error).message}`);
  }
  return mergeRulesFromSchema(JSON.parse(text) as JsonSchema);
}

export function mergeRulesFromSchema(schema: JsonSchema): MergeSchema {
  const rules = new Map<string, MergeRule>();
  const definitions = schema.definitions ?? {};
  const resolve = (node: JsonSchema, seen: Set<string>): [JsonSchema, Set<string>] => {
    let current = node;
    let chain = seen;
    while (current.$ref) {
      const ref = current.$ref;
      const m = /^#\/definitions\/(.+)$/.exec(ref);
      if (!m || chain.has(ref)) return [{}, chain]; // external or recursive ref: no rule below it
      chain = new Set(chain).add(ref);
      current = { ...definitions[m[1]], ...withoutRef(current) };
    }
    return [current, chain];
  };
  const walk = (properties: Record<string, JsonSchema>, prefix: string, seen: Set<string>): void => {
    for (const [key, raw] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const [prop, chain] = resolve(raw, seen);
      const types = typesOf(prop);
      if (prop.omitWhenMerged) {
        rules.set(path, 'omit');
      } else if (types.has('array') && prop.wholeListMerge) {
        rules.set(path, 'whole');
      } else if (types.has('object') && prop.properties) {
        walk(prop.properties, path, chain);
      } else if (types.has('array') && prop.items) {
        const [items, itemChain] = resolve(prop.items, chain);
        const itemTypes = typesOf(items);
        if ([...itemTypes].some((t) => t !== 'object') || !items.properties || !('id' in items.properties)) {
          rules.set(path, 'whole');
        } else {
          rules.set(path, 'identified');
          walk(items.properties, path, itemChain);
        }
      }
    }
  };
  walk(schema.properties ?? {}, '', new Set());
  return rules;
}

function withoutRef(node: JsonSchema): JsonSchema {
  const { $ref: _ignored, ...rest } = node;
  return rest;
}

function typesOf(node: JsonSchema): Set<string> {
  if (Array.isArray(node.type)) return new Set(node.type);
  if (node.type) return new Set([node.type]);
  if (node.properties) return new Set(['object']);
  return new Set();
}
