// Documents uploaded as milestones' evidence: the multipart form and the API per role, the content check (type by
// magic bytes, size, empty), nothing stored on refusal, the public download byte for byte with its headers, and the
// version and audit rows the upload writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { api, bearer, createCommitmentVia, tokenOf } from './test-support.js';
import { sanitiseFileName, sniffDocument } from '../../../core/http/files.js';
import { multipart, MULTIPART_BOUNDARY as BOUNDARY } from '../../../test-support/multipart.js';

let t: TestApp;
let token: string;
let id: number;
let milestoneId: number;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x0a]), Buffer.from('1 0 obj << >> endobj\n%%EOF\n')]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
beforeAll(async () => {
  t = await createTestApp();
  token = (await tokenOf(t, 'participationOfficial'))!;
  id = (await createCommitmentVia(t, token)).id;
  const res = await api(t, 'POST', `/api/v1/participation/commitments/${id}/milestones`, token, { title: 'Licitación adjudicada', dueDate: '2030-03-01' });
  milestoneId = res.json().milestones[0].id;
}, 60_000);
afterAll(async () => { await t.close(); });

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const PAGE = () => `/participacion/compromisos/${id}/documentos`;
const upload = (b: Browser | null, fields: Array<[string, string]>, file?: { name: string; bytes: Buffer; type?: string }, csrf = true) =>
  t.app.inject({ method: 'POST', url: PAGE(), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(b ? { cookie: cookieHeader(b) } : {}) },
    payload: multipart([...(b && csrf ? [['_csrf', b.csrf] as [string, string]] : []), ...fields], file) });
const stored = async () => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_commitment_documents`))[0]!.n);
const formFields = (title = 'Acta de adjudicación'): Array<[string, string]> => [['documentMilestone', String(milestoneId)], ['documentTitle', title]];

describe('uploading through the page', () => {
  it('is for the institution\'s officials with the participation permission, with a CSRF token', async () => {
    const table: Array<[ActorKind, number[]]> = [['anonymous', [401, 303]], ['resident', [403]], ['budgetOfficial', [403]], ['otherOfficial', [403]], ['otherAdmin', [403]]];
    for (const [kind, statuses] of table) {
      const res = await upload(await ACTORS[kind](t), formFields(), { name: 'acta.pdf', bytes: PDF });
      expect(statuses, kind).toContain(res.statusCode);
    }
    const official = (await ACTORS.participationOfficial(t))!;
    expect((await upload(official, formFields(), { name: 'acta.pdf', bytes: PDF }, false)).statusCode).toBe(403);
    expect(await stored()).toBe(0);
    const res = await upload(official, formFields(), { name: '../../Acta final?.pdf', bytes: PDF, type: 'text/html' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/participacion/compromisos/${id}`);
    expect(await stored()).toBe(1);
    const page = await t.app.inject({ method: 'GET', url: `/participacion/compromisos/${id}` });
    expect(page.body).toContain('Acta de adjudicación');
    expect(page.body).toContain('Acta final.pdf, 1 KB, PDF');
  });

  it('refuses a file of the wrong type, an empty one and one over 10 MB with the form again (422), storing nothing', async () => {
    const official = (await ACTORS.participationOfficial(t))!;
    const before = await stored();
    const exe = await upload(official, formFields('Un ejecutable'), { name: 'informe.pdf', bytes: Buffer.from('MZ\x90\x00 this is not a pdf') });
    expect(exe.statusCode).toBe(422);
    expect(exe.body).toContain('se revisa el contenido');
    expect(exe.body).toContain('value="Un ejecutable"');
    const html = await upload(official, formFields(), { name: 'datos.csv', bytes: Buffer.from('a,b\x00\n') });
    expect(html.statusCode).toBe(422);
    const empty = await upload(official, formFields('Sin archivo'), { name: '', bytes: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('value="Sin archivo"');
    const big = await upload(official, formFields(), { name: 'grande.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(422);
    expect(big.body).toContain('10 MB');
    expect(big.body).toContain('id="document-form"');
    expect(await stored()).toBe(before);
  });
});

describe('the API and the download', () => {
  const apiUpload = (tk: string | null, mid: number, file: { name: string; bytes: Buffer }, fields: Array<[string, string]> = [['title', 'Plano de la plaza']]) =>
    t.app.inject({ method: 'POST', url: `/api/v1/participation/commitments/${id}/milestones/${mid}/documents`,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(tk ? bearer(tk) : {}) }, payload: multipart(fields, file) });

  it('takes an official\'s upload (201), refuses others, and serves the exact bytes publicly with their headers', async () => {
    expect((await apiUpload(null, milestoneId, { name: 'plano.png', bytes: PNG })).statusCode).toBe(401);
    expect((await apiUpload(await tokenOf(t, 'resident'), milestoneId, { name: 'plano.png', bytes: PNG })).statusCode).toBe(403);
    expect((await apiUpload(await tokenOf(t, 'otherOfficial'), milestoneId, { name: 'plano.png', bytes: PNG })).statusCode).toBe(403);
    expect((await apiUpload(token, 999999, { name: 'plano.png', bytes: PNG })).statusCode).toBe(422);
    const before = await stored();
    expect((await apiUpload(token, milestoneId, { name: 'grande.png', bytes: Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]) })).statusCode).toBe(422);
    expect((await apiUpload(token, milestoneId, { name: 'plano.docx', bytes: PNG.subarray(1) })).statusCode).toBe(422);
    expect(await stored()).toBe(before);
    const res = await apiUpload(token, milestoneId, { name: 'plano.png', bytes: PNG });
    expect(res.statusCode).toBe(201);
    const evidence = res.json().milestones[0].evidence.find((e: { title: string }) => e.title === 'Plano de la plaza');
    expect(evidence.document).toMatchObject({ fileName: 'plano.png', size: PNG.length, mediaType: 'image/png' });
    const download = await t.app.inject({ method: 'GET', url: evidence.url });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-length']).toBe(String(PNG.length));
    expect(download.headers['content-disposition']).toBe('inline; filename="plano.png"; filename*=UTF-8\'\'plano.png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers.etag).toBe(`"${evidence.document.sha256}"`);
    expect(download.headers['cache-control']).toContain('max-age=31536000');
    expect((await t.app.inject({ method: 'GET', url: evidence.url, headers: { 'if-none-match': download.headers.etag as string } })).statusCode).toBe(304);
    expect((await t.app.inject({ method: 'GET', url: `/participacion/compromisos/${id + 1000}/documentos/1` })).statusCode).toBe(404);
  });

  it('writes a version and a public audit row for each upload', async () => {
    const versions = (await api(t, 'GET', `/api/v1/participation/commitments/${id}/versions`, null)).json();
    expect(versions[0].change).toBe('evidence.document');
    expect(versions[0].changedBy).toBeTruthy();
    expect(versions[0].snapshot.milestones[0].evidence.some((e: { document?: unknown }) => e.document)).toBe(true);
    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'participation.commitment.evidence.document'
      and resource_id = ${String(id)} and public`);
    expect(Number(audit[0]!.n)).toBe(2);
  });
});

describe('what a document is', () => {
  const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((n) => Buffer.from(n))]);
  it('is read from its bytes, not its name', () => {
    expect(sniffDocument(PDF, 'x.txt')).toBe('application/pdf');
    expect(sniffDocument(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'foto.jpg')).toBe('image/jpeg');
    expect(sniffDocument(zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'a.odt')).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffDocument(zip('[Content_Types].xml', 'word/document.xml'), 'a.docx')).toMatch(/wordprocessingml/);
    expect(sniffDocument(zip('[Content_Types].xml', 'xl/workbook.xml'), 'a.xlsx')).toMatch(/spreadsheetml/);
    expect(sniffDocument(zip('evil.exe'), 'a.docx')).toBeNull();
    expect(sniffDocument(Buffer.from('año,monto\n2025,10\n'), 'a.csv')).toBe('text/csv');
    expect(sniffDocument(Buffer.from('año,monto\n'), 'a.pdf')).toBeNull();
    expect(sniffDocument(Buffer.from([0x61, 0xff, 0xfe]), 'a.csv')).toBeNull();
    expect(sanitiseFileName('C:\\Users\\x\\..\\Informe: "final"?.pdf')).toBe('Informe final.pdf');
    expect(sanitiseFileName('...')).toBe('documento');
  });
});
