// Officials publish, edit, upload to and withdraw their institution's datasets through forms without JavaScript:
// who may (per role), what a refusal looks like (422 with the values kept, nothing written), the audit rows, the
// uploaded CSV's Table Schema and its download byte for byte at a stable URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { count, DATASET_FIELDS, fieldsWith, PATENTES_CSV, publishDataset, upload } from './test-support.js';

let t: TestApp;
let official: Browser;
beforeAll(async () => {
  t = await createTestApp();
  official = (await ACTORS.transparencyOfficial(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const refusedKinds: Array<[ActorKind, number[]]> = [['anonymous', [401, 403]], ['resident', [403]], ['participationOfficial', [403]], ['otherOfficial', [403]], ['otherAdmin', [403]]];

describe('publishing a dataset', () => {
  it('shows the form to the institution\'s transparency officials and admins only', async () => {
    const table: Array<[ActorKind, number]> = [['anonymous', 303], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403],
      ['otherAdmin', 403], ['transparencyOfficial', 200], ['admin', 200], ['platformAdmin', 200]];
    for (const [kind, status] of table) {
      const b = await ACTORS[kind](t);
      const res = await t.app.inject({ url: '/instituciones/temuco/datos/nuevo', cookies: b?.cookies });
      expect(res.statusCode, kind).toBe(status);
    }
  });

  it('refuses everyone else\'s post and writes nothing', async () => {
    const before = await count(t, 'transparency_datasets');
    for (const [kind, statuses] of refusedKinds) {
      const res = await t.app.inject({ url: '/instituciones/temuco/datos', ...formPost(await ACTORS[kind](t), DATASET_FIELDS) });
      expect(statuses, kind).toContain(res.statusCode);
    }
    expect(await count(t, 'transparency_datasets')).toBe(before);
  });

  it('publishes under a name from the institution and title, unique, and audits it in public', async () => {
    const name = await publishDataset(t, official, { title: 'Puntos limpios' });
    expect(name).toBe('temuco-puntos-limpios');
    expect(await publishDataset(t, (await ACTORS.admin(t))!, { title: 'Puntos limpios' })).toBe('temuco-puntos-limpios-2');
    const [audit] = await queryRows<{ action: string; public: boolean }>(t.database.db,
      sql`select action, public from audit_log where resource_type = 'transparency_dataset' order by seq limit 1`);
    expect(audit).toEqual({ action: 'transparency.dataset.create', public: true });
    const page = await t.app.inject({ url: `/datos/${name}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Temuco (09101)');
    expect(page.body).toContain('Trimestral');
  });

  it('re-renders the form with the errors and the values kept (422), writing nothing', async () => {
    const before = await count(t, 'transparency_datasets');
    const cases: Array<[Record<string, string>, string]> = [
      [{ title: 'x' }, 'Patentes'], [{ temporalEnd: '2024-12-31' }, 'no puede ser anterior'], [{ spatialCode: '99999' }, 'código CUT'],
      [{ temporalStart: '2025-02-30' }, 'fecha que exista'], [{ theme: 'NOPE' }, 'Patentes'],
    ];
    for (const [change, text] of cases) {
      const res = await t.app.inject({ url: '/instituciones/temuco/datos', ...formPost(official, fieldsWith(change)) });
      expect(res.statusCode, JSON.stringify(change)).toBe(422);
      expect(res.body).toContain('error-summary');
      expect(res.body).toContain(text);
      expect(res.body).toContain('value="patentes, comercio"');
    }
    expect(await count(t, 'transparency_datasets')).toBe(before);
  });

  it('shows the schema\'s errors and the cross-field problems together', async () => {
    const res = await t.app.inject({ url: '/instituciones/temuco/datos', ...formPost(official, fieldsWith({ description: '', temporalStart: '2026-01-01', temporalEnd: '2025-01-01' })) });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Complete este campo');
    expect(res.body).toContain('no puede ser anterior');
  });

  it('refuses an unknown field as a malformed request (400)', async () => {
    const res = await t.app.inject({ url: '/instituciones/temuco/datos', ...formPost(official, [...DATASET_FIELDS, ['owner', 'x']]) });
    expect(res.statusCode).toBe(400);
  });
});

describe('editing, links, uploads and withdrawal', () => {
  let name: string;
  beforeAll(async () => { name = await publishDataset(t, official, { title: 'Patentes comerciales' }); });

  it('edits the record for the institution\'s officials only', async () => {
    for (const [kind, statuses] of refusedKinds) {
      const res = await t.app.inject({ url: `/datos/${name}/editar`, ...formPost(await ACTORS[kind](t), fieldsWith({ title: 'Cambiado' })) });
      expect(statuses, kind).toContain(res.statusCode);
    }
    const res = await t.app.inject({ url: `/datos/${name}/editar`, ...formPost(official, fieldsWith({ title: 'Patentes comerciales 2025', keywords: 'Patentes, RENTAS, patentes' })) });
    expect(res.statusCode).toBe(303);
    const [row] = await queryRows<{ title: string; keywords: string[]; version: number }>(t.database.db,
      sql`select title, keywords, version from transparency_datasets where name = ${name}`);
    expect(row).toEqual({ title: 'Patentes comerciales 2025', keywords: ['patentes', 'rentas'], version: 2 });
  });

  it('adds a link, refusing one that is not http(s)', async () => {
    const linkFields: Array<[string, string]> = [['linkTitle', 'Mapa'], ['linkFormat', 'GEOJSON'], ['url', 'https://www.temuco.cl/mapa.geojson']];
    for (const [kind, statuses] of refusedKinds) {
      expect(statuses, kind).toContain((await t.app.inject({ url: `/datos/${name}/enlaces`, ...formPost(await ACTORS[kind](t), linkFields) })).statusCode);
    }
    expect(await count(t, 'transparency_distributions')).toBe(0);
    const bad = await t.app.inject({ url: `/datos/${name}/enlaces`, ...formPost(official, [['linkTitle', 'Mapa'], ['linkFormat', 'GEOJSON'], ['url', 'javascript:alert(1)']]) });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="javascript:alert(1)"');
    const ok = await t.app.inject({ url: `/datos/${name}/enlaces`, ...formPost(official, [['linkTitle', 'Mapa'], ['linkFormat', 'GEOJSON'], ['url', 'https://www.temuco.cl/mapa.geojson']]) });
    expect(ok.statusCode).toBe(303);
  });

  it('uploads a CSV, infers its Table Schema and serves it byte for byte with its hash as ETag', async () => {
    for (const [kind, statuses] of refusedKinds) {
      const res = await upload(t, await ACTORS[kind](t), name, [['fileTitle', 'Patentes']], { name: 'p.csv', bytes: Buffer.from(PATENTES_CSV) });
      expect(statuses, kind).toContain(res.statusCode);
    }
    const bytes = Buffer.from(PATENTES_CSV, 'latin1');
    const res = await upload(t, official, name, [['fileTitle', 'Patentes 2025'], ['format', '']], { name: 'patentes 2025.csv', bytes });
    expect(res.statusCode).toBe(303);
    const [file] = await queryRows<{ id: number; format: string; table_schema: { schema: { fields: Array<{ name: string; type: string }> }; dialect: object } }>(t.database.db,
      sql`select id, format, table_schema from transparency_distributions where file_name = 'patentes 2025.csv'`);
    expect(file!.format).toBe('CSV');
    expect(file!.table_schema.dialect).toEqual({ delimiter: ';', encoding: 'latin1' });
    expect(file!.table_schema.schema.fields.map((f) => f.type)).toEqual(['string', 'string', 'integer', 'number', 'boolean', 'date']);
    const download = await t.app.inject({ url: `/datos/${name}/recursos/${file!.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('text/csv');
    const again = await t.app.inject({ url: `/datos/${name}/recursos/${file!.id}`, headers: { 'if-none-match': download.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const page = await t.app.inject({ url: `/datos/${name}` });
    expect(page.body).toContain('Columnas de «patentes 2025.csv»');
    expect(page.body).toContain('número decimal (1.234,5)');
  });

  it('refuses an unreadable CSV, an empty upload and an unknown extension with the form again, storing nothing', async () => {
    const before = await count(t, 'transparency_distributions');
    const cases: Array<[{ name: string; bytes: Buffer } | undefined, string]> = [
      [{ name: 'dup.csv', bytes: Buffer.from('a;a\n1;2\n') }, 'nombres de columna distintos'],
      [undefined, 'Elija un archivo'], [{ name: 'datos.exe', bytes: Buffer.from('MZ') }, 'Elija el formato'],
      [{ name: 'informe.pdf', bytes: Buffer.from('<html><script>alert(1)</script>') }, 'no corresponde al formato'],
      [{ name: 'pagina.html', bytes: Buffer.from('<html></html>') }, 'no corresponde al formato'],
    ];
    for (const [file, text] of cases) {
      const res = await upload(t, official, name, [['fileTitle', 'Prueba']], file);
      expect(res.statusCode, text).toBe(422);
      expect(res.body).toContain(text);
      expect(res.body).toContain('value="Prueba"');
    }
    expect(await count(t, 'transparency_distributions')).toBe(before);
  });

  it('refuses a file over 10 MB with the form and its error (422)', async () => {
    const res = await upload(t, official, name, [['fileTitle', 'Enorme']], { name: 'enorme.csv', bytes: Buffer.alloc(10 * 1024 * 1024 + 10, 0x61) });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('supera los 10 MB');
  });

  it('removes a resource of this dataset only, then withdraws the dataset from the catalogue', async () => {
    const [link] = await queryRows<{ id: number }>(t.database.db, sql`select id from transparency_distributions where url is not null`);
    const other = await publishDataset(t, official, { title: 'Otro conjunto' });
    expect((await t.app.inject({ url: `/datos/${other}/recursos/${link!.id}/quitar`, ...formPost(official, []) })).statusCode).toBe(404);
    for (const [kind, statuses] of refusedKinds) {
      expect(statuses, kind).toContain((await t.app.inject({ url: `/datos/${name}/recursos/${link!.id}/quitar`, ...formPost(await ACTORS[kind](t), []) })).statusCode);
    }
    expect((await t.app.inject({ url: `/datos/${name}/recursos/${link!.id}/quitar`, ...formPost(official, []) })).statusCode).toBe(303);
    for (const [kind, statuses] of refusedKinds) {
      expect(statuses, kind).toContain((await t.app.inject({ url: `/datos/${name}/retirar`, ...formPost(await ACTORS[kind](t), []) })).statusCode);
    }
    expect((await t.app.inject({ url: `/datos/${name}/retirar`, ...formPost(official, []) })).statusCode).toBe(303);
    expect((await t.app.inject({ url: `/datos/${name}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/datos?q=patentes' })).body).not.toContain(name);
    const actions = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where resource_type = 'transparency_dataset' order by seq`);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['transparency.dataset.update', 'transparency.dataset.distribution.add',
      'transparency.dataset.distribution.upload', 'transparency.dataset.distribution.remove', 'transparency.dataset.withdraw']));
  });
});
