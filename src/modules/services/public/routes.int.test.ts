// The public area through HTTP, per role: the registry (filters, order, cards, exports), the service page (box,
// timeline, origin, sections, the managers' and reviewers' links), the redirect from an institution, the API, the
// Atom feed and the open-data datasets. Every read is public; no output ever carries a lead's email or a person id.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { people } from '../../../core/auth/schema.js';
import { servicesServices } from '../registry/schema.js';
import { insertTestService } from '../test-support.js';
import { insertTestContract } from '../funding/test-support.js';
import { assertWellFormedXml } from '../../../test-support/xml.js';
import { insertRegistryFixture } from './test-support.js';
import { listServicesDatasets } from './datasets.js';

let t: TestApp;
let lead: Browser;
let grantContractId: number;
beforeAll(async () => {
  t = await createTestApp();
  await insertRegistryFixture(t.database.db);
  lead = await signedIn(t, 'official', 'valdivia', []);
  // In a new Temuco lab, sponsored by Valdivia, investigación since 2026-01-05: last of the registry (0/6, oldest start).
  const own = await insertTestService(t.database.db, { slug: 'servicio-del-lider', leadPersonId: lead.personId, sponsors: ['valdivia'] });
  grantContractId = (await insertTestContract(t.database.db, { kind: 'grant' })).id;
  await t.database.db.update(servicesServices).set({ grantContractId, contact: 'https://valdivia.cl/contacto' }).where(eq(servicesServices.id, own.id));
}, 120_000);
afterAll(async () => { await t.close(); });

const get = (url: string, who?: Browser | null) => t.app.inject({ method: 'GET', url, cookies: who?.cookies });
const cardSlugs = (html: string) => [...html.matchAll(/<h2 class="svc-card-title"><a href="\/servicios\/([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('the registry page', () => {
  it('is public: every role reads every page, export and API read (200)', async () => {
    const urls = ['/servicios', '/servicios?institucion=valdivia', '/servicios/permisos-en-linea', '/servicios.csv', '/servicios?format=json',
      '/servicios/feed.atom', '/api/v1/services', '/api/v1/services/permisos-en-linea'];
    for (const kind of Object.keys(ACTORS) as ActorKind[]) {
      const who = await ACTORS[kind](t);
      for (const url of urls) expect((await get(url, who)).statusCode, `${kind} ${url}`).toBe(200);
    }
  });

  it('keeps the chosen institution in the form even when it takes part in no service', async () => {
    const res = await get('/servicios?institucion=osorno');
    expect(res.body).toMatch(/<option value="osorno" selected/);
    expect(res.body).toContain('Ningún servicio coincide con estos filtros.');
    expect((await get('/servicios')).body).not.toContain('value="osorno"');
  });

  it('lists the services by box completeness, each card with its phase, lead, sponsors, "4/6" and the missing items', async () => {
    const res = await get('/servicios');
    expect(cardSlugs(res.body).slice(0, 2)).toEqual(['permisos-en-linea', 'huertos-comunitarios']);
    expect(res.body).toContain('4/6 Transparencia');
    expect(res.body).toContain('No disponible: medición de impacto, análisis de riesgos');
    expect(res.body).toContain('desde el 2 de junio de 2025');
    expect(res.body).toContain('Revisión atrasada');
    expect(res.body).toContain('<link rel="alternate" type="application/atom+xml" href="/servicios/feed.atom"');
    for (const href of ['/servicios/programa', '/servicios/incubadoras', '/servicios/feed.atom', 'format=csv', 'format=json']) expect(res.body).toContain(href);
    // The page of a phone on a weak connection.
    expect(gzipSync(res.body).length).toBeLessThan(20_000);
  });

  it('filters through the GET form\'s parameters, empty ones meaning "any"', async () => {
    expect(cardSlugs((await get('/servicios?fase=construccion&incubadora=&region=&institucion=&tema=&usuario=&q=')).body))
      .toEqual(['permisos-en-linea', 'huertos-comunitarios']);
    expect(cardSlugs((await get('/servicios?region=14')).body)).toEqual(['matricula-escolar', 'servicio-del-lider']);
    expect(cardSlugs((await get('/servicios?institucion=gore-la-araucania')).body)).toEqual(['matricula-escolar']);
    expect(cardSlugs((await get('/servicios?q=matr%C3%ADcula&usuario=schools')).body)).toEqual(['matricula-escolar']);
    expect(cardSlugs((await get('/servicios?tema=environment')).body)).toEqual(['huertos-comunitarios']);
    expect((await get('/servicios?fase=nada')).statusCode).toBe(400);
    expect((await get('/servicios?cursor=zzz')).statusCode).toBe(400);
  });

  it('pages by cursor', async () => {
    const res = await t.app.inject({ url: '/api/v1/services?limit=2' });
    const next = res.json().next as string;
    expect(res.json().items.map((s: { slug: string }) => s.slug)).toEqual(['permisos-en-linea', 'huertos-comunitarios']);
    expect(cardSlugs((await get(`/servicios?cursor=${next}`)).body)).toEqual(['becas-municipales', 'matricula-escolar', 'servicio-del-lider']);
  });
});

describe('the service page', () => {
  it('shows the record, the dated timeline and the Transparencia box with its "No disponible" items', async () => {
    const res = await get('/servicios/permisos-en-linea');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Permisos de edificación en línea</h1>');
    expect(res.body).toContain('del 10 de enero de 2025 al 2 de junio de 2025');
    expect(res.body).toContain('Arquitecta de la DOM');
    expect(res.body).toMatch(/Código fuente<\/span><span class="svc-box-state"><a href="https:\/\/github.com\/temuco\/permisos">/);
    expect(res.body).toMatch(/Análisis de riesgos<\/span><span class="svc-box-state"><em>No disponible<\/em>/);
    expect(res.body).toContain('Parcialmente conforme');
    expect(res.body).toContain('href="/servicios/permisos-en-linea/presupuesto"');
    expect(res.body).toContain('<link rel="alternate" type="application/json" href="/api/v1/services/permisos-en-linea"');
    expect(res.body).toContain('href="/instituciones/temuco"');
    expect(gzipSync(res.body).length).toBeLessThan(20_000);
    expect((await get('/servicios/no-existe')).statusCode).toBe(404);
  });

  it('shows the managers\' links to its managers and the review link to its incubator\'s officials only', async () => {
    const table: Array<[ActorKind | 'lead', string, boolean, boolean]> = [
      ['anonymous', 'permisos-en-linea', false, false], ['resident', 'permisos-en-linea', false, false],
      ['servicesOfficial', 'permisos-en-linea', true, true], ['admin', 'permisos-en-linea', true, true],
      ['incubatorTeam', 'permisos-en-linea', false, false], ['otherOfficial', 'permisos-en-linea', false, false],
      ['incubatorTeam', 'matricula-escolar', true, true], ['otherOfficial', 'matricula-escolar', false, false],
      ['lead', 'servicio-del-lider', true, false], ['lead', 'permisos-en-linea', false, false],
    ];
    for (const [kind, slug, manage, review] of table) {
      const who = kind === 'lead' ? lead : await ACTORS[kind](t);
      const res = await get(`/servicios/${slug}`, who);
      expect(res.statusCode, kind).toBe(200);
      expect(res.body.includes(`href="/servicios/${slug}/editar"`), `${kind} ${slug} edit`).toBe(manage);
      expect(res.body.includes(`href="/servicios/${slug}/indicadores"`), `${kind} ${slug} indicators`).toBe(manage);
      expect(res.body.includes(`href="/servicios/${slug}/revisiones/nueva"`), `${kind} ${slug} review`).toBe(review);
    }
  });

  it('links a graduated service to the grant contract it came from, and shows its public contact', async () => {
    const res = await get('/servicios/servicio-del-lider');
    expect(res.body).toContain(`<a href="/compras/contratos/${grantContractId}">`);
    expect(res.body).toContain('<a href="https://valdivia.cl/contacto">');
    expect((await get('/api/v1/services/servicio-del-lider')).json().origin).toEqual({ grantContractUrl: `/compras/contratos/${grantContractId}`, proposalUrl: null });
  });
});

describe('the redirect from an institution', () => {
  it('sends to the registry filtered by the institution (303), 404 for an unknown one', async () => {
    const res = await get('/instituciones/temuco/servicios');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/servicios?institucion=temuco');
    expect((await get('/instituciones/no-existe/servicios')).statusCode).toBe(404);
  });
});

describe('the exports and the API', () => {
  it('streams the registry as CSV, one row per service, with the box completeness and the missing items', async () => {
    const res = await get('/servicios.csv');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('slug,title,phase,phaseStart,incubator,sponsors,lead,reach,themes,userTypes,link,repository,accessibility,transparency,missing,reviewOverdue,url');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^permisos-en-linea,Permisos de edificación en línea,construccion,2025-06-02,Incubadora \d+,Municipalidad de Temuco,Líder \d+,comunal,permits,residents,,https:\/\/github.com\/temuco\/permisos,partially,4\/6,impact \| risk,true,\/servicios\/permisos-en-linea$/);
    expect((await get('/servicios?format=csv&fase=construccion')).body.trim().split('\r\n')).toHaveLength(3);
  });

  it('gives one service as JSON with phases carrying start and end, and the list filtered as the page', async () => {
    const one = (await get('/api/v1/services/permisos-en-linea')).json();
    expect(one.phases).toEqual([{ name: 'investigacion', start: '2025-01-10', end: '2025-06-02' }, { name: 'construccion', start: '2025-06-02', end: null }]);
    expect(one).toMatchObject({ slug: 'permisos-en-linea', currentPhase: 'construccion', stats: true, statsUrl: '/servicios/permisos-en-linea/estadisticas',
      budgetUrl: '/servicios/permisos-en-linea/presupuesto', riskAnalysis: false, accessibility: 'partially', reviewOverdue: true,
      transparency: { available: 4, total: 6, missing: ['impact', 'risk'] }, lead: { title: 'Arquitecta de la DOM' } });
    expect(one.sponsors).toEqual([{ slug: 'temuco', name: 'Municipalidad de Temuco', url: '/instituciones/temuco' }]);
    expect((await get('/api/v1/services/no-existe')).statusCode).toBe(404);
    const list = (await get('/api/v1/services?phase=investigacion&region=09')).json();
    expect(list.items.map((s: { slug: string }) => s.slug)).toEqual(['becas-municipales', 'matricula-escolar', 'servicio-del-lider']);
    expect((await get('/servicios?format=json')).json()).toHaveLength(5);
  });

  it('never carries an email of a lead, nor a person id', async () => {
    const emails = (await t.database.db.select({ email: people.email }).from(people)).map((p) => p.email).filter((e): e is string => !!e && e.startsWith('lead'));
    expect(emails.length).toBeGreaterThanOrEqual(4);
    for (const url of ['/servicios', '/servicios.csv', '/servicios?format=json', '/servicios/feed.atom', '/api/v1/services', '/api/v1/services/matricula-escolar',
      '/servicios/matricula-escolar', '/servicios/servicio-del-lider']) {
      const body = (await get(url)).body;
      for (const email of emails) expect(body, url).not.toContain(email);
      expect(body, url).not.toMatch(/personId|leadPersonId|createdBy|recordedBy|@test\.cabildo\.cl/);
    }
  });

  it('publishes the phase changes as a valid Atom feed, newest first', async () => {
    const res = await get('/servicios/feed.atom');
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    assertWellFormedXml(res.body);
    expect(res.body.match(/<entry>/g)).toHaveLength(6);
    expect(res.body).toContain('<title type="text">Permisos de edificación en línea: Construcción</title>');
    expect(res.body).toContain('Entró en Construcción el 2 de junio de 2025.');
    expect(res.body).toContain('<link rel="alternate" type="text/html" href="http://localhost:3000/servicios/permisos-en-linea"/>');
    const updated = [...res.body.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect((await get('/servicios/feed.atom?lang=en')).body).toContain('Entered Construction on June 2, 2025.');
  });

  it('lists the registry in the open-data catalogue, one dataset per host institution with its CSV and JSON', async () => {
    const datasets = await listServicesDatasets(t.database.db);
    expect(datasets.map((d) => d.key)).toEqual(['registro-gore-la-araucania', 'registro-temuco']);
    const temuco = datasets.find((d) => d.key === 'registro-temuco')!;
    expect(temuco.temporal.start).toBe('2025-01-10');
    expect(temuco.distributions.map((d) => d.url)).toEqual(['/servicios.csv?institucion=temuco', '/servicios?institucion=temuco&format=json']);
    expect((await get(temuco.distributions[0]!.url)).body.trim().split('\r\n')).toHaveLength(5);
  });
});
