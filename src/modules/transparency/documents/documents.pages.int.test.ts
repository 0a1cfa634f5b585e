// A request's documents through the pages: who may upload, preview, publish and download what (per role, with CSRF),
// the redaction the public gets against the original officials keep, the re-preview with more names, the refusals
// (type, size, uncertified PDF) with the form kept and nothing written, and the audit rows without personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { createRequestRow, uploadAs } from './test-support.js';

let t: TestApp;
let req: Awaited<ReturnType<typeof createRequestRow>>;
let official: Browser;
const TEXT = 'Respuesta a Camila Antileo Rojas.\nBeneficiaria: Sra. Rosa Paine, RUN 12.345.678-5, fono +56 9 8765 4321, rosa@gmail.com.\nProveedor 76.543.210-3 por $12.345.678.\nTercero: Pedro Alarcón Muñoz.\n';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
beforeAll(async () => {
  t = await createTestApp();
  req = await createRequestRow(t);
  official = (await ACTORS.transparencyOfficial(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const count = async (table = 'transparency_documents') => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);
const get = (url: string, who: Browser | null = null) => t.app.inject({ method: 'GET', url, cookies: who?.cookies });
const fields = (title = 'Nómina de beneficiarias', names = ''): Array<[string, string]> => [['title', title], ['names', names]];
async function upload(who: Browser, file = { name: 'respuesta.txt', bytes: Buffer.from(TEXT) }, extra: Array<[string, string]> = []) {
  const res = await uploadAs(t, who, req.url, [...fields(), ...extra], file);
  expect(res.statusCode, res.body).toBe(303);
  return { id: Number(/documentos\/(\d+)\/revision/.exec(res.headers.location as string)![1]), location: res.headers.location as string };
}

describe('who may do what', () => {
  it('lets only the institution\'s transparency officials and admins upload, with a CSRF token', async () => {
    const table: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403]];
    for (const [kind, status] of table) expect((await uploadAs(t, await ACTORS[kind](t), req.url, fields(), { name: 'a.txt', bytes: Buffer.from(TEXT) })).statusCode, kind).toBe(status);
    expect((await uploadAs(t, official, req.url, fields(), { name: 'a.txt', bytes: Buffer.from(TEXT) }, false)).statusCode).toBe(403);
    expect(await count()).toBe(0);
    await upload((await ACTORS.admin(t))!);
    expect(await count()).toBe(1);
  });

  it('shows the panel and the preview to those officials only; drafts and originals stay hidden from the rest', async () => {
    const { id, location } = await upload(official);
    const page: Array<[ActorKind, number, boolean]> = [['anonymous', 200, false], ['resident', 200, false], ['participationOfficial', 200, false],
      ['otherOfficial', 200, false], ['transparencyOfficial', 200, true], ['admin', 200, true]];
    for (const [kind, status, panel] of page) {
      const res = await get(req.url, await ACTORS[kind](t));
      expect(res.statusCode, kind).toBe(status);
      expect(res.body.includes('id="upload-form"'), kind).toBe(panel);
      if (!panel) expect(res.body, kind).not.toContain('Nómina de beneficiarias');
    }
    const preview: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403], ['admin', 200], ['transparencyOfficial', 200]];
    for (const [kind, status] of preview) {
      const who = await ACTORS[kind](t);
      expect((await get(location, who)).statusCode, kind).toBe(status);
      expect((await get(`${req.url}/${id}/original`, who)).statusCode, kind).toBe(status);
      expect((await get(`${req.url}/${id}`, who)).statusCode, kind).toBe(status === 200 ? 200 : 404);
    }
    const original = await get(`${req.url}/${id}/original`, official);
    expect(original.body).toBe(TEXT);
    expect(original.headers['cache-control']).toBe('private, no-store');
  });
});

describe('redacting, previewing and publishing a text document', () => {
  it('marks every match with its kind, keeps amounts and companies, and re-previews with added names', async () => {
    const { id, location } = await upload(official);
    const preview = (await get(location, official)).body;
    expect(preview).toContain('<mark data-kind="run" title="RUN">12.345.678-5 <small>→ [RUN tarjado]</small></mark>');
    expect(preview).toContain('data-kind="name" title="nombres">Camila Antileo Rojas');
    expect(preview).toContain('data-kind="name" title="nombres">Rosa Paine');
    expect(preview).toContain('data-kind="phone"');
    expect(preview).toContain('data-kind="email"');
    expect(preview).not.toContain('data-kind="name" title="nombres">Pedro');
    expect(preview).toContain('<dt>Tarjado</dt><dd>RUN: 1, correos: 1, nombres: 2, teléfonos: 1</dd>');
    const res = await t.app.inject({ url: `${req.url}/${id}/nombres`, ...formPost(official, [['names', 'pedro alarcon muñoz\n\n  ']]) });
    expect(res.statusCode).toBe(303);
    const again = (await get(location, official)).body;
    expect(again).toContain('data-kind="name" title="nombres">Pedro Alarcón Muñoz');
    expect(again).toContain('>pedro alarcon muñoz</textarea>');
    const redacted = (await get(`${req.url}/${id}`, official)).body;
    expect(redacted).toBe('Respuesta a [nombre tarjado].\nBeneficiaria: Sra. [nombre tarjado], RUN [RUN tarjado], fono [teléfono tarjado], [correo tarjado].\n'
      + 'Proveedor 76.543.210-3 por $12.345.678.\nTercero: [nombre tarjado].\n');
    const tooMany = await t.app.inject({ url: `${req.url}/${id}/nombres`, ...formPost(official, [['names', Array.from({ length: 51 }, (_, i) => `Nombre ${i}`).join('\n')]]) });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body).toContain('a lo más 50 nombres');
  });

  it('publishes for everyone, withdraws at once, and deletes only drafts; the audit holds counts, never names', async () => {
    const { id, location } = await upload(official, undefined, [['names', 'Pedro Alarcón Muñoz']]);
    expect((await t.app.inject({ url: `${req.url}/${id}/publicar`, ...formPost(null, []) })).statusCode).toBe(403); // no CSRF cookie
    expect((await t.app.inject({ url: `${req.url}/${id}/publicar`, ...formPost((await ACTORS.otherOfficial(t))!, []) })).statusCode).toBe(403);
    const published = await t.app.inject({ url: `${req.url}/${id}/publicar`, ...formPost(official, []) });
    expect(published.statusCode).toBe(303);
    expect((await t.app.inject({ url: `${req.url}/${id}/publicar`, ...formPost(official, []) })).statusCode).toBe(409);
    const download = await get(`${req.url}/${id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).not.toMatch(/Camila|Rosa|Pedro|12\.345\.678-5|gmail|8765/);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('public, no-cache');
    expect((await t.app.inject({ method: 'GET', url: `${req.url}/${id}`, headers: { 'if-none-match': download.headers.etag as string } })).statusCode).toBe(304);
    const list = (await get(req.url)).body;
    expect(list).toContain(`href="${req.url}/${id}"`);
    expect(list).toContain('Nómina de beneficiarias');
    expect((await t.app.inject({ url: `${req.url}/${id}/eliminar`, ...formPost(official, []) })).statusCode).toBe(409);
    expect((await t.app.inject({ url: `${req.url}/${id}/retirar`, ...formPost(official, []) })).statusCode).toBe(303);
    expect((await get(`${req.url}/${id}`)).statusCode).toBe(404);
    expect((await get(location, official)).body).toContain('Borrador');
    const before = await count();
    expect((await t.app.inject({ url: `${req.url}/${id}/eliminar`, ...formPost(official, []) })).statusCode).toBe(303);
    expect(await count()).toBe(before - 1);
    const audit = await queryRows<{ action: string; public: boolean; summary: unknown }>(t.database.db,
      sql`select action, public, summary from audit_log where resource_type = 'transparency_document' and resource_id = ${String(id)} order by seq`);
    expect(audit.map((a) => [a.action, a.public])).toEqual([['transparency.document.uploaded', false], ['transparency.document.published', true],
      ['transparency.document.unpublished', true], ['transparency.document.removed', false]]);
    expect(JSON.stringify(audit)).not.toMatch(/Pedro|Camila|Rosa|12\.345/);
    expect(audit[1]!.summary).toMatchObject({ redactions: { run: 1, name: 3, phone: 1, email: 1 } });
  });
});

describe('files that are not plain UTF-8 text', () => {
  it('redacts a Windows-1252 CSV cell by cell into UTF-8, keeping the table', async () => {
    const csv = Buffer.from('nombre;rut;monto\r\n"Muñoz, Ana";12.345.678-5;$1.000\r\nJunta Vecinal;65.432.109-4;$2.000\r\n', 'latin1');
    const { id, location } = await upload(official, { name: 'nómina.csv', bytes: csv }, [['names', 'Ana Muñoz']]);
    expect((await get(location, official)).body).toContain('<caption>Contenido del archivo con los datos que se tarjarán</caption>');
    const out = await get(`${req.url}/${id}`, official);
    expect(out.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(out.body).toBe('nombre;rut;monto\r\n"[nombre tarjado]";[RUN tarjado];$1.000\r\nJunta Vecinal;65.432.109-4;$2.000\r\n');
    expect(out.headers['content-disposition']).toContain("filename*=UTF-8''n%C3%B3mina.csv");
  });

  it('takes a PDF only with the certification, recorded and audited, and publishes it as uploaded', async () => {
    const before = await count();
    const refused = await uploadAs(t, official, req.url, fields('Resolución de entrega'), { name: 'resolucion.pdf', bytes: PDF });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('no se puede tarjar aquí');
    expect(refused.body).toContain('value="Resolución de entrega"');
    expect(await count()).toBe(before);
    const { id, location } = await upload(official, { name: 'resolucion.pdf', bytes: PDF }, [['certified', 'yes']]);
    expect((await get(location, official)).body).toContain('certificado como ya tarjado');
    await t.app.inject({ url: `${req.url}/${id}/publicar`, ...formPost(official, []) });
    const out = await get(`${req.url}/${id}`);
    expect(out.rawPayload.equals(PDF)).toBe(true);
    expect(out.headers['content-type']).toBe('application/pdf');
    const [row] = await queryRows<{ certified_by: number; certified_at: Date | null }>(t.database.db, sql`select certified_by, certified_at from transparency_documents where id = ${id}`);
    expect(row!.certified_by).toBe(official.personId);
    expect(row!.certified_at).toBeTruthy();
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'transparency.document.certified' and resource_id = ${String(id)}`);
    expect(Number(audit!.n)).toBe(1);
  });

  it('previews a long file by its matches only, with their line numbers', async () => {
    const filler = 'Sin datos personales en esta línea del informe de gestión municipal.\n';
    const text = `${filler.repeat(2999)}Pago a 12.345.678-5 registrado.\n${filler.repeat(2000)}`;
    const { location } = await upload(official, { name: 'informe.txt', bytes: Buffer.from(text) });
    const page = (await get(location, official)).body;
    expect(page).toContain('se muestran solo los lugares donde hay datos tarjados');
    expect(page).toContain('<li>Línea 3000: …');
    expect(page.length).toBeLessThan(30_000);
    const csv = `a,b\n${'x,1\n'.repeat(700)}y,7.654.321-6\n`;
    const { location: csvPreview } = await upload(official, { name: 'largo.csv', bytes: Buffer.from(csv) });
    const table = (await get(csvPreview, official)).body;
    expect(table).toContain('<th scope="row" class="num">702</th>');
    expect(table).not.toContain('<th scope="row" class="num">2</th>');
  });

  it('refuses a renamed binary, an empty file and one over 10 MB with the form kept, storing nothing', async () => {
    const before = await count();
    const exe = await uploadAs(t, official, req.url, fields('Un ejecutable'), { name: 'informe.pdf', bytes: Buffer.from('MZ\x90\x00 not a pdf') }, true);
    expect(exe.statusCode).toBe(422);
    expect(exe.body).toContain('se revisa el contenido');
    expect((await uploadAs(t, official, req.url, fields('Binario'), { name: 'datos.txt', bytes: Buffer.from('a\x00b') })).statusCode).toBe(422);
    const empty = await uploadAs(t, official, req.url, fields('Sin archivo', 'Rosa Paine'), { name: '', bytes: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Elija un archivo');
    expect(empty.body).toContain('>Rosa Paine</textarea>');
    const big = await uploadAs(t, official, req.url, fields('Planilla enorme'), { name: 'grande.txt', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
    expect(big.statusCode).toBe(422);
    expect(big.body).toContain('supera los 10 MB');
    expect(big.body).toContain('value="Planilla enorme"');
    const huge = await uploadAs(t, official, req.url, fields('Planilla gigante'), { name: 'gigante.txt', bytes: Buffer.alloc(21 * 1024 * 1024, 'a') });
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('supera los 10 MB');
    const noTitle = await uploadAs(t, official, req.url, fields(''), { name: 'a.txt', bytes: Buffer.from(TEXT) });
    expect(noTitle.statusCode).toBe(422);
    expect(await count()).toBe(before);
  });

  it('answers 404 for an unknown request, another institution\'s slug, or another request\'s document', async () => {
    const other = await createRequestRow(t, 'valdivia');
    const { id } = await upload(official);
    expect((await get(`/instituciones/temuco/transparencia/solicitudes/2026-999999/documentos`)).statusCode).toBe(404);
    expect((await get(`/instituciones/valdivia/transparencia/solicitudes/${req.folio}/documentos`)).statusCode).toBe(404);
    expect((await get(`${other.url}/${id}/revision`, (await ACTORS.otherOfficial(t))!)).statusCode).toBe(404);
  });
});
