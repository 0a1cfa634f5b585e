// Publications through the app: who may write (per role, nothing written on refusal), drafts seen by stewards only
// (page, PDF, list, API, feed), publish and unpublish, the form's refusals (422, values kept, nothing written), the
// slug fixed once published, the body's Markdown made safe on the page, and the PDF's download headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { PDF, postPublicationForm, publicationFields, publishVia } from './test-support.js';

let t: TestApp;
let steward: Browser;
beforeAll(async () => { t = await createTestApp(); steward = (await ACTORS.observatorySteward(t))!; }, 60_000);
afterAll(async () => { await t.close(); });

const count = async () => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observatory_publications`))[0]!.n);
const get = (url: string, who?: Browser | null) => t.app.inject({ url, cookies: who?.cookies });

describe('writing a publication', () => {
  it('is for the observatory\'s stewards and platform admins only: others get 401/403 and nothing is written', async () => {
    const refused: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['regionalTeam', 403], ['observatoryOfficial', 403], ['admin', 403],
      ['budgetOfficial', 403], ['otherOfficial', 403]];
    const slug = await publishVia(t, steward, { title: 'Nota existente' });
    const before = await count();
    for (const [kind, status] of refused) {
      const who = await ACTORS[kind](t);
      expect((await postPublicationForm(t, who, '/observatorio/publicaciones', publicationFields(), { name: 'a.pdf', bytes: PDF })).statusCode, kind).toBe(status);
      expect((await postPublicationForm(t, who, `/observatorio/publicaciones/${slug}/editar`, publicationFields({ title: 'Cambiado' }))).statusCode, kind).toBe(status);
      // Signed out, the CSRF check (no token to send) answers first: 403.
      expect((await t.app.inject({ url: `/observatorio/publicaciones/${slug}/despublicar`, ...formPost(who, []) })).statusCode, kind).toBe(who ? status : 403);
      if (who) expect((await get('/observatorio/publicaciones/nueva', who)).statusCode, kind).toBe(403);
    }
    expect((await get('/observatorio/publicaciones/nueva')).statusCode).toBe(303);
    expect(await count()).toBe(before);
    expect((await get(`/observatorio/publicaciones/${slug}`)).body).toContain('Nota existente');
    // The CSRF token is required of stewards too.
    const noCsrf = await t.app.inject({ method: 'POST', url: '/observatorio/publicaciones', cookies: steward.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'kind=brief&title=Sin+token' });
    expect(noCsrf.statusCode).toBe(403);
    const admin = (await ACTORS.platformAdmin(t))!;
    expect((await get('/observatorio/publicaciones/nueva', admin)).statusCode).toBe(200);
    const adminSlug = await publishVia(t, admin, { title: 'Nota de la administración' });
    expect((await postPublicationForm(t, admin, `/observatorio/publicaciones/${adminSlug}/editar`, publicationFields({ title: 'Nota de la administración', summary: 'Resumen corregido por la administración.' }))).statusCode).toBe(303);
    expect((await get(`/observatorio/publicaciones/${adminSlug}`)).body).toContain('Resumen corregido por la administración.');
    expect(await count()).toBe(before + 1);
  });

  it('refuses a missing title, a non-PDF renamed .pdf and an empty file with the form again (422, values kept), writing nothing', async () => {
    const before = await count();
    const noTitle = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ title: '' }));
    expect(noTitle.statusCode).toBe(422);
    expect(noTitle.body).toContain('error-summary');
    expect(noTitle.body).toContain('href="#f-title"');
    expect(noTitle.body).toContain('Qué muestra el índice y cómo avanzar.');
    const exe = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ title: 'Con archivo falso' }),
      { name: 'informe.pdf', bytes: Buffer.from('MZ\x90\x00 esto no es un pdf'), type: 'application/pdf' });
    expect(exe.statusCode).toBe(422);
    expect(exe.body).toContain('no es un PDF');
    expect(exe.body).toContain('value="Con archivo falso"');
    const png = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields(), { name: 'a.pdf', bytes: Buffer.from('89504e470d0a1a0a0000', 'hex') });
    expect(png.statusCode).toBe(422);
    const big = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields(), { name: 'grande.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(422);
    expect(big.body).toContain('20 MB');
    expect((await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ kind: 'memo' }))).statusCode).toBe(422);
    expect(await count()).toBe(before);
  });
});

describe('drafts', () => {
  it('are seen by stewards only (404 for everyone else: page, PDF, list, API, feed) until published, and again after unpublishing', async () => {
    const res = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ title: 'Borrador secreto', summary: 'Todavía no se publica esto.' }),
      { name: 'borrador.pdf', bytes: PDF });
    expect(res.statusCode).toBe(303);
    const url = String(res.headers.location);
    expect(url).toBe('/observatorio/publicaciones/borrador-secreto');
    const outsiders = [null, await ACTORS.resident(t), await ACTORS.regionalTeam(t), await ACTORS.observatoryOfficial(t)];
    const hidden = async () => {
      for (const who of outsiders) {
        expect((await get(url, who)).statusCode).toBe(404);
        expect((await get(`${url}/adjunto`, who)).statusCode).toBe(404);
        expect((await get('/observatorio/publicaciones', who)).body).not.toContain('Borrador secreto');
      }
      expect((await get('/api/v1/observatory/publications')).body).not.toContain('Borrador secreto');
      expect((await get('/api/v1/observatory/publications?format=csv')).body).not.toContain('Borrador secreto');
      expect((await get('/observatorio/feed.atom')).body).not.toContain('Borrador secreto');
    };
    await hidden();
    const own = await get(url, steward);
    expect(own.statusCode).toBe(200);
    expect(own.headers['cache-control']).toBe('private, no-store');
    expect(own.body).toContain('Es un borrador');
    expect((await get(`${url}/adjunto`, steward)).statusCode).toBe(200);
    expect((await get('/observatorio/publicaciones', steward)).body).toContain('Borrador secreto');

    expect((await t.app.inject({ url: `${url}/publicar`, ...formPost(steward, []) })).statusCode).toBe(303);
    expect((await get(url)).statusCode).toBe(200);
    expect((await get('/api/v1/observatory/publications')).json().items.map((p: { slug: string }) => p.slug)).toContain('borrador-secreto');
    expect((await get('/observatorio/feed.atom')).body).toContain('Borrador secreto');
    expect((await t.app.inject({ url: `${url}/despublicar`, ...formPost(steward, []) })).statusCode).toBe(303);
    await hidden();
    const audit = await queryRows<{ action: string; public: boolean }>(t.database.db, sql`select action, public from audit_log where resource_type = 'observatory_publication' and summary->>'slug' = 'borrador-secreto' order by seq`);
    expect(audit.map((a) => `${a.action}:${a.public}`)).toEqual(['observatory.publication.publish:true', 'observatory.publication.unpublish:true']);
  });

  it('follow their title in the slug until first published; from then on the slug never changes', async () => {
    const res = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ title: 'Título provisorio' }));
    const first = String(res.headers.location);
    const renamed = await postPublicationForm(t, steward, `${first}/editar`, publicationFields({ title: 'Título definitivo' }));
    expect(renamed.headers.location).toBe('/observatorio/publicaciones/titulo-definitivo');
    await t.app.inject({ url: '/observatorio/publicaciones/titulo-definitivo/publicar', ...formPost(steward, []) });
    await t.app.inject({ url: '/observatorio/publicaciones/titulo-definitivo/despublicar', ...formPost(steward, []) });
    const again = await postPublicationForm(t, steward, '/observatorio/publicaciones/titulo-definitivo/editar', publicationFields({ title: 'Otro título más' }));
    expect(again.headers.location).toBe('/observatorio/publicaciones/titulo-definitivo');
    const twin = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields({ title: 'Título definitivo' }));
    expect(twin.headers.location).toBe('/observatorio/publicaciones/titulo-definitivo-2');
  });
});

describe('a published publication', () => {
  it('shows its Markdown body without any script or javascript: link reaching the page, with one h1', async () => {
    const slug = await publishVia(t, steward, { title: 'Nota con trampas', body: '# Hallazgos\n\n<script>alert("x")</script>\n\n[clic](javascript:alert(1)) [bien](https://www.subdere.gov.cl/)\n\n<a href="javascript:alert(2)">a</a>' });
    const page = await get(`/observatorio/publicaciones/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toMatch(/href="javascript:/i);
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page.body).toContain('<a href="https://www.subdere.gov.cl/" rel="noopener noreferrer">bien</a>');
    expect(page.body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page.body).toContain('<h2>Hallazgos</h2>');
    const api = (await get('/api/v1/observatory/publications')).json().items.find((p: { slug: string }) => p.slug === slug);
    expect(api.bodyHtml).not.toContain('<script');
    expect(Object.keys(api).sort()).toEqual(['attachment', 'body', 'bodyHtml', 'kind', 'publishedAt', 'slug', 'summary', 'title', 'updatedAt', 'url']);
  });

  it('serves its PDF byte for byte, inline, with a safe file name, nosniff and an ETag', async () => {
    const slug = await publishVia(t, steward, { title: 'Nota con PDF' }, { name: '../../Nota final?.pdf', bytes: PDF, type: 'text/html' });
    const res = await get(`/observatorio/publicaciones/${slug}/adjunto`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(PDF.length));
    expect(res.headers['content-disposition']).toBe('inline; filename="Nota final.pdf"; filename*=UTF-8\'\'Nota%20final.pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await get(`/observatorio/publicaciones/${slug}/adjunto`)).headers.etag).toBe(res.headers.etag);
    expect((await t.app.inject({ url: `/observatorio/publicaciones/${slug}/adjunto`, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode).toBe(304);
    const page = await get(`/observatorio/publicaciones/${slug}`);
    expect(page.body).toContain(`href="/observatorio/publicaciones/${slug}/adjunto"`);
    expect(page.body).toContain('Nota final.pdf, 1 KB');
    // Removing it on edit: the download is gone.
    await postPublicationForm(t, steward, `/observatorio/publicaciones/${slug}/editar`, [...publicationFields({ title: 'Nota con PDF' }), ['removeFile', 'true']]);
    expect((await get(`/observatorio/publicaciones/${slug}/adjunto`)).statusCode).toBe(404);
    expect((await get('/observatorio/publicaciones/no-existe/adjunto')).statusCode).toBe(404);
  });

  it('is listed newest first, filtered by kind, in the API with a cursor, and as CSV', async () => {
    await publishVia(t, steward, { title: 'Informe anual', kind: 'report' });
    const reports = await get('/observatorio/publicaciones?tipo=report');
    expect(reports.body).toContain('Informe anual');
    expect(reports.body).not.toContain('Nota con trampas');
    expect(reports.body).toContain('type="application/atom+xml"');
    expect(reports.headers['set-cookie']).toBeUndefined(); // no POST form for a reader: shared caches may keep it
    const all = (await get('/api/v1/observatory/publications?limit=2')).json();
    expect(all.items[0].title).toBe('Informe anual');
    expect(all.items).toHaveLength(2);
    const rest = (await get(`/api/v1/observatory/publications?limit=50&cursor=${all.next}`)).json();
    const slugs = [...all.items, ...rest.items].map((p: { slug: string }) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect((await get('/api/v1/observatory/publications?kind=report')).json().items.map((p: { kind: string }) => p.kind)).toEqual(['report']);
    const csv = await get('/api/v1/observatory/publications?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFslug,kind,title,summary,publishedAt,updatedAt,attachment.fileName,attachment.size,url');
    expect(csv.body).not.toMatch(/createdBy|@/);
  });

  it('is documented in the OpenAPI document, which stays valid', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/observatory/publications', '/api/v1/observatory/panels']));
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/observatorio'))).toEqual([]);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });
});
