// `cabildo institution claveunica` run in-process against a throwaway embedded-database folder, the secret on stdin.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { eq, like } from 'drizzle-orm';
import { loadConfig } from '../core/config.js';
import { auditLog } from '../core/audit/schema.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { CLAVEUNICA_ISSUER, findClaveUnicaClient } from '../core/identity/claveunica/client-config.js';
import { claveunicaClients } from '../core/identity/schema.js';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { withDatabase } from './database.js';
import { institutionClaveUnica } from './institution.js';

useCliDataDir('institution');

const run = (args: string[], stdin = '') => runCommand(() => institutionClaveUnica(args, Readable.from([stdin])));

const stored = (ref: string) => withDatabase(async (db) => {
  const institution = await findInstitution(db, ref);
  return findClaveUnicaClient(db, loadConfig(), institution!.id);
});

describe('cabildo institution claveunica', () => {
  it('configures a client with the secret from stdin, encrypted, audited as cli without it', async () => {
    const res = await run(['--institution', 'temuco', '--client-id', 'cli-temuco', '--client-secret-stdin'], 'secreto-desde-stdin\n');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('ClaveÚnica configured for Municipalidad de Temuco\n');
    expect(res.stdout).toContain('redirect URI http://localhost:3000/instituciones/temuco/claveunica/retorno');
    expect(res.stdout).not.toContain('secreto-desde-stdin');
    expect(await stored('temuco')).toMatchObject({ issuer: CLAVEUNICA_ISSUER, clientId: 'cli-temuco', clientSecret: 'secreto-desde-stdin' });
    await withDatabase(async (db) => {
      const [row] = await db.select().from(claveunicaClients);
      expect(row.clientSecretEncrypted).not.toContain('secreto-desde-stdin');
      const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'claveunica.configure'));
      expect(entry).toMatchObject({ actorLabel: 'cli', public: true, summary: { clientId: 'cli-temuco', secretChanged: true } });
      expect(JSON.stringify(entry)).not.toContain('secreto-desde-stdin');
    });
  }, 120_000);

  it('changes what it is given and keeps the rest, the secret included', async () => {
    const res = await run(['--institution', '09101', '--issuer', 'http://127.0.0.1:4000/openid']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('ClaveÚnica updated for Municipalidad de Temuco (secret kept)\n');
    expect(await stored('temuco')).toMatchObject({ issuer: 'http://127.0.0.1:4000/openid', clientId: 'cli-temuco', clientSecret: 'secreto-desde-stdin' });
  }, 60_000);

  it('refuses what the admin page refuses, with the option at fault, and writes nothing', async () => {
    await expect(run(['--institution', 'valdivia', '--client-id', 'x'])).rejects.toThrow('--client-secret-stdin: Enter the client secret ClaveÚnica gave you.');
    await expect(run(['--institution', 'valdivia', '--client-id', 'x', '--client-secret-stdin', '--redirect-uri', 'ftp://muni.cl/retorno'], 's\n'))
      .rejects.toThrow('--redirect-uri: Enter a full address');
    await expect(run(['--institution', 'valdivia', '--client-secret-stdin'], 's\n')).rejects.toThrow('--client-id: Fill in this field.');
    await expect(run(['--institution', 'valdivia', '--client-id', 'x', '--client-secret-stdin'], '\n')).rejects.toThrow('nothing was read from stdin');
    await expect(run(['--institution', 'atlantida', '--client-id', 'x'])).rejects.toThrow('no institution "atlantida"');
    await expect(run(['--client-id', 'x'])).rejects.toThrow('--institution is required');
    await withDatabase(async (db) => {
      expect(await db.select().from(claveunicaClients)).toHaveLength(1);
      expect(await db.select().from(auditLog).where(like(auditLog.action, 'claveunica.%'))).toHaveLength(2);
    });
  }, 120_000);
});
