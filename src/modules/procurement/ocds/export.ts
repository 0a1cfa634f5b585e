// The streamed bodies of the OCDS downloads, built from the stored JSON text of each release without parsing it: a
// release package (the envelope of package.ts around the releases, and `links.next` when a page follows, as OCDS 1.1
// "Pagination" puts it) and JSON Lines (one release per line, for the bulk files).
import type { DbOrTx } from '../../../core/db/client.js';
import { hasReleasesAfter, iterateReleases, type ReleaseFilter, type ReleaseKey } from './queries.js';
import type { PackageMeta } from './package.js';

/**
 * A release package of at most `limit` releases after `after`; `nextUrl(key)` gives the link to the page after the
 * last release, when there is one.
 */
export async function* releasePackageText(db: DbOrTx, meta: PackageMeta, filter: ReleaseFilter, after: ReleaseKey | null, limit: number,
  nextUrl: (key: ReleaseKey) => string): AsyncGenerator<string> {
  yield `${JSON.stringify(meta).slice(0, -1)},"releases":[`;
  let first = true;
  let last: ReleaseKey | null = null;
  let n = 0;
  for await (const batch of iterateReleases(db, filter, after, limit, ',\n')) {
    yield (first ? '\n' : ',\n') + batch.text;
    first = false;
    last = batch.last;
    n += batch.n;
  }
  const next = last && n === limit && await hasReleasesAfter(db, filter, last) ? nextUrl(last) : null;
  yield `\n]${next ? `,"links":${JSON.stringify({ next })}` : ''}}\n`;
}

/** Every matching release, one per line (JSON Lines). */
export async function* releaseLines(db: DbOrTx, filter: ReleaseFilter): AsyncGenerator<string> {
  for await (const batch of iterateReleases(db, filter, null, null, '\n')) yield `${batch.text}\n`;
}
