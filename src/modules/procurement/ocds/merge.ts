/**
 * OCDS 1.1 records: group releases by ocid and merge them (OCDS documentation, "Merging").
 * Pure functions, no database. Public exports, used by the `cabildo ocds` CLI and the API:
 *   compileRelease, versionRelease, compileRecordPackage, loadMergeSchema (+ types).
 * Merge rules come from a release schema; `loadMergeSchema(path)` reads one. Its default path points
 * at the shared reference data beside the repository, which deployments do not have: callers in the
 * app pass the schema path they ship, and without a schema only core defaults apply.
 */
import { compileRelease, isPlainObject, sortReleases, versionRelease, type Release } from './merge-release.js';
import type { MergeSchema } from './merge-schema.js';

export { compileRelease, versionRelease, deepEqual, type Release, type VersionEntry } from './merge-release.js';
export { loadMergeSchema, mergeRulesFromSchema, DEFAULT_MERGE_SCHEMA_URL, type MergeSchema, type MergeRule } from './merge-schema.js';

export type LinkedRelease = { url: string; date: unknown; tag: unknown };
export type OcdsRecord = {
  ocid: string;
  releases: (Release | LinkedRelease)[];
  compiledRelease: Release;
  versionedRelease?: Release;
};
export type RecordPackage = {
  uri?: string;
  version: '1.1';
  publisher?: object;
  publishedDate?: string;
  license?: string;
  publicationPolicy?: string;
  extensions?: string[];
  packages?: string[];
  records: OcdsRecord[];
};
export type CompileOptions = {
  versioned?: boolean;
  publisher?: object;
  uri?: string;
  publishedDate?: string;
  /** Merge rules (from loadMergeSchema); without it only core defaults apply. */
  schema?: MergeSchema;
  /**
   * List each record's releases as links `{url: packageUri#releaseId, date, tag}` instead of embedding them;
   * only for releases whose package has a `uri`.
   */
  linkReleases?: boolean;
};

type Source = { release: Release; packageUri?: string };

/** Accepts a release package, an array of release packages, or a plain array of releases. */
function readInput(input: unknown): { packages: Record<string, unknown>[]; sources: Source[] } {
  const isPackage = (x: unknown): x is Record<string, unknown> => isPlainObject(x) && Array.isArray(x.releases);
  let packages: Record<string, unknown>[];
  if (isPackage(input)) {
    packages = [input];
  } else if (Array.isArray(input) && input.length > 0 && input.every(isPackage)) {
    packages = input;
  } else if (Array.isArray(input) && input.every((x) => isPlainObject(x) && !Array.isArray(x.releases))) {
    return { packages: [], sources: input.map((release) => ({ release: release as Release })) };
  } else {
    throw new Error('OCDS compile: expected a release package (with "releases"), an array of release packages, or an array of releases');
  }
  const sources: Source[] = packages.flatMap((pkg, p) =>
    (pkg.releases as unknown[]).map((release, i) => {
      if (!isPlainObject(release)) throw new Error(`OCDS compile: package #${p + 1}, release #${i + 1} is not an object`);
      return { release, packageUri: typeof pkg.uri === 'string' ? pkg.uri : undefined };
    }),
  );
  return { packages, sources };
}

export function compileRecordPackage(input: unknown, opts: CompileOptions = {}): RecordPackage {
  const { packages, sources } = readInput(input);
  const byOcid = new Map<string, Source[]>();
  sources.forEach(({ release }, i) => {
    if (typeof release.ocid !== 'string' || release.ocid === '') {
      throw new Error(`OCDS compile: release #${i + 1} (id ${String(release.id)}) has no ocid`);
    }
  });
  for (const source of sources) {
    const ocid = source.release.ocid as string;
    const group = byOcid.get(ocid);
    if (group) group.push(source);
    else byOcid.set(ocid, [source]);
  }
  const records = [...byOcid].map(([ocid, group]): OcdsRecord => {
    const releases = group.map((g) => g.release);
    const order = new Map(sortReleases(releases).map((r, i) => [r, i]));
    const sorted = [...group].sort((a, b) => order.get(a.release)! - order.get(b.release)!);
    const record: OcdsRecord = {
      ocid,
      releases: sorted.map(({ release, packageUri }) =>
        opts.linkReleases && packageUri
          ? { url: `${packageUri}#${String(release.id)}`, date: release.date, tag: release.tag }
          : release,
      ),
      compiledRelease: compileRelease(releases, opts.schema),
    };
    if (opts.versioned) record.versionedRelease = versionRelease(releases, opts.schema);
    return record;
  });

  const first = packages[0] ?? {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const extensions = [...new Set(packages.flatMap((p) => (Array.isArray(p.extensions) ? p.extensions.filter((e): e is string => typeof e === 'string') : [])))];
  const packageUris = [...new Set(packages.map((p) => str(p.uri)).filter((u): u is string => !!u))];
  const result: RecordPackage = { version: '1.1', records };
  const uri = opts.uri ?? str(first.uri);
  const publisher = opts.publisher ?? (isPlainObject(first.publisher) ? first.publisher : undefined);
  const publishedDate = opts.publishedDate ?? str(first.publishedDate);
  if (uri) result.uri = uri;
  if (publisher) result.publisher = publisher;
  if (publishedDate) result.publishedDate = publishedDate;
  if (str(first.license)) result.license = str(first.license);
  if (str(first.publicationPolicy)) result.publicationPolicy = str(first.publicationPolicy);
  if (extensions.length) result.extensions = extensions;
  if (packageUris.length) result.packages = packageUris;
  return result;
}
