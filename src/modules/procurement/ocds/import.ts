// `cabildo ocds import`: external OCDS releases (e.g. a municipality's history from Mercado Público) loaded into an
// institution's procurement_releases, as imported releases (no event of Cabildo's lifecycle behind them) served by the
// API, records and downloads like Cabildo's own. Each release is validated on its own (the patched schema and the
// usual checks, validate.ts) and every invalid one is reported with its reason, not only the first; the valid ones are
// loaded in one transaction with one audit row counting what happened. Re-importing is harmless: a release already
// stored (same ocid and id) is skipped and counted. OCDS merges a record's releases by date, so the dates of one ocid
// must strictly increase, after any release of it already stored; a release that breaks the order is reported.
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { procurementCallOffs as callOffs, procurementCalls as calls } from '../schema.js';
import { procurementReleases as rel } from '../process/schema.js';
import { validatePackage, type Lang } from './validate.js';
import { readOcdsText, type Candidate, type ImportProblem } from './import-read.js';

export type ImportInput = { institutionId: number; text: string; source: string; actor: AuditActor; schemaDir?: string; lang?: Lang };
export type ImportReport = { format: string; read: number; loaded: number; alreadyLoaded: number; invalid: ImportProblem[] };

const CHUNK = 1000;
const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/** The release's schema and codelist errors, checked in a package of its own (the envelope's fields are Cabildo's). */
function releaseErrors(release: Record<string, unknown>, extensions: string[], opts: { schemaDir?: string; lang?: Lang }): string | null {
  const pkg = { uri: 'urn:cabildo:import', version: '1.1', publishedDate: new Date().toISOString(), publisher: { name: 'import' }, extensions, releases: [release] };
  const errors = validatePackage(pkg, opts).problems.filter((p) => p.severity === 'error');
  return errors.length === 0 ? null : errors.map((p) => `${p.path.replace(/^\/releases\/0/, '') || '/'}: ${p.message}`).join('; ');
}

type Existing = { ocid: string; releaseId: string; date: Date; institutionId: number; eventId: number | null };

async function loadExisting(tx: Tx, ocids: string[]) {
  const rows: Existing[] = [];
  const managed = new Set<string>();
  for (const part of chunks(ocids)) {
    rows.push(...await tx.select({ ocid: rel.ocid, releaseId: rel.releaseId, date: rel.date, institutionId: rel.institutionId, eventId: rel.eventId })
      .from(rel).where(inArray(rel.ocid, part)));
    for (const c of await tx.select({ ocid: calls.ocid }).from(calls).where(inArray(calls.ocid, part))) managed.add(c.ocid);
    for (const c of await tx.select({ ocid: callOffs.ocid }).from(callOffs).where(inArray(callOffs.ocid, part))) managed.add(c.ocid);
  }
  return { rows, managed };
}

export async function importOcdsReleases(db: Db, input: ImportInput): Promise<ImportReport> {
  const read = readOcdsText(input.text);
  const invalid: ImportProblem[] = [...read.problems];
  const valid: Array<Candidate & { ocid: string; id: string; date: Date }> = [];
  for (const c of read.candidates) {
    const ocid = typeof c.release.ocid === 'string' ? c.release.ocid : undefined;
    const id = typeof c.release.id === 'string' ? c.release.id : undefined;
    const reason = releaseErrors(c.release, read.extensions, input);
    if (reason || !ocid || !id) invalid.push({ at: c.at, ocid, id, reason: reason ?? 'no ocid or id' });
    else valid.push({ ...c, ocid, id, date: new Date(String(c.release.date)) });
  }

  return db.transaction(async (tx) => {
    const { rows, managed } = await loadExisting(tx, [...new Set(valid.map((v) => v.ocid))]);
    const stored = new Set(rows.map((r) => `${r.ocid}\u0000${r.releaseId}`));
    const owner = new Map(rows.map((r) => [r.ocid, r]));
    const last = new Map<string, Date>();
    for (const r of rows) if (!last.has(r.ocid) || r.date > last.get(r.ocid)!) last.set(r.ocid, r.date);
    const seen = new Set<string>();
    const toLoad: typeof valid = [];
    let alreadyLoaded = 0;
    const refuse = (v: (typeof valid)[number], reason: string) => invalid.push({ at: v.at, ocid: v.ocid, id: v.id, reason });
    for (const v of valid) {
      const key = `${v.ocid}\u0000${v.id}`;
      const holder = owner.get(v.ocid);
      if (managed.has(v.ocid) || holder?.eventId !== null && holder?.eventId !== undefined) refuse(v, 'the ocid is a process published by Cabildo itself');
      else if (holder && holder.institutionId !== input.institutionId) refuse(v, 'the ocid belongs to another institution\'s releases');
      else if (stored.has(key)) alreadyLoaded++;
      else if (seen.has(key)) refuse(v, 'release id repeated for the same ocid in the file');
      else if (last.has(v.ocid) && v.date.getTime() <= last.get(v.ocid)!.getTime()) {
        refuse(v, `date ${v.release.date as string} is not after the previous release of this ocid (${last.get(v.ocid)!.toISOString()}): dates must strictly increase`);
      } else {
        seen.add(key);
        last.set(v.ocid, v.date);
        toLoad.push(v);
      }
    }
    for (const part of chunks(toLoad)) {
      await tx.insert(rel).values(part.map((v) => ({
        institutionId: input.institutionId, ocid: v.ocid, releaseId: v.id, date: v.date, eventId: null, json: JSON.stringify(v.release),
        tags: Array.isArray(v.release.tag) ? v.release.tag.map(String) : [],
      })));
    }
    const report: ImportReport = { format: read.format, read: read.candidates.length + read.problems.length, loaded: toLoad.length, alreadyLoaded, invalid };
    await appendAudit(tx, {
      actor: input.actor, institutionId: input.institutionId, action: 'procurement.ocds.import', resourceType: 'procurement_ocds_import', resourceId: input.source,
      public: true, summary: { source: input.source, format: read.format, read: report.read, loaded: report.loaded, alreadyLoaded, invalid: invalid.length },
    });
    return report;
  });
}
