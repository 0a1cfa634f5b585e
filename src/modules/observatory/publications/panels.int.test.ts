// Panels through the app: who may announce and edit them (per role, nothing written on refusal), the form's refusals
// (422, values kept), the time typed in Chile and shown back in words with <time datetime> in UTC, the list's order
// (coming first, soonest first; then past, latest first, with video and summary), the API and the feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { assertWellFormedXml } from '../../../test-support/xml.js';
import { createPanelVia, panelFields } from './test-support.js';

let t: TestApp;
let steward: Browser;
beforeAll(async () => { t = await createTestApp(); steward = (await ACTORS.observatorySteward(t))!; }, 60_000);
afterAll(async () => { await t.close(); });

const count = async () => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observatory_panels`))[0]!.n);
const get = (url: string, who?: Browser | null) => t.app.inject({ url, cookies: who?.cookies });
const post = (url: string, who: Browser | null, over: Record<string, string> = {}) => t.app.inject({ url, ...formPost(who, panelFields(over)) });
/** The same wall-clock time `days` from now in Chile. */
const inDays = (days: number, hour = '18:00') => `${toSantiagoLocal(new Date(Date.now() + days * 86_400_000)).slice(0, 10)}T${hour}`;

describe('announcing a panel', () => {
  it('is for stewards and platform admins; everyone else gets 401/403 and nothing is written', async () => {
    const slug = await createPanelVia(t, steward, { title: 'Panel existente' });
    const before = await count();
    const refused: ActorKind[] = ['resident', 'regionalTeam', 'observatoryOfficial', 'admin', 'budgetOfficial', 'otherOfficial'];
    for (const kind of refused) {
      const who = (await ACTORS[kind](t))!;
      expect((await post('/observatorio/paneles', who)).statusCode, kind).toBe(403);
      expect((await post(`/observatorio/paneles/${slug}/editar`, who, { title: 'Cambiado' })).statusCode, kind).toBe(403);
      expect((await get('/observatorio/paneles/nuevo', who)).statusCode, kind).toBe(403);
      expect((await get(`/observatorio/paneles/${slug}/editar`, who)).statusCode, kind).toBe(403);
    }
    expect((await post('/observatorio/paneles', null)).statusCode).toBe(403); // no session, no CSRF token
    expect((await get('/observatorio/paneles/nuevo')).statusCode).toBe(303);
    expect(await count()).toBe(before);
    expect((await get(`/observatorio/paneles/${slug}`)).body).toContain('Panel existente');
    const admin = (await ACTORS.platformAdmin(t))!;
    expect((await post('/observatorio/paneles', admin, { title: 'Panel de la administración' })).statusCode).toBe(303);
    expect((await post(`/observatorio/paneles/${slug}/editar`, admin, { title: 'Panel existente', videoUrl: 'https://video.example.org/1' })).statusCode).toBe(303);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a bad video link, no speakers, an impossible date, a skipped hour and a missing title (422, values kept), writing nothing', async () => {
    const before = await count();
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ videoUrl: 'http://video.example.org/x' }, 'videoUrl', 'https://'],
      [{ videoUrl: 'javascript:alert(1)' }, 'videoUrl', 'https://'],
      [{ speakers: '  \n ' }, 'speakers', 'Complete este campo'],
      [{ speakers: ', Sin nombre' }, 'speakers', 'Cada línea debe tener un nombre'],
      [{ startsAt: '2026-02-30T18:00' }, 'startsAt', 'fecha y hora válidas'],
      [{ startsAt: 'mañana' }, 'startsAt', 'fecha y hora válidas'],
      [{ startsAt: '2026-09-06T00:30' }, 'startsAt', 'los relojes se adelantan'],
      [{ title: '' }, 'title', 'Título'],
      [{ durationMinutes: '5' }, 'durationMinutes', 'Duración'],
    ];
    for (const [over, field, text] of cases) {
      const res = await post('/observatorio/paneles', steward, { title: 'Panel con error', ...over });
      expect(res.statusCode, field).toBe(422);
      expect(res.body, field).toContain(`href="#f-${field}"`);
      expect(res.body, field).toContain(text);
      if (field !== 'title') expect(res.body, field).toContain('value="Panel con error"');
    }
    // Every refusal at once, in the form's order, whether the schema or a rule refuses.
    const all = await post('/observatorio/paneles', steward, { description: '', speakers: ', x', videoUrl: 'http://a.example.org', startsAt: '2026-09-06T00:15' });
    expect(all.statusCode).toBe(422);
    expect([...all.body.matchAll(/<li><a href="#f-(\w+)"/g)].map((m) => m[1])).toEqual(['description', 'startsAt', 'speakers', 'videoUrl']);
    expect(await count()).toBe(before);
  });
});

describe('a panel\'s page and the list', () => {
  it('stores the start in UTC and shows it in Chile\'s time, in words, across a clock change', async () => {
    const winter = await createPanelVia(t, steward, { title: 'Panel de invierno', startsAt: '2026-09-05T18:00' });
    const summer = await createPanelVia(t, steward, { title: 'Panel de primavera', startsAt: '2026-09-06T18:00', durationMinutes: '75' });
    const w = await get(`/observatorio/paneles/${winter}`);
    expect(w.body).toContain('<time datetime="2026-09-05T22:00:00.000Z">sábado 5 de septiembre de 2026, 18:00 a 19:30 (hora de Chile)</time>');
    const s = await get(`/observatorio/paneles/${summer}`);
    expect(s.body).toContain('<time datetime="2026-09-06T21:00:00.000Z">domingo 6 de septiembre de 2026, 18:00 a 19:15 (hora de Chile)</time>');
    expect((await get(`/observatorio/paneles/${summer}?lang=en`)).body).toContain('Sunday 6 September 2026, 18:00 to 19:15 (Chile time)');
    const edit = await get(`/observatorio/paneles/${summer}/editar`, steward);
    expect(edit.body).toContain('value="2026-09-06T18:00"');
    const api = (await get('/api/v1/observatory/panels?limit=200')).json().items.find((p: { slug: string }) => p.slug === summer);
    expect(api).toMatchObject({ startsAt: '2026-09-06T21:00:00.000Z', durationMinutes: 75, speakers: [{ name: 'Ana Pérez', affiliation: 'Municipalidad de Temuco' }, { name: 'Luis Soto', affiliation: '' }] });
    expect(Object.keys(api).sort()).toEqual(['description', 'durationMinutes', 'slug', 'speakers', 'startsAt', 'summary', 'title', 'updatedAt', 'url', 'videoUrl']);
  });

  it('lists the coming panels first (soonest first), then past ones (latest first) with video or its absence and the summary', async () => {
    await createPanelVia(t, steward, { title: 'Próximo lejano', startsAt: inDays(40) });
    await createPanelVia(t, steward, { title: 'Próximo cercano', startsAt: inDays(3) });
    const old = await createPanelVia(t, steward, { title: 'Pasado con video', startsAt: inDays(-10) });
    await createPanelVia(t, steward, { title: 'Pasado sin video', startsAt: inDays(-30) });
    const after = await post(`/observatorio/paneles/${old}/editar`, steward, { title: 'Pasado con video', startsAt: inDays(-10), videoUrl: 'https://video.example.org/pasado',
      summary: 'Se habló de **FirmaGob**.\n\n<script>alert(1)</script>' });
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe(`/observatorio/paneles/${old}`);
    const list = (await get('/observatorio/paneles')).body;
    const at = (s: string) => list.indexOf(s);
    expect(at('Próximo cercano')).toBeGreaterThan(-1);
    expect(at('Próximo cercano')).toBeLessThan(at('Próximo lejano'));
    expect(at('Próximo lejano')).toBeLessThan(at('Pasado con video'));
    expect(at('Pasado con video')).toBeLessThan(at('Pasado sin video'));
    expect(list).toContain('href="https://video.example.org/pasado" rel="noopener noreferrer"');
    expect(list).toContain('Sin video disponible');
    expect(list).toContain('rel="alternate" type="application/atom+xml"');
    const page = (await get(`/observatorio/paneles/${old}`)).body;
    expect(page).toContain('<strong>FirmaGob</strong>');
    expect(page).not.toContain('<script>alert');
    expect((await get('/observatorio/paneles/no-existe')).statusCode).toBe(404);
  });

  it('puts panels and publications in one Atom feed, well-formed, with absolute links and the right content type', async () => {
    await createPanelVia(t, steward, { title: 'Datos & <ciudadanía> "abiertos"' });
    const res = await get('/observatorio/feed.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    assertWellFormedXml(res.body);
    expect(res.body).toContain('<title type="text">Datos &amp; &lt;ciudadanía&gt; &quot;abiertos&quot;</title>');
    expect(res.body).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/localhost:3000\/observatorio\/paneles\/datos-ciudadania-abiertos"\/>/);
    expect(res.body).toMatch(/<id>tag:localhost,\d{4}-\d{2}-\d{2}:observatorio\/panel\/\d+<\/id>/);
    expect(res.body).toContain('<author><name>');
    const csv = await get('/api/v1/observatory/panels?format=csv');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFslug,title,startsAt,durationMinutes,speakers,videoUrl,updatedAt,url');
    expect(csv.body).toContain('datos-ciudadania-abiertos');
  });
});
