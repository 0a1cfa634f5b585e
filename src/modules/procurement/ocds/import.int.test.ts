// Importing external OCDS: OCP's fictional example loads whole and compiles into exactly its published record; a
// broken file loads its valid releases and reports every invalid one with its reason; re-imports skip and count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { auditLog } from '../../../core/audit/schema.js';
import { createTestCall } from '../test-support.js';
import { procurementReleases as rel } from '../process/schema.js';
import { fileURLToPath } from 'node:url';
import { importOcdsReleases } from './import.js';

const EXAMPLES = fileURLToPath(new URL('../../../../../shared/data/ocds/examples/fictional-1.1', import.meta.url));
const FICTIONAL = readFileSync(join(EXAMPLES, 'ocds-213czf-000-00001.json'), 'utf8');
const RECORD = JSON.parse(readFileSync(join(EXAMPLES, 'record/ocds-213czf-000-00001.json'), 'utf8'));
const OCID = 'ocds-213czf-000-00001';
const ACTOR = { id: null, label: 'cli' };

let t: TestApp;
beforeEach(async () => { t = await createTestApp(); }, 300_000);
afterEach(async () => { await t.close(); });

const importInto = async (slug: string, text: string) =>
  importOcdsReleases(t.database.db, { institutionId: (await findInstitution(t.database.db, slug))!.id, text, source: 'test.json', actor: ACTOR });
const releasesOf = (fictional: Record<string, unknown>, n: number) => (JSON.parse(FICTIONAL).releases as Array<Record<string, unknown>>).slice(0, n).map((r) => ({ ...r, ...fictional }));

describe('importOcdsReleases', { timeout: 120_000 }, () => {
  it('loads the fictional example, serves it, and compiles it into exactly its published record', async () => {
    const report = await importInto('temuco', FICTIONAL);
    expect(report).toEqual({ format: 'release-package', read: 6, loaded: 6, alreadyLoaded: 0, invalid: [] });
    const rows = await t.database.db.select().from(rel).where(eq(rel.ocid, OCID));
    expect(rows.every((r) => r.eventId === null)).toBe(true);
    expect(rows.map((r) => r.releaseId).sort()).toEqual(JSON.parse(FICTIONAL).releases.map((r: { id: string }) => r.id).sort());
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/procurement/ocds/releases?institution=temuco' })).json();
    expect(listed.releases.map((r: { date: string }) => r.date)).toEqual(JSON.parse(FICTIONAL).releases.map((r: { date: string }) => r.date));
    const record = (await t.app.inject({ method: 'GET', url: `/api/v1/procurement/ocds/records/${OCID}` })).json();
    expect(record.records[0].compiledRelease).toEqual(RECORD.records[0].compiledRelease);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'procurement.ocds.import'));
    expect(audit!.summary).toMatchObject({ loaded: 6, alreadyLoaded: 0, invalid: 0, format: 'release-package' });
  });

  it('is idempotent: a second import skips and counts every release, and audits that', async () => {
    await importInto('temuco', FICTIONAL);
    expect(await importInto('temuco', FICTIONAL)).toMatchObject({ loaded: 0, alreadyLoaded: 6, invalid: [] });
    expect(await t.database.db.select().from(rel)).toHaveLength(6);
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'procurement.ocds.import'))).toHaveLength(2);
  });

  it('reports every invalid release of a broken file with its reason and loads the valid ones', async () => {
    const call = await createTestCall(t);
    const [planning, tender, amendment] = releasesOf({}, 3);
    const lines = [
      JSON.stringify(planning), // valid
      '{"ocid": "ocds-213czf-x", ', // not JSON
      JSON.stringify({ ...tender, tag: ['won'] }), // closed codelist
      JSON.stringify({ ...amendment, date: '2009-01-01T00:00:00Z' }), // before the planning release of its ocid
      JSON.stringify({ ...amendment, id: `${String(amendment!.id)}-b`, ocid: call.ocid }), // Cabildo's own process
      JSON.stringify({ ...planning, ocid: 'not-an-ocid' }), // no registered prefix
      JSON.stringify({ ...tender, id: 'dup' }), JSON.stringify({ ...tender, id: 'dup', date: '2010-12-01T00:00:00Z' }), // repeated id
      '',
    ];
    const report = await importInto('temuco', lines.join('\n'));
    expect(report.format).toBe('json-lines');
    expect(report.loaded).toBe(2);
    expect(report.read).toBe(8);
    expect(report.invalid.map((p) => [p.at, p.reason.slice(0, 30)])).toEqual(expect.arrayContaining([
      ['line 2', expect.stringMatching(/^not valid JSON/)],
      ['line 3', expect.stringContaining('/tag/0')],
      ['line 4', expect.stringMatching(/^date 2009-01-01T00:00:00Z is n/)],
      ['line 5', 'the ocid is a process publishe'],
      ['line 6', expect.stringContaining('/ocid')],
      ['line 8', 'release id repeated for the sa'],
    ]));
    expect(report.invalid).toHaveLength(6);
    expect((await t.database.db.select({ id: rel.releaseId }).from(rel).where(eq(rel.ocid, OCID))).map((r) => r.id).sort()).toEqual([planning!.id, 'dup'].sort());
  });

  it('refuses an ocid another institution imported, and reads a record package\'s linked releases as nothing to load', async () => {
    await importInto('temuco', FICTIONAL);
    const other = await importInto('valdivia', JSON.stringify({ ...JSON.parse(FICTIONAL), releases: releasesOf({ id: 'new', date: '2012-01-01T00:00:00Z' }, 1) }));
    expect(other.invalid.map((p) => p.reason)).toEqual(['the ocid belongs to another institution\'s releases']);
    const linked = await importInto('temuco', JSON.stringify(RECORD));
    expect(linked).toMatchObject({ format: 'record-package', loaded: 0 });
    expect(linked.invalid[0]!.reason).toMatch(/^linked release/);
  });
});
