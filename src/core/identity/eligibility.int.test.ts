import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDb } from '../../test-support/app.js';
import { queryRows, type Db } from '../db/client.js';
import { findInstitution } from '../tenancy/queries.js';
import { comunas } from '../tenancy/schema.js';
import { auditLog } from '../audit/schema.js';
import { deriveKey } from './keys.js';
import { computeDv, formatRun, hashRun, normaliseRun, type Run } from './run.js';
import { parseEligibilityCsv, type EligibilityEntryInput } from './eligibility-csv.js';
import { importEligibilityList } from './commands/import-eligibility-list.js';
import { isEligible, listEligibilityLists } from './queries.js';

const runKey = deriveKey('test-secret-test-secret-test-secret-0123', 'run-hash');
const actor = { id: null, label: 'test' };
const runOf = (numero: number): Run => ({ numero, dv: computeDv(numero) });

let testDb: TestDb;
let db: Db;
let temuco: number;
let known: Set<string>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  temuco = (await findInstitution(db, 'temuco'))!.id;
  known = new Set((await db.select({ code: comunas.code }).from(comunas)).map((c) => c.code));
});
afterAll(() => testDb?.drop());

const parse = (csv: string | Buffer) => {
  const result = parseEligibilityCsv(typeof csv === 'string' ? Buffer.from(csv) : csv, { comunas: known, runKey });
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.errors)}`);
  return result.entries;
};
const load = (name: string, entries: EligibilityEntryInput[]) =>
  db.transaction((tx) => importEligibilityList(tx, { institutionId: temuco, name, entries }, actor));
const countEntries = async () => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from eligibility_entries`))[0].n;
const listId = async (name: string) => (await listEligibilityLists(db, temuco)).find((l) => l.name === name)!.id;

describe('importing an eligibility list', () => {
  it('loads 100,000 rows in one transaction', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `${formatRun(runOf(10_000_000 + i * 7))};09101;Sector ${i % 12}`);
    const csv = `run;comuna;grupo\n${rows.join('\n')}\n`;
    const started = performance.now();
    const entries = parse(csv);
    const parsed = performance.now();
    const progress: number[] = [];
    await db.transaction((tx) => importEligibilityList(tx, { institutionId: temuco, name: 'Padrón comunal', entries }, actor,
      (done) => progress.push(done)));
    const loaded = performance.now();
    console.log(`100,000-row padrón: parsed and hashed in ${Math.round(parsed - started)} ms, imported in ${Math.round(loaded - parsed)} ms`);

    expect(progress).toHaveLength(100);
    expect(progress.at(-1)).toBe(100_000);
    const id = await listId('Padrón comunal');
    expect(await listEligibilityLists(db, temuco)).toMatchObject([{ id, name: 'Padrón comunal', entryCount: 100_000 }]);
    expect(await isEligible(db, id, hashRun(runOf(10_000_000 + 99_999 * 7), runKey))).toBe(true);
    expect(await isEligible(db, id, hashRun(runOf(10_000_001), runKey))).toBe(false);
  }, 300_000);

  it('replaces the entries on a re-import, and the audit entry counts without naming anyone', async () => {
    await load('Apoderados Escuela N° 5', parse('run\n11.111.111-1\n22.222.222-2\n12.345.678-5\n'));
    const id = await listId('Apoderados Escuela N° 5');
    const result = await load('Apoderados Escuela N° 5', parse('run;grupo\n12.345.678-5;4° básico\n7.654.321-6;4° básico\n'));
    expect(result).toEqual({ listId: id, entries: 2, previousEntries: 3 });
    expect(await isEligible(db, id, hashRun(runOf(11111111), runKey))).toBe(false);
    expect(await isEligible(db, id, hashRun(runOf(7654321), runKey))).toBe(true);
    expect((await listEligibilityLists(db, temuco)).find((l) => l.id === id)?.entryCount).toBe(2);

    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'eligibility_list.import')).orderBy(sql`seq desc`).limit(1);
    expect(audit).toMatchObject({ institutionId: temuco, resourceType: 'eligibility_list', resourceId: String(id), public: true, actorLabel: 'test' });
    expect(audit.summary).toEqual({ name: 'Apoderados Escuela N° 5', entries: 2, previousEntries: 3, comunas: 0, groups: 1, created: false });
    const text = JSON.stringify(audit);
    for (const run of [runOf(12345678), runOf(7654321)]) {
      expect(text).not.toContain(String(run.numero));
      expect(text).not.toContain(hashRun(run, runKey));
    }
  });

  it('keeps the previous entries whole when a batch fails part-way (nothing half-loaded)', async () => {
    const before = await countEntries();
    const id = await listId('Padrón comunal');
    const entries = Array.from({ length: 2_500 }, (_, i) => ({ runHash: hashRun(runOf(20_000_000 + i), runKey), comuna: '09101', groupName: null }));
    entries[2_400].comuna = '99999'; // in the third batch; the parser would have refused it, the foreign key does too
    await expect(load('Padrón comunal', entries)).rejects.toThrow();
    expect(await countEntries()).toBe(before);
    expect(await isEligible(db, id, hashRun(runOf(10_000_000), runKey))).toBe(true);
    expect(await isEligible(db, id, hashRun(runOf(20_000_000), runKey))).toBe(false);
  });

  it('writes nothing for a file with bad rows, and reports all of their lines', async () => {
    const before = await countEntries();
    const csv = 'run;comuna;grupo\n11.111.111-1;09101;a\n11.111.111-2;09101;a\n22.222.222-2;09101;b\n3333-33333;09101;b\n12.345.678-5;00000;c\n';
    const result = parseEligibilityCsv(Buffer.from(csv), { comunas: known, runKey });
    expect(result.ok ? [] : result.errors.map((e) => e.line)).toEqual([3, 5, 6]);
    expect(await countEntries()).toBe(before);
  });

  it('stores a latin1 group name correctly', async () => {
    await load('Vecinos', parse(Buffer.from('run;comuna;grupo\n12.345.678-5;13120;Villa Los Jardines, Ñuñoa\n', 'latin1')));
    const rows = await queryRows<{ group_name: string; comuna: string }>(db, sql`select group_name, comuna from eligibility_entries where list_id = ${await listId('Vecinos')}`);
    expect(rows).toEqual([{ group_name: 'Villa Los Jardines, Ñuñoa', comuna: '13120' }]);
  });

  it('keeps no RUN, nor an unkeyed hash of one, in any column', async () => {
    const run = runOf(12345678);
    const forms = [normaliseRun(run), formatRun(run), String(run.numero), createHash('sha256').update(normaliseRun(run)).digest('hex')];
    const rows = await queryRows<{ row: string }>(db, sql`
      select row_to_json(e)::text as row from eligibility_entries e
      union all select row_to_json(l)::text from eligibility_lists l
      union all select row_to_json(a)::text from audit_log a`);
    expect(rows.length).toBeGreaterThan(100_000);
    const leaks = rows.filter(({ row }) => forms.some((form) => row.includes(form)));
    expect(leaks).toEqual([]);
    // The keyed hash is there: the person is on the lists, which only the key can tell.
    expect(rows.some(({ row }) => row.includes(hashRun(run, runKey)))).toBe(true);
  });
});
