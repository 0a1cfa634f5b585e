/**
 * OCDS 1.1 merge routine (documentation, "Merging"): releases of one ocid, taken in `date` order,
 * are merged field by field into a compiled release (the latest value of each field) and a
 * versioned release (the history of each field). Pure functions over JSON values.
 */
import type { MergeSchema } from './merge-schema.js';

export type Release = Record<string, unknown>;
type Json = unknown;
type Obj = Record<string, Json>;

export type VersionEntry = { releaseID: Json; releaseDate: string; releaseTag: Json; value: Json };

// Without a schema, only the core release's omitWhenMerged fields are known.
const NO_RULES: MergeSchema = new Map([
  ['id', 'omit'],
  ['date', 'omit'],
  ['tag', 'omit'],
]);

export function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Identifier of an item of an identified array. OCDS allows string or integer ids, and
 * `1` and `"1"` name the same item (as in the reference implementation, ocdsmerge, which
 * compares ids as strings); the compiled item keeps the latest release's value.
 */
function idKey(id: Json): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(id);
}

/** Checks one ocid's releases and returns them sorted by date (earliest first). */
export function sortReleases(releases: readonly Release[]): Release[] {
  if (!Array.isArray(releases) || releases.length === 0) throw new Error('OCDS merge: no releases to merge');
  const dated = releases.map((release, index) => {
    if (!isPlainObject(release)) throw new Error(`OCDS merge: release #${index + 1} is not an object`);
    if (typeof release.ocid !== 'string' || release.ocid === '') {
      throw new Error(`OCDS merge: release #${index + 1} (id ${String(release.id)}) has no ocid`);
    }
    const time = typeof release.date === 'string' ? Date.parse(release.date) : NaN;
    if (Number.isNaN(time)) {
      throw new Error(`OCDS merge: release ${String(release.id ?? `#${index + 1}`)} of ${release.ocid} has no valid date`);
    }
    return { release, time };
  });
  const ocid = dated[0].release.ocid;
  const other = dated.find((d) => d.release.ocid !== ocid);
  if (other) throw new Error(`OCDS merge: releases of different ocids (${String(ocid)}, ${String(other.release.ocid)}) cannot be merged into one`);
  dated.sort((a, b) => a.time - b.time);
  for (let i = 1; i < dated.length; i++) {
    // The merge order is the date order; two releases at the same instant leave it undefined
    // (issue 8: dates strictly increasing per ocid), so refuse rather than depend on input order.
    if (dated[i].time === dated[i - 1].time) {
      throw new Error(
        `OCDS merge: releases ${String(dated[i - 1].release.id)} and ${String(dated[i].release.id)} of ${String(ocid)} have the same date ${String(dated[i].release.date)}`,
      );
    }
  }
  return dated.map((d) => d.release);
}

class Rules {
  constructor(private readonly schema: MergeSchema) {}
  omitted(path: string): boolean {
    return this.schema.get(path) === 'omit';
  }
  /** Identifier merge applies to schema-identified arrays of objects, and to unknown arrays whose items all have ids. */
  identified(path: string, value: Json[]): boolean {
    const rule = this.schema.get(path);
    if (rule === 'whole') return false;
    if (!value.every(isPlainObject)) return false;
    if (rule === 'identified') return true;
    return value.length > 0 && value.every((item) => (item as Obj).id !== undefined && (item as Obj).id !== null);
  }
  whole(path: string): boolean {
    return this.schema.get(path) === 'whole';
  }
}

/** Output never shares objects with the input releases. */
const copy = (value: Json): Json => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

// ---------- compiled release ----------

function mergeObject(target: Obj, source: Obj, prefix: string, rules: Rules): void {
  for (const [key, value] of Object.entries(source)) {
    const path = join(prefix, key);
    if (rules.omitted(path)) continue;
    if (value === null) {
      delete target[key]; // "a null value removes the field"
    } else if (isPlainObject(value) && !rules.whole(path)) {
      const base = isPlainObject(target[key]) ? (target[key] as Obj) : {};
      mergeObject(base, value, path, rules);
      target[key] = base;
    } else if (Array.isArray(value) && rules.identified(path, value)) {
      target[key] = mergeIdentified(Array.isArray(target[key]) ? (target[key] as Json[]) : [], value as Obj[], path, rules);
    } else {
      target[key] = copy(value);
    }
  }
}

function mergeIdentified(existing: Json[], items: Obj[], path: string, rules: Rules): Json[] {
  const result = [...existing];
  const index = new Map<string, number>();
  result.forEach((item, i) => {
    if (isPlainObject(item) && item.id != null) index.set(idKey(item.id), i);
  });
  for (const item of items) {
    if (item.id == null) {
      // No id: nothing to match it with, so it is a new item.
      const fresh: Obj = {};
      mergeObject(fresh, item, path, rules);
      result.push(fresh);
      continue;
    }
    const key = idKey(item.id);
    const at = index.get(key);
    if (at === undefined) {
      const fresh: Obj = {};
      mergeObject(fresh, item, path, rules);
      index.set(key, result.length);
      result.push(fresh);
    } else {
      mergeObject(result[at] as Obj, item, path, rules);
    }
  }
  return result;
}

/** Compiled release: tag ["compiled"], id `{ocid}-{date of the last release}`, date of the last release. */
export function compileRelease(releases: readonly Release[], schema: MergeSchema = NO_RULES): Release {
  const sorted = sortReleases(releases);
  const rules = new Rules(schema);
  const merged: Obj = {};
  for (const release of sorted) mergeObject(merged, release, '', rules);
  const last = sorted[sorted.length - 1];
  const { ocid: _ocid, ...rest } = merged;
  return { tag: ['compiled'], id: `${String(last.ocid)}-${String(last.date)}`, date: last.date, ocid: last.ocid, ...rest };
}

// ---------- versioned release ----------

type Leaf = { kind: 'leaf'; versions: VersionEntry[] };
type ObjNode = { kind: 'object'; fields: Map<string, VNode> };
type ArrNode = { kind: 'array'; items: Map<string, { id: Json; node: ObjNode }> };
type VNode = Leaf | ObjNode | ArrNode;
type Meta = Omit<VersionEntry, 'value'>;

function addVersion(leaf: Leaf, value: Json, meta: Meta): void {
  const last = leaf.versions[leaf.versions.length - 1];
  if (last && deepEqual(last.value, value)) return; // a new entry only when the value changes
  leaf.versions.push({ ...meta, value: copy(value) });
}

/** A null over an object or array removes everything under it: each leaf gets a null version. */
function nullify(node: VNode, meta: Meta): void {
  if (node.kind === 'leaf') addVersion(node, null, meta);
  else if (node.kind === 'object') node.fields.forEach((child) => nullify(child, meta));
  else node.items.forEach((item) => nullify(item.node, meta));
}

function versionObject(node: ObjNode, source: Obj, prefix: string, rules: Rules, meta: Meta, identifiedItem: boolean): void {
  for (const [key, value] of Object.entries(source)) {
    if (identifiedItem && key === 'id') continue; // the id of an identified object is not versioned
    const path = join(prefix, key);
    if (rules.omitted(path)) continue;
    const existing = node.fields.get(key);
    if (value === null && existing && existing.kind !== 'leaf') {
      nullify(existing, meta);
    } else if (isPlainObject(value) && !rules.whole(path)) {
      const child: ObjNode = existing?.kind === 'object' ? existing : { kind: 'object', fields: new Map() };
      node.fields.set(key, child);
      versionObject(child, value, path, rules, meta, false);
    } else if (Array.isArray(value) && rules.identified(path, value)) {
      const child: ArrNode = existing?.kind === 'array' ? existing : { kind: 'array', items: new Map() };
      node.fields.set(key, child);
      for (const item of value as Obj[]) {
        const key2 = item.id == null ? `\u0000new-${child.items.size}` : idKey(item.id);
        const entry = child.items.get(key2) ?? { id: item.id, node: { kind: 'object', fields: new Map() } };
        if (item.id != null) entry.id = item.id;
        child.items.set(key2, entry);
        versionObject(entry.node, item, path, rules, meta, true);
      }
    } else {
      // Leaves, arrays of strings or numbers, arrays without ids and wholeListMerge arrays are versioned whole.
      const leaf: Leaf = existing?.kind === 'leaf' ? existing : { kind: 'leaf', versions: [] };
      node.fields.set(key, leaf);
      addVersion(leaf, value, meta);
    }
  }
}

function render(node: VNode): Json {
  if (node.kind === 'leaf') return node.versions;
  if (node.kind === 'object') return Object.fromEntries([...node.fields].map(([k, child]) => [k, render(child)]));
  return [...node.items.values()].map(({ id, node: item }) => ({
    ...(id != null ? { id } : {}),
    ...(render(item) as Obj),
  }));
}

/** Versioned release: `ocid` plain; every other field a list of {releaseID, releaseDate, releaseTag, value}. */
export function versionRelease(releases: readonly Release[], schema: MergeSchema = NO_RULES): Release {
  const sorted = sortReleases(releases);
  const rules = new Rules(schema);
  const root: ObjNode = { kind: 'object', fields: new Map() };
  for (const release of sorted) {
    const meta: Meta = { releaseID: release.id, releaseDate: release.date as string, releaseTag: copy(release.tag) };
    const { ocid: _ocid, ...fields } = release;
    versionObject(root, fields, '', rules, meta, false);
  }
  return { ocid: sorted[0].ocid, ...(render(root) as Obj) };
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
