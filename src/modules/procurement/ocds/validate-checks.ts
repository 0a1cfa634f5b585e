// The checks OCDS publishers run beyond the JSON Schema (as the OCP Data Review Tool does): ocid prefix, duplicate
// release ids, date order per ocid, award–contract links, codelist values and Chilean RUTs. Pure functions over the
// parsed package; each problem has a code, a JSON pointer and its parameters, worded by validate.ts.
import { parseRun } from '../../../core/identity/run.js';

export type Severity = 'error' | 'warning';
export interface Finding { severity: Severity; code: string; path: string; params: Record<string, string | number> }

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** RFC 6901: "~" and "/" in a key are escaped. */
const ptr = (...parts: Array<string | number>) => parts.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** A registered prefix is "ocds-" and six lowercase letters or digits (OCDS 1.1, "Contracting process identifier"). */
export const OCID_PREFIX = /^ocds-[a-z0-9]{6}-/;

/**
 * The codelist fields of a release: relative paths ("[]" walks an array) with their codelist file and whether the
 * codelist is closed (a value outside it is an error) or open (a warning: publishers may add codes, but usually it is
 * a typo). Taken from the `codelist` / `openCodelist` keywords of the patched release schema.
 */
export const CODELIST_FIELDS: Array<{ path: string; list: string; closed: boolean }> = [
  { path: 'tag[]', list: 'releaseTag.csv', closed: true },
  { path: 'initiationType', list: 'initiationType.csv', closed: true },
  { path: 'tender.status', list: 'tenderStatus.csv', closed: true },
  { path: 'tender.procurementMethod', list: 'method.csv', closed: true },
  { path: 'tender.mainProcurementCategory', list: 'procurementCategory.csv', closed: true },
  { path: 'tender.additionalProcurementCategories[]', list: 'extendedProcurementCategory.csv', closed: false },
  { path: 'tender.awardCriteria', list: 'awardCriteria.csv', closed: false },
  { path: 'tender.submissionMethod[]', list: 'submissionMethod.csv', closed: false },
  { path: 'tender.lots[].status', list: 'tenderStatus.csv', closed: true },
  { path: 'tender.techniques.frameworkAgreement.method', list: 'frameworkAgreementMethod.csv', closed: true },
  { path: 'awards[].status', list: 'awardStatus.csv', closed: true },
  { path: 'contracts[].status', list: 'contractStatus.csv', closed: true },
  { path: 'contracts[].implementation.milestones[].status', list: 'milestoneStatus.csv', closed: true },
  { path: 'parties[].roles[]', list: 'partyRole.csv', closed: false },
  { path: 'parties[].details.scale', list: 'partyScale.csv', closed: true },
  { path: 'relatedProcesses[].relationship[]', list: 'relatedProcess.csv', closed: false },
  { path: 'relatedProcesses[].scheme', list: 'relatedProcessScheme.csv', closed: false },
  { path: 'tender.documents[].documentType', list: 'documentType.csv', closed: false },
  { path: 'awards[].documents[].documentType', list: 'documentType.csv', closed: false },
  { path: 'contracts[].documents[].documentType', list: 'documentType.csv', closed: false },
];

/** Every value at a codelist path, with its pointer relative to the release. */
function valuesAt(release: unknown, path: string): Array<{ value: unknown; at: Array<string | number> }> {
  let cur: Array<{ value: unknown; at: Array<string | number> }> = [{ value: release, at: [] }];
  for (const seg of path.split('.')) {
    const many = seg.endsWith('[]');
    const key = many ? seg.slice(0, -2) : seg;
    const next: typeof cur = [];
    for (const { value, at } of cur) {
      if (!isObj(value) || value[key] === undefined || value[key] === null) continue;
      if (!many) next.push({ value: value[key], at: [...at, key] });
      else arr(value[key]).forEach((v, i) => next.push({ value: v, at: [...at, key, i] }));
    }
    cur = next;
  }
  return cur;
}

/** The checks on the releases of one release package (or the embedded releases of a record package). */
export function checkReleases(releases: unknown[], base: string, codelists: Map<string, Set<string>>): Finding[] {
  const out: Finding[] = [];
  const seenIds = new Map<string, number>();
  const lastDate = new Map<string, { date: string; index: number }>();
  const datesByOcid = new Map<string, Map<number, number>>();
  const awardIds = new Map<string, Set<string>>();
  const contractLinks: Array<{ ocid: string; awardID: string; path: string }> = [];

  releases.forEach((release, i) => {
    if (!isObj(release)) return;
    const at = (...p: Array<string | number>) => base + ptr(i, ...p);
    const ocid = typeof release.ocid === 'string' ? release.ocid : undefined;
    if (ocid !== undefined && !OCID_PREFIX.test(ocid)) out.push({ severity: 'error', code: 'ocid_prefix', path: at('ocid'), params: { ocid } });

    // The id names a release within its contracting process (OCDS: unique within the ocid); merging needs it unique.
    if (ocid !== undefined && typeof release.id === 'string') {
      const key = `${ocid}\u0000${release.id}`;
      const first = seenIds.get(key);
      if (first !== undefined) out.push({ severity: 'error', code: 'duplicate_release_id', path: at('id'), params: { id: release.id, first: `${base}/${first}` } });
      else seenIds.set(key, i);
    }

    // Releases of one ocid must come in date order, no two at the same instant: merging sorts by date, and a tie
    // makes the compiled release depend on file order.
    const time = typeof release.date === 'string' ? Date.parse(release.date) : NaN;
    if (ocid !== undefined && !Number.isNaN(time)) {
      const dates = datesByOcid.get(ocid) ?? new Map<number, number>();
      datesByOcid.set(ocid, dates);
      const prev = lastDate.get(ocid);
      const same = dates.get(time);
      if (same !== undefined) out.push({ severity: 'error', code: 'duplicate_release_date', path: at('date'), params: { date: String(release.date), other: `${base}/${same}` } });
      else if (prev && time < Date.parse(prev.date)) out.push({ severity: 'error', code: 'release_date_order', path: at('date'), params: { date: String(release.date), previous: prev.date } });
      if (same === undefined) dates.set(time, i);
      if (!prev || time > Date.parse(prev.date)) lastDate.set(ocid, { date: String(release.date), index: i });
    }

    if (ocid !== undefined) {
      const ids = awardIds.get(ocid) ?? new Set<string>();
      awardIds.set(ocid, ids);
      for (const award of arr(release.awards)) if (isObj(award) && (typeof award.id === 'string' || typeof award.id === 'number')) ids.add(String(award.id));
      arr(release.contracts).forEach((contract, j) => {
        if (isObj(contract) && (typeof contract.awardID === 'string' || typeof contract.awardID === 'number')) {
          contractLinks.push({ ocid, awardID: String(contract.awardID), path: at('contracts', j, 'awardID') });
        }
      });
    }

    for (const field of CODELIST_FIELDS) {
      const codes = codelists.get(field.list);
      if (!codes) continue;
      for (const { value, at: where } of valuesAt(release, field.path)) {
        // OCDS reserves the "x_" prefix for a publisher's own codes in an open codelist.
        if (typeof value !== 'string' || codes.has(value) || (!field.closed && value.startsWith('x_'))) continue;
        out.push({ severity: field.closed ? 'error' : 'warning', code: field.closed ? 'codelist_closed' : 'codelist_open', path: at(...where), params: { value, codelist: field.list } });
      }
    }

    arr(release.parties).forEach((party, j) => {
      const identifiers = isObj(party) ? [party.identifier, ...arr(party.additionalIdentifiers)] : [];
      identifiers.forEach((ident, k) => {
        if (!isObj(ident) || ident.scheme !== 'CL-RUT' || ident.id === undefined || ident.id === null) return;
        const where = k === 0 ? at('parties', j, 'identifier', 'id') : at('parties', j, 'additionalIdentifiers', k - 1, 'id');
        const id = String(ident.id);
        const result = parseRun(id);
        if (result.ok) return;
        // Mercado Público's own OCDS publishes bare RUT numbers without the check digit ("76364678"): a number that
        // only fails the check may be one of those, so it is a warning; a written check digit that is wrong is an error.
        const bare = /^\s*\d{7,8}\s*$/.test(id);
        out.push({ severity: bare ? 'warning' : 'error', code: bare ? 'rut_unchecked' : 'rut_invalid', path: where, params: { id: id.trim() } });
      });
    });
  });

  for (const link of contractLinks) {
    if (!awardIds.get(link.ocid)?.has(link.awardID)) out.push({ severity: 'error', code: 'contract_award_missing', path: link.path, params: { awardID: link.awardID, ocid: link.ocid } });
  }
  return out;
}

/** The checks on a record package: each record's ocid, its embedded releases, and its compiled release's codelists. */
export function checkRecords(records: unknown[], codelists: Map<string, Set<string>>): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    if (!isObj(record)) return;
    // A record package holds one record per contracting process (OCDS 1.1, "Record package").
    if (typeof record.ocid === 'string') {
      const first = seen.get(record.ocid);
      if (first !== undefined) out.push({ severity: 'error', code: 'duplicate_record_ocid', path: ptr('records', i, 'ocid'), params: { ocid: record.ocid, first: ptr('records', first) } });
      else seen.set(record.ocid, i);
    }
    if (typeof record.ocid === 'string' && !OCID_PREFIX.test(record.ocid)) out.push({ severity: 'error', code: 'ocid_prefix', path: ptr('records', i, 'ocid'), params: { ocid: record.ocid } });
    // Linked releases ({url, date, tag}) carry no id or ocid, so only embedded ones are checked.
    const embedded = arr(record.releases);
    if (embedded.some((r) => isObj(r) && typeof r.ocid === 'string')) out.push(...checkReleases(embedded, ptr('records', i, 'releases'), codelists));
  });
  return out;
}
