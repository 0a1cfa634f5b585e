import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPerson } from '../auth/commands/create-person.js';
import { grantRole } from '../auth/commands/grant-role.js';
import { createApiToken } from '../auth/commands/create-api-token.js';
import { findInstitution } from '../tenancy/queries.js';
import type { Role } from '../auth/schema.js';
import { formatters } from '../i18n/index.js';
import { hashEntry } from './log.js';
import { AUDIT_CSV_COLUMNS, type AuditEntryJson } from './present.js';

const cli = { id: null, label: 'cli' };
let t: TestApp;
let adminToken: string;
let residentToken: string;

async function person(email: string, name: string, role?: Role, institution?: string) {
  const { db } = t.database;
  const institutionId = institution ? (await findInstitution(db, institution))!.id : null;
  return db.transaction(async (tx) => {
    const p = await createPerson(tx, { email, name, emailConfirmed: true }, cli);
    if (role) await grantRole(tx, { personId: p.id, role, institutionId, permissions: role === 'official' ? ['budget'] : [] }, cli);
    return (await createApiToken(tx, { personId: p.id, name: 'test' }, cli)).token;
  });
}

const api = async (query = '', token?: string) => {
  const res = await t.app.inject({ url: `/api/v1/audit${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.statusCode, body: res.json() as { items: AuditEntryJson[]; next: string | null; message?: string } };
};

beforeAll(async () => {
  t = await createTestApp();
  await person('ana.rojas@example.cl', 'Ana Rojas', 'official', 'temuco');
  await person('luis@example.cl', 'Luis Soto', 'institution_admin', '13');
  adminToken = await person('root@example.cl', 'Admin', 'platform_admin');
  residentToken = await person('vecina@example.cl', 'Vecina');
  // Written at 23:30 of 14 January in Santiago, which is already 15 January in UTC (summer time, UTC-3).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-15T02:30:00Z'));
  await person('night@example.cl', 'Nocturna', 'official', 'valparaiso');
  vi.useRealTimers();
});
afterAll(async () => { await t.close(); });

describe('GET /api/v1/audit', () => {
  it('lists public entries only, newest first, without emails or private actors', async () => {
    const { status, body } = await api();
    expect(status).toBe(200);
    expect(body.items.map((e) => e.action)).toEqual(['role.grant', 'role.grant', 'role.grant', 'reference.load']);
    expect(body.items.every((e) => e.public)).toBe(true);
    expect(body.items.map((e) => e.seq)).toEqual([...body.items.map((e) => e.seq)].sort((a, b) => b - a));
    expect(JSON.stringify(body)).not.toMatch(/@example\.cl|person\.create|api_token/);
    expect(body.items.find((e) => e.institution?.slug === 'gore-metropolitano')).toMatchObject({
      actor: { id: null, label: 'cli' }, institution: { name: 'Gobierno Regional Metropolitano de Santiago' }, resource: { type: 'role_assignment' },
      summary: { role: 'institution_admin' },
    });
  });

  it('carries every hashed field, so anyone can recompute a public entry\'s hash', async () => {
    const [e] = (await api('?limit=1')).body.items;
    const recomputed = hashEntry({
      seq: e.seq, at: new Date(e.at), actorId: e.actor.id, actorLabel: e.actor.label, institutionId: e.institution?.id ?? null,
      action: e.action, resourceType: e.resource.type, resourceId: e.resource.id, summary: e.summary, public: e.public, prevHash: e.prevHash,
    });
    expect(recomputed).toBe(e.hash);
  });

  it('filters by institution slug or CUT, action, resource type and days in America/Santiago', async () => {
    const slugs = async (q: string) => (await api(q)).body.items.map((e) => `${e.action}@${e.institution?.slug ?? '-'}`);
    expect(await slugs('?institution=temuco')).toEqual(['role.grant@temuco']);
    expect(await slugs('?institution=09101')).toEqual(['role.grant@temuco']);
    expect(await slugs('?institution=13')).toEqual(['role.grant@gore-metropolitano']);
    expect(await slugs('?action=reference.load')).toEqual(['reference.load@-']);
    expect(await slugs('?resource=role_assignment&institution=valparaiso')).toEqual(['role.grant@valparaiso']);
    expect(await slugs('?from=2026-01-14&to=2026-01-14')).toEqual(['role.grant@valparaiso']);
    expect(await slugs('?from=2026-01-15&to=2026-01-15')).toEqual([]);
    expect(await slugs('?to=2026-01-13')).toEqual([]);
  });

  it('pages by cursor through every entry exactly once', async () => {
    const all = (await api()).body.items.map((e) => e.seq);
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const { body } = await api(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items.map((e) => e.seq));
      cursor = body.next;
    }
    expect(seen).toEqual(all);
  });

  it('shows private entries to platform admins only, without the actor id', async () => {
    expect((await api('?include=private')).status).toBe(401);
    expect((await api('?include=private', residentToken)).status).toBe(403);
    const { status, body } = await api('?include=private&action=person.create', adminToken);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(5);
    expect(body.items.every((e) => !e.public && e.actor.id === null)).toBe(true);
  });

  it('rejects an unknown institution and an impossible date with a clear 400', async () => {
    const unknown = await api('?institution=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('«atlantis»');
    expect((await api('?from=2026-02-30')).status).toBe(400);
    expect((await api('?from=yesterday')).status).toBe(400);
  });
});

describe('/auditoria', () => {
  it('renders the public entries with times in Santiago, in Spanish and in English', async () => {
    const es = await t.app.inject({ url: '/auditoria' });
    expect(es.statusCode).toBe(200);
    expect(es.body).toContain('Registro de auditoría');
    expect(es.body).toContain('Municipalidad de Temuco');
    expect(es.body).toContain('Línea de comandos');
    expect(es.body).toContain('datetime="2026-01-15T02:30:00.000Z"');
    const shown = formatters('es-CL').dateTime.format(new Date('2026-01-15T02:30:00Z'));
    expect(shown).toMatch(/^14/); // the 14th in Santiago, though already the 15th in UTC
    expect(es.body).toContain(`>${shown}</time>`);
    expect(es.body).not.toMatch(/person\.create|@example\.cl|Vecina|name="include"/);
    const en = await t.app.inject({ url: '/auditoria?lang=en' });
    expect(en.body).toContain('Audit log');
    expect(en.body).toContain('Command line');
  });

  it('keeps the filters, names the institution, and re-renders with the field message on a bad value', async () => {
    const temuco = await t.app.inject({ url: '/auditoria?institution=09101&action=role.grant' });
    expect(temuco.body).toContain('Registro de auditoría: Municipalidad de Temuco');
    expect(temuco.body).toContain('value="09101"');
    expect(temuco.body).not.toContain('Valparaíso</a>');
    const bad = await t.app.inject({ url: '/auditoria?institution=atlantis&from=2026-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('No hay una institución «atlantis»');
    expect(bad.body).toContain('value="2026-01-01"');
  });

  it('offers private entries to platform admins only', async () => {
    const page = await t.app.inject({ url: '/auditoria?include=private', headers: { authorization: `Bearer ${adminToken}` } });
    expect(page.body).toContain('name="include"');
    expect(page.body).toContain('person.create');
    const resident = await t.app.inject({ url: '/auditoria', headers: { authorization: `Bearer ${residentToken}` } });
    expect(resident.body).not.toContain('name="include"');
    expect((await t.app.inject({ url: '/auditoria?include=private&format=csv' })).statusCode).toBe(401);
  });

  it('exports the filtered list as CSV and JSON, public entries only', async () => {
    const csv = await t.app.inject({ url: '/auditoria?format=csv&resource=role_assignment' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(csv.body).not.toMatch(/person\.create|@example\.cl/);
    const json = JSON.parse((await t.app.inject({ url: '/auditoria?format=json' })).body) as AuditEntryJson[];
    expect(json.map((e) => e.seq)).toEqual((await api()).body.items.map((e) => e.seq));
  });
});
