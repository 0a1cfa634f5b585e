// The catalogue as readers and harvesters see it, over the demo datasets plus one budget cube and one closed vote
// (the modules' registered datasets): accent-insensitive search with facets and both pagings, the CSV/JSON export,
// DCAT-AP JSON-LD, the Data Package and the CKAN API, with the shapes their consumers require.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost } from '../../../test-support/people.js';
import { closeVote, openVote, participationOfficialToken } from '../../participation/votes/test-support.js';
import { seedCatalogueDemo } from './seed.js';
import { NAME_PATTERN } from './datapackage.js';
import { listModuleDatasets } from './sources.js';
import { datasetSourcesOf } from '../../../core/module.js';
import { MODULES } from '../../../modules.js';
import { allEntries, findPage } from './service.js';
import { DATASET_FIELDS } from './test-support.js';

let t: TestApp;
let voteId: number;
let openVoteId: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) => seedCatalogueDemo(tx));
  await t.database.db.execute(sql`insert into budget_datasets (institution_id, cube, year, format, kind, source_names, checksum, fact_count)
    select id, 'temuco-2025-ley', 2025, 'cabildo-csv', 'ley', array['presupuesto-2025.csv'], 'abc', 120 from institutions where slug = 'temuco'`);
  const token = await participationOfficialToken(t);
  voteId = (await openVote(t, token, { title: 'Plaza Dreves: ¿qué juegos instalar?' })).id;
  await closeVote(t, voteId);
  openVoteId = (await openVote(t, token, { title: 'Votación aún abierta' })).id;
}, 60_000);
afterAll(async () => { await t.close(); });

const names = (body: string) => [...body.matchAll(/href="\/datos\/([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('searching the catalogue', () => {
  it('lists stored and registered datasets alike, marking the module a dataset comes from, and never an open vote', async () => {
    const res = await t.app.inject({ url: '/datos' });
    expect(res.statusCode).toBe(200);
    expect(names(res.body)).toEqual(expect.arrayContaining(['temuco-patentes-comerciales-vigentes', 'temuco-luminarias-de-alumbrado-publico',
      'temuco-puntos-limpios-y-de-reciclaje', 'budget-temuco-2025-ley', `participation-votacion-${voteId}`]));
    expect(res.body).not.toContain(`votacion-${openVoteId}`);
    expect(res.body).toContain('Publicado desde Presupuesto Abierto');
    expect(res.body).toContain('5 conjuntos de datos');
  });

  it('ignores accents and stems Spanish words, and filters by theme, format and institution', async () => {
    const q = async (query: string) => names((await t.app.inject({ url: `/datos?${query}` })).body);
    expect(await q('q=publico')).toEqual(['temuco-luminarias-de-alumbrado-publico']);
    expect(await q('q=Luminaria')).toEqual(['temuco-luminarias-de-alumbrado-publico']);
    expect(await q('q=ejecución+presupuesto')).toEqual([]);
    expect(await q('q=presupuesto')).toEqual(['budget-temuco-2025-ley']);
    expect(await q('tema=ENVI')).toEqual(['temuco-puntos-limpios-y-de-reciclaje']);
    expect(await q('formato=GEOJSON')).toEqual(['temuco-puntos-limpios-y-de-reciclaje']);
    expect(await q('institucion=valdivia')).toEqual([]);
    expect(await q('institucion=09101&tema=ECON')).toEqual(expect.arrayContaining(['temuco-patentes-comerciales-vigentes', 'budget-temuco-2025-ley']));
  });

  it('counts facets over the filtered list', async () => {
    const body = (await t.app.inject({ url: '/datos?formato=CSV' })).body;
    expect(body).toContain('4 conjuntos de datos');
    expect(body).toMatch(/Medio ambiente<\/a>|Medio ambiente \(1\)/);
    expect(body).toContain('Municipalidad de Temuco (4)');
  });

  it('answers bad filters with 400', async () => {
    expect((await t.app.inject({ url: '/datos?tema=XXXX' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/datos?institucion=atlantida' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/datos?cursor=%%%' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/instituciones/atlantida/datos' })).statusCode).toBe(404);
  });

  it('pages by cursor without repeating or losing a dataset, and exports the same list streamed', async () => {
    const listed = await listModuleDatasets(t.database.db, datasetSourcesOf(MODULES, t.config));
    const seen: string[] = [];
    let after: unknown[] | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await findPage(t.database.db, listed, {}, { after, limit: 2 });
      seen.push(...page.entries.map((e) => e.name));
      if (!page.next) break;
      after = JSON.parse(Buffer.from(page.next, 'base64url').toString());
    }
    const all: string[] = [];
    for await (const e of allEntries(t.database.db, listed, {}, 2)) all.push(e.name);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(all).toEqual(seen);
    const csv = await t.app.inject({ url: '/datos?format=csv&tema=ECON' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(3);
    const json = (await t.app.inject({ url: '/instituciones/temuco/datos?format=json' })).json() as Array<{ name: string; institution: object; source: string }>;
    expect(json).toHaveLength(5);
    expect(json.find((d) => d.name === 'budget-temuco-2025-ley')!.source).toBe('budget');
    expect(JSON.stringify(json)).not.toMatch(/@|funcionaria/);
  });

  it('serves the same search and each dataset as JSON under /api/v1/transparency', async () => {
    const first = (await t.app.inject({ url: '/api/v1/transparency/datasets?limit=3' })).json();
    expect(first.items).toHaveLength(3);
    const second = (await t.app.inject({ url: `/api/v1/transparency/datasets?limit=3&cursor=${first.next}` })).json();
    expect(second.items).toHaveLength(2);
    expect(second.next).toBeNull();
    const found = (await t.app.inject({ url: '/api/v1/transparency/datasets?q=reciclaje&fileFormat=CSV&institution=temuco' })).json();
    expect(found.items.map((d: { name: string }) => d.name)).toEqual(['temuco-puntos-limpios-y-de-reciclaje']);
    const one = (await t.app.inject({ url: '/api/v1/transparency/datasets/temuco-luminarias-de-alumbrado-publico' })).json();
    expect(one.distributions[0].tableSchema.fields.find((f: { name: string }) => f.name === 'lat')).toEqual({ name: 'lat', type: 'number', decimalChar: ',', groupChar: '.' });
    expect((await t.app.inject({ url: '/api/v1/transparency/datasets?theme=NOPE' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/transparency/datasets/no-existe' })).statusCode).toBe(404);
  });

  it('keeps the modules\' datasets read-only here', async () => {
    const official = await ACTORS.transparencyOfficial(t);
    const res = await t.app.inject({ url: '/datos/budget-temuco-2025-ley/editar', ...formPost(official, DATASET_FIELDS) });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/datos/budget-temuco-2025-ley' })).body).not.toContain('/editar');
  });
});

describe('DCAT-AP, Data Package and CKAN', () => {
  it('exports the catalogue as a dcat:Catalog whose datasets carry the mandatory DCAT-AP properties', async () => {
    const res = await t.app.inject({ url: '/catalogo.jsonld' });
    expect(res.headers['content-type']).toContain('application/ld+json');
    const doc = res.json();
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(doc['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(doc['hydra:totalItems']).toBe(5);
    expect(doc['dcat:dataset']).toHaveLength(5);
    for (const d of doc['dcat:dataset']) {
      expect(d['@type']).toBe('dcat:Dataset');
      for (const p of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:theme', 'dcat:contactPoint', 'dct:identifier']) expect(d[p], `${d['@id']} ${p}`).toBeDefined();
      expect(d['dcat:theme']['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/);
      expect(d['dcat:distribution'].length).toBeGreaterThan(0);
      for (const x of d['dcat:distribution']) expect(x['dcat:accessURL']['@id']).toMatch(/^https?:\/\//);
    }
    const budget = doc['dcat:dataset'].find((d: { 'dct:identifier': string }) => d['dct:identifier'] === 'budget-temuco-2025-ley');
    expect(budget['dct:provenance']['rdfs:label']).toContain('budget');
  });

  it('exports one dataset in DCAT-AP with its period, territory and licence', async () => {
    const d = (await t.app.inject({ url: '/datos/temuco-luminarias-de-alumbrado-publico.jsonld' })).json();
    expect(d['dct:temporal']['dcat:startDate']['@value']).toBe('2024-01-01');
    expect(d['dct:spatial']['dct:identifier']).toBe('09101');
    expect(d['dct:accrualPeriodicity']['@id']).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
    expect(d['dcat:distribution'][0]['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect((await t.app.inject({ url: '/datos/no-existe.jsonld' })).statusCode).toBe(404);
  });

  it('exports a Data Package whose CSV resource is tabular with its Table Schema', async () => {
    const p = (await t.app.inject({ url: '/datos/temuco-puntos-limpios-y-de-reciclaje/datapackage.json' })).json();
    expect(p.name).toMatch(NAME_PATTERN);
    expect(p.licenses[0].name).toBe('cc-by-4.0');
    expect(p.resources).toHaveLength(2);
    for (const r of p.resources) { expect(r.name).toMatch(NAME_PATTERN); expect(r.path).toMatch(/^https?:\/\//); }
    const csv = p.resources.find((r: { format: string }) => r.format === 'csv');
    expect(csv.profile).toBe('tabular-data-resource');
    expect(csv.dialect).toEqual({ delimiter: ',', header: true });
    expect(csv.schema.fields.map((f: { type: string }) => f.type)).toEqual(['string', 'string', 'string', 'string', 'number', 'number']);
    const vote = (await t.app.inject({ url: `/datos/participation-votacion-${voteId}/datapackage.json` })).json();
    expect(vote.resources.map((r: { path: string }) => r.path)).toContain(`${t.config.baseUrl}/api/v1/participation/votes/${voteId}/results`);
  });

  it('answers CKAN\'s package_search with its envelope, field names, rows/start paging and fq filters', async () => {
    const res = (await t.app.inject({ url: '/api/3/action/package_search?rows=2&start=0' })).json();
    expect(res.success).toBe(true);
    expect(res.help).toContain('/api/3/action/help_show?name=package_search');
    expect(res.result.count).toBe(5);
    expect(res.result.results).toHaveLength(2);
    expect((await t.app.inject({ url: '/api/3/action/package_search?rows=0' })).json().result).toMatchObject({ count: 5, results: [] });
    const rest = (await t.app.inject({ url: '/api/3/action/package_search?rows=10&start=2' })).json();
    expect(rest.result.results).toHaveLength(3);
    const pkg = res.result.results[0];
    for (const f of ['name', 'title', 'notes', 'organization', 'resources', 'tags', 'license_id', 'metadata_modified', 'extras']) expect(pkg[f], f).toBeDefined();
    const filtered = (await t.app.inject({ url: '/api/3/action/package_search?fq=organization:temuco+res_format:GEOJSON' })).json();
    expect(filtered.result.results.map((p: { name: string }) => p.name)).toEqual(['temuco-puntos-limpios-y-de-reciclaje']);
    expect(filtered.result.results[0].organization).toMatchObject({ name: 'temuco', title: 'Municipalidad de Temuco' });
    expect((await t.app.inject({ url: '/api/3/action/package_search?q=reciclaje&fq=groups:envi' })).json().result.count).toBe(1);
    const since = (iso: string) => t.app.inject({ url: `/api/3/action/package_search?sort=id+asc&fq=${encodeURIComponent(`metadata_modified:[${iso} TO *]`)}` });
    expect((await (await since('2000-01-01T00:00:00.000000Z')).json()).result.count).toBe(5);
    expect((await (await since('2099-01-01T00:00:00Z')).json()).result.count).toBe(0);
  });

  it('answers package_show, and errors as CKAN does', async () => {
    const show = (await t.app.inject({ url: '/api/3/action/package_show?id=temuco-patentes-comerciales-vigentes' })).json();
    expect(show.result.resources[0]).toMatchObject({ format: 'CSV', mimetype: 'text/csv', url_type: 'upload' });
    expect(show.result.tags.map((x: { name: string }) => x.name)).toContain('patentes');
    const missing = await t.app.inject({ url: '/api/3/action/package_show?id=no-existe' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ success: false, error: { __type: 'Not Found Error' } });
    const badFq = await t.app.inject({ url: '/api/3/action/package_search?fq=author:alguien' });
    expect(badFq.statusCode).toBe(409);
    expect(badFq.json()).toMatchObject({ success: false, error: { __type: 'Search Query Error' } });
    expect((await t.app.inject({ url: '/api/3/action/package_search?rows=5000' })).statusCode).toBe(409);
    expect((await t.app.inject({ url: '/api/3/action/package_show' })).statusCode).toBe(409);
    expect((await t.app.inject({ url: '/api/3/cubes' })).statusCode).toBe(200);
  });
});
