// The officials' JSON API over a request's documents (per role, by bearer token), the public query and shape the
// requests area lists on the request's page, and the demo seed (a published CSV with the personal data redacted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { createRequestRow, uploadAs, uploadWithToken } from './test-support.js';
import { listPublishedDocuments } from './queries.js';
import { DocumentJson, presentDocument } from './present.js';
import { seedDocumentsDemo } from './seed.js';

let t: TestApp;
let req: Awaited<ReturnType<typeof createRequestRow>>;
let api: string;
let docId: number;
beforeAll(async () => {
  t = await createTestApp();
  req = await createRequestRow(t);
  const official = (await ACTORS.transparencyOfficial(t))!;
  const res = await uploadAs(t, official, req.url, [['title', 'Nómina'], ['names', 'Rosa Paine']],
    { name: 'nomina.csv', bytes: Buffer.from('nombre,rut\nRosa Paine,12.345.678-5\nCamila Antileo Rojas,7.654.321-6\n') });
  docId = Number(/documentos\/(\d+)\//.exec(res.headers.location as string)![1]);
  api = `/api/v1/transparency/institutions/${req.slug}/requests/${req.folio}/documents`;
}, 60_000);
afterAll(async () => { await t.close(); });

const tokenOf = async (kind: ActorKind) => { const b = await ACTORS[kind](t); return b ? apiTokenFor(t, b.personId) : null; };
const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null) =>
  t.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the officials\' API', () => {
  it('lists drafts to the institution\'s transparency officials only', async () => {
    const table: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403], ['admin', 200], ['transparencyOfficial', 200]];
    for (const [kind, status] of table) expect((await call('GET', api, await tokenOf(kind))).statusCode, kind).toBe(status);
    const [doc] = (await call('GET', api, await tokenOf('transparencyOfficial'))).json();
    expect(doc).toMatchObject({ id: docId, status: 'draft', mediaType: 'text/csv', redactionMode: 'automatic', redactions: { name: 2, run: 2 } });
    expect(JSON.stringify(doc)).not.toMatch(/Rosa|Camila|names/);
  });

  it('takes an upload from the institution\'s officials (201, a draft), refuses others and bad files with 422, writing nothing', async () => {
    const file = { name: 'oficio.md', bytes: Buffer.from('# Oficio\n\nSeñora Rosa Paine, RUN 12.345.678-5.\n') };
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403]] as Array<[ActorKind, number]>) {
      expect((await uploadWithToken(t, await tokenOf(kind), api, [['title', 'Oficio']], file)).statusCode, kind).toBe(status);
    }
    const token = await tokenOf('transparencyOfficial');
    const refusals = [await uploadWithToken(t, token, api, [['title', 'Oficio']], { name: 'a.pdf', bytes: Buffer.from('%PDF-1.7\n') }),
      await uploadWithToken(t, token, api, [['title', 'Oficio']]), await uploadWithToken(t, token, api, [['title', 'x']], file),
      await uploadWithToken(t, token, api, [['title', 'Grande']], { name: 'a.txt', bytes: Buffer.alloc(21 * 1024 * 1024, 'a') })];
    expect(refusals.map((r) => r.statusCode)).toEqual([422, 422, 422, 422]);
    expect(refusals[0]!.json().message).toContain('certificación');
    expect(refusals[3]!.json().message).toContain('10 MB');
    expect((await call('GET', api, token)).json()).toHaveLength(1);
    const res = await uploadWithToken(t, token, api, [['title', 'Oficio'], ['names', '']], file);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', mediaType: 'text/markdown', redactions: { run: 1, name: 1 }, originalSize: file.bytes.length });
    expect((await call('DELETE', `${api}/${res.json().id}`, token)).statusCode).toBe(204);
  });

  it('previews what the rules find, cell by cell for a CSV', async () => {
    expect((await call('GET', `${api}/${docId}/preview`, await tokenOf('resident'))).statusCode).toBe(403);
    const preview = (await call('GET', `${api}/${docId}/preview`, await tokenOf('transparencyOfficial'))).json();
    expect(preview.kind).toBe('csv');
    expect(preview.matches.map((m: { text: string }) => m.text)).toEqual(['Rosa Paine', '12.345.678-5', 'Camila Antileo Rojas', '7.654.321-6']);
    expect(preview.cells).toEqual([{ row: 1, column: 0 }, { row: 1, column: 1 }, { row: 2, column: 0 }, { row: 2, column: 1 }]);
  });

  it('publishes, withdraws and deletes with 409 on the wrong state, and writes nothing for others', async () => {
    const token = await tokenOf('transparencyOfficial');
    expect((await call('POST', `${api}/${docId}/publish`, await tokenOf('otherOfficial'))).statusCode).toBe(403);
    expect((await call('POST', `${api}/${docId}/unpublish`, token)).statusCode).toBe(409);
    const published = await call('POST', `${api}/${docId}/publish`, token);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', url: `${req.url}/${docId}` });
    expect((await call('DELETE', `${api}/${docId}`, token)).statusCode).toBe(409);
    expect((await call('POST', `${api}/${docId}/unpublish`, token)).json().status).toBe('draft');
    expect((await call('DELETE', `${api}/${docId}`, await tokenOf('resident'))).statusCode).toBe(403);
    expect((await call('DELETE', `${api}/${docId}`, token)).statusCode).toBe(204);
    expect((await call('GET', `${api}/${docId}/preview`, token)).statusCode).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('describes the API with its tag and bearer security, and hides the pages', async () => {
    const paths = (await t.app.inject({ url: '/api/v1/openapi.json' })).json().paths as Record<string, Record<string, { tags: string[]; security?: unknown }>>;
    const base = '/api/v1/transparency/institutions/{slug}/requests/{folio}/documents';
    expect(Object.keys(paths).filter((p) => p.startsWith(base)).sort()).toEqual([base, `${base}/{id}`, `${base}/{id}/preview`, `${base}/{id}/publish`, `${base}/{id}/unpublish`]);
    expect(paths[`${base}/{id}/publish`]!.post!).toMatchObject({ tags: ['transparency'], security: [{ bearer: [] }] });
    expect(paths[base]!.post!).toMatchObject({ tags: ['transparency'], security: [{ bearer: [] }] });
    expect(Object.keys(paths).some((p) => p.includes('documentos'))).toBe(false);
  });
});

describe('the demo seed and the public shape', () => {
  it('attaches a published CSV whose public version has no personal data but keeps the organisations\' RUTs', async () => {
    const r = await createRequestRow(t, 'temuco', 'Matías Quilapán Soto');
    const id = await t.database.db.transaction((tx) => seedDocumentsDemo(tx, r.id));
    const [doc] = await listPublishedDocuments(t.database.db, r.id);
    expect(doc!.id).toBe(id);
    const json = presentDocument(doc!, r.slug, r.folio);
    expect(Object.keys(json).sort()).toEqual(Object.keys(DocumentJson.properties).sort());
    expect(json.redactions).toEqual({ run: 2, email: 1, name: 4, phone: 1 });
    const body = (await t.app.inject({ method: 'GET', url: json.url })).body;
    expect(body).not.toMatch(/Huenchullán|ALARCON|Alarcón|Quilapán|Lefimil|12\.345\.678-5|7\.654\.321-6|gmail|8765/);
    expect(body).toContain('65.432.109-4');
    expect(body).toContain('Sra. [nombre tarjado]');
    expect(body.split('\r\n')[0]).toBe('fecha;beneficiario;rut;contacto;monto;observación');
  });
});
