import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import { createTestDatabase, type TestDb } from '../../test-support/app.js';
import { queryRows, type Db } from '../db/client.js';
import { createPerson } from '../auth/commands/create-person.js';
import { grantRole } from '../auth/commands/grant-role.js';
import { createApiToken } from '../auth/commands/create-api-token.js';
import { findInstitution } from '../tenancy/queries.js';
import { hashEntry } from './log.js';
import { auditLog } from './schema.js';
import { verifyAuditChain, type VerifyResult } from './verify.js';

const cli = { id: null, label: 'cli' };
let t: TestDb;
let db: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.database.db;
  const temuco = (await findInstitution(db, 'temuco'))!;
  for (const n of [1, 2, 3]) {
    await db.transaction(async (tx) => {
      const person = await createPerson(tx, { email: `p${n}@example.cl`, name: `Persona ${n}` }, cli);
      await grantRole(tx, { personId: person.id, role: 'official', institutionId: temuco.id, permissions: ['budget'] }, cli);
      if (n === 3) await createApiToken(tx, { personId: person.id, name: 'script' }, cli);
    });
  }
  // 1 reference.load + 3 × (person.create, role.grant) + api_token.create
});
afterAll(async () => { await t.drop(); });

/** Tampers inside a transaction that is rolled back, so every case starts from the intact log. */
async function verifyTampered(...statements: SQL[]): Promise<VerifyResult> {
  let result: VerifyResult | undefined;
  await db.transaction(async (tx) => {
    // As an attacker with superuser access would: the append-only trigger refuses the application.
    await tx.execute(sql`alter table audit_log disable trigger user`);
    for (const statement of statements) await tx.execute(statement);
    result = await verifyAuditChain(tx, undefined, 3); // small batches, so breaks fall across batch boundaries too
    tx.rollback();
  }).catch((err) => { if (!(err instanceof TransactionRollbackError)) throw err; });
  return result!;
}

describe('verifyAuditChain', () => {
  it('accepts the untouched chain written by audited commands, and returns its length and head', async () => {
    const [head] = await queryRows<{ hash: string }>(db, sql`select hash from audit_log order by seq desc limit 1`);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 8, head: head.hash });
    expect(await verifyAuditChain(db, undefined, 3)).toEqual({ ok: true, count: 8, head: head.hash });
  });

  it('detects an edited summary at that entry', async () => {
    expect(await verifyTampered(sql`update audit_log set summary = '{"role":"platform_admin"}' where seq = 3`))
      .toEqual({ ok: false, count: 2, firstBad: { seq: 3, reason: 'edited' } });
  });

  it('detects a deleted entry in the middle, and a deleted first entry', async () => {
    expect(await verifyTampered(sql`delete from audit_log where seq = 4`)).toEqual({ ok: false, count: 3, firstBad: { seq: 4, reason: 'missing' } });
    expect(await verifyTampered(sql`delete from audit_log where seq = 1`)).toEqual({ ok: false, count: 0, firstBad: { seq: 1, reason: 'missing' } });
  });

  it('detects a replaced hash, and an edit whose hash was recomputed (at the next entry)', async () => {
    expect(await verifyTampered(sql`update audit_log set hash = repeat('0', 64) where seq = 6`)).toMatchObject({ firstBad: { seq: 6, reason: 'edited' } });
    // The attacker rewrites entry 5's summary and recomputes its hash with the published algorithm.
    const [{ hash: _old, ...entry }] = await db.select().from(auditLog).where(eq(auditLog.seq, 5));
    const forged = { ...entry, summary: { ...entry.summary, role: 'institution_admin' } };
    const result = await verifyTampered(sql`update audit_log set summary = ${JSON.stringify(forged.summary)}::jsonb, hash = ${hashEntry(forged)} where seq = 5`);
    expect(result).toEqual({ ok: false, count: 5, firstBad: { seq: 6, reason: 'unlinked' } });
  });

  it('detects an entry slipped in before the first one', async () => {
    const [{ hash: _old, ...first }] = await db.select().from(auditLog).where(eq(auditLog.seq, 1));
    const forged = { ...first, seq: 0 };
    const insert = sql`insert into audit_log (seq, at, actor_label, action, resource_type, summary, public, prev_hash, hash)
      values (0, ${forged.at}, ${forged.actorLabel}, ${forged.action}, ${forged.resourceType}, ${JSON.stringify(forged.summary)}::jsonb, true, ${forged.prevHash}, ${hashEntry(forged)})`;
    expect(await verifyTampered(insert)).toEqual({ ok: false, count: 0, firstBad: { seq: 0, reason: 'inserted' } });
  });

  it('detects reordered entries', async () => {
    const swap = [sql`update audit_log set seq = -2 where seq = 2`, sql`update audit_log set seq = 2 where seq = 3`, sql`update audit_log set seq = 3 where seq = -2`];
    expect(await verifyTampered(...swap)).toMatchObject({ ok: false, firstBad: { seq: 2, reason: 'edited' } });
  });

  it('reports progress after each batch, with the total', async () => {
    const calls: Array<[number, number]> = [];
    await verifyAuditChain(db, (done, total) => calls.push([done, total]), 3);
    expect(calls).toEqual([[3, 8], [6, 8], [8, 8]]);
  });
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    for (const statement of [sql`update audit_log set summary = '{}' where seq = 2`, sql`delete from audit_log where seq = 2`, sql`truncate audit_log`]) {
      await expect(db.execute(statement)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/audit_log is append-only/) } });
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
