// Reading external OCDS data for `cabildo ocds import`: a release package, a record package (its embedded releases;
// linked releases carry no content and are reported), or JSON Lines with one release per line. Nothing here throws on
// bad content: every release that cannot be read becomes a problem with its place in the file, and reading goes on.

export type Candidate = { at: string; release: Record<string, unknown> };
export type ImportProblem = { at: string; ocid?: string; id?: string; reason: string };
export type ReadResult = { format: 'release-package' | 'record-package' | 'json-lines'; candidates: Candidate[]; problems: ImportProblem[]; extensions: string[] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const extensionsOf = (pkg: Record<string, unknown>) => (Array.isArray(pkg.extensions) ? pkg.extensions.filter((e): e is string => typeof e === 'string') : []);

function fromArray(items: unknown[], where: (i: number) => string, out: ReadResult): void {
  items.forEach((item, i) => {
    if (!isObj(item)) out.problems.push({ at: where(i), reason: 'not a JSON object' });
    // OCDS record packages may link releases ({url, date, tag}) instead of embedding them: there is nothing to load.
    else if (item.ocid === undefined && typeof item.url === 'string') out.problems.push({ at: where(i), reason: `linked release (${item.url}), not embedded: nothing to load` });
    else out.candidates.push({ at: where(i), release: item });
  });
}

export function readOcdsText(text: string): ReadResult {
  const clean = text.replace(/^\uFEFF/, '');
  let whole: unknown;
  try {
    whole = JSON.parse(clean);
  } catch {
    whole = undefined;
  }
  if (isObj(whole) && Array.isArray(whole.releases)) {
    const out: ReadResult = { format: 'release-package', candidates: [], problems: [], extensions: extensionsOf(whole) };
    fromArray(whole.releases, (i) => `/releases/${i}`, out);
    return out;
  }
  if (isObj(whole) && Array.isArray(whole.records)) {
    const out: ReadResult = { format: 'record-package', candidates: [], problems: [], extensions: extensionsOf(whole) };
    whole.records.forEach((record, r) => {
      if (!isObj(record) || !Array.isArray(record.releases)) out.problems.push({ at: `/records/${r}`, reason: 'a record without a releases array' });
      else fromArray(record.releases, (i) => `/records/${r}/releases/${i}`, out);
    });
    return out;
  }
  const out: ReadResult = { format: 'json-lines', candidates: [], problems: [], extensions: [] };
  if (whole !== undefined && !isObj(whole)) {
    out.problems.push({ at: '/', reason: 'neither a release package, nor a record package, nor JSON Lines of releases' });
    return out;
  }
  if (isObj(whole)) {
    // One JSON object that is not a package: a file holding a single release.
    fromArray([whole], () => 'line 1', out);
    return out;
  }
  clean.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      fromArray([JSON.parse(line)], () => `line ${i + 1}`, out);
    } catch (err) {
      out.problems.push({ at: `line ${i + 1}`, reason: `not valid JSON: ${(err as Error).message}` });
    }
  });
  return out;
}
