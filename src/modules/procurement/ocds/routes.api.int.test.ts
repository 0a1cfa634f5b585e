// The OCDS API on releases emitted by real flows (read-only tests share one story): the streamed package parses and
// validates, pages and filters select exactly the right releases, records are what compileRecordPackage makes of
// them, the bulk file is every release, and everything is public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind } from '../../../test-support/people.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { createTestCall } from '../test-support.js';
import { validatePackage, defaultSchemaDir } from './validate.js';
import { compileRecordPackage, loadMergeSchema } from './merge.js';
import { PATCHED_RELEASE_SCHEMA } from './schemas.js';
import { OCDS_EXTENSIONS } from './package.js';
import { createPublishedStory, NATURAL_PERSON_RUT } from './test-support.js';

type Release = { ocid: string; id: string; date: string };
type Pkg = { uri: string; version: string; extensions: string[]; publisher: object; license: string; publicationPolicy: string; publishedDate: string; releases: Release[]; links?: { next: string } };

let t: TestApp;
let story: Awaited<ReturnType<typeof createPublishedStory>>;
let valdivia: Awaited<ReturnType<typeof createTestCall>>;
beforeAll(async () => {
  t = await createTestApp();
  story = await createPublishedStory(t);
  valdivia = await createTestCall(t, { institution: 'valdivia', kind: 'single_tender', title: 'Licitación de ciberseguridad' });
}, 300_000);
afterAll(async () => { await t.close(); });

const get = async (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const pkg = async (url: string) => {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Pkg;
};
const path = (next: string) => new URL(next).pathname + new URL(next).search;

describe('GET /api/v1/procurement/ocds/releases', () => {
  it('streams a valid release package of every release in (date, id) order, without personal data', async () => {
    const res = await get('/api/v1/procurement/ocds/releases');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as Pkg;
    expect(body).toMatchObject({ version: '1.1', extensions: [...OCDS_EXTENSIONS], license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(body.publicationPolicy).toMatch(/\/compras\/datos$/);
    expect(body.releases).toHaveLength(11);
    expect(body.links).toBeUndefined();
    const dates = body.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(validatePackage(body).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(res.body).not.toMatch(/@/);
    expect(res.body).not.toContain(NATURAL_PERSON_RUT);
  });

  it('pages by cursor through links.next, each page a package, together every release once', async () => {
    const all = (await pkg('/api/v1/procurement/ocds/releases')).releases.map((r) => r.id);
    const seen: string[] = [];
    let url: string | null = '/api/v1/procurement/ocds/releases?limit=4';
    let pages = 0;
    while (url) {
      const page: Pkg = await pkg(url);
      expect(page.releases.length).toBeLessThanOrEqual(4);
      seen.push(...page.releases.map((r) => r.id));
      url = page.links ? path(page.links.next) : null;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
    // A page that ends exactly at the last release has no next link.
    expect((await pkg('/api/v1/procurement/ocds/releases?limit=11')).links).toBeUndefined();
  });

  it('filters by institution, ocid and Santiago days', async () => {
    const v = await pkg('/api/v1/procurement/ocds/releases?institution=valdivia');
    expect(v.releases.map((r) => r.ocid)).toEqual([valdivia.ocid]);
    const co = await pkg(`/api/v1/procurement/ocds/releases?ocid=${story.callOff.ocid}`);
    expect(co.releases).toHaveLength(3);
    const today = toSantiagoDate(new Date());
    expect((await pkg(`/api/v1/procurement/ocds/releases?from=${today}&to=${today}`)).releases).toHaveLength(11);
    expect((await pkg('/api/v1/procurement/ocds/releases?to=2020-01-01')).releases).toHaveLength(0);
    const tomorrow = toSantiagoDate(new Date(Date.now() + 86_400_000 * 2));
    expect((await pkg(`/api/v1/procurement/ocds/releases?from=${tomorrow}`)).releases).toHaveLength(0);
  });

  it('answers bad parameters with a 4xx', async () => {
    expect((await get('/api/v1/procurement/ocds/releases?institution=nowhere')).statusCode).toBe(404);
    expect((await get('/api/v1/procurement/ocds/releases?cursor=nonsense')).statusCode).toBe(400);
    expect((await get(`/api/v1/procurement/ocds/releases?cursor=${Buffer.from('["x",1]').toString('base64url')}`)).statusCode).toBe(400);
    expect((await get('/api/v1/procurement/ocds/releases?from=2026-02-30')).statusCode).toBe(400);
    expect((await get('/api/v1/procurement/ocds/releases?limit=0')).statusCode).toBe(400);
    expect((await get('/api/v1/procurement/ocds/releases?limit=10001')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/procurement/ocds/records/{ocid}', () => {
  const schema = loadMergeSchema(join(defaultSchemaDir(), PATCHED_RELEASE_SCHEMA));

  it('compiles the process\'s releases exactly as compileRecordPackage does, and validates', async () => {
    const releases = await pkg(`/api/v1/procurement/ocds/releases?ocid=${story.call.ocid}`);
    const record = await pkg(`/api/v1/procurement/ocds/records/${story.call.ocid}`) as unknown as { records: Array<Record<string, unknown>> };
    const expected = compileRecordPackage(releases, { schema });
    expect(record.records).toEqual(expected.records);
    expect(record.records[0]!.versionedRelease).toBeUndefined();
    expect(validatePackage(record).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const compiled = record.records[0]!.compiledRelease as { tag: string[]; awards: unknown[]; contracts: unknown[] };
    expect(compiled.tag).toEqual(['compiled']);
    expect(compiled.awards).toHaveLength(2);
  });

  it('adds the versioned release on request', async () => {
    const releases = await pkg(`/api/v1/procurement/ocds/releases?ocid=${story.callOff.ocid}`);
    const record = await pkg(`/api/v1/procurement/ocds/records/${story.callOff.ocid}?versioned=true`) as unknown as { records: Array<Record<string, unknown>> };
    expect(record.records[0]!.versionedRelease).toEqual(compileRecordPackage(releases, { schema, versioned: true }).records[0]!.versionedRelease);
    // Not validated: OCP's versioned-release validation schema is core-only, so it wants the extension's
    // Organization.details (partyDetails_scale) versioned whole, where the patched schema's merge rules version its fields.
    expect((record.records[0]!.versionedRelease as { ocid: string }).ocid).toBe(story.callOff.ocid);
  });

  it('is 404 for an unknown ocid and 304 for a record the client holds', async () => {
    expect((await get('/api/v1/procurement/ocds/records/ocds-cbld00-nowhere-1')).statusCode).toBe(404);
    const first = await get(`/api/v1/procurement/ocds/records/${valdivia.ocid}`);
    expect((await get(`/api/v1/procurement/ocds/records/${valdivia.ocid}`, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
  });
});

describe('GET /api/v1/procurement/ocds/bulk/releases.jsonl.gz', () => {
  it('gives every release, one per line, gzip-compressed; by institution and year', async () => {
    const lines = (url: string) => get(url).then((r) => {
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/gzip');
      return gunzipSync(r.rawPayload).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Release);
    });
    const all = await lines('/api/v1/procurement/ocds/bulk/releases.jsonl.gz');
    expect(all.map((r) => r.id)).toEqual((await pkg('/api/v1/procurement/ocds/releases')).releases.map((r) => r.id));
    expect((await lines('/api/v1/procurement/ocds/bulk/releases.jsonl.gz?institution=valdivia')).map((r) => r.ocid)).toEqual([valdivia.ocid]);
    const year = Number(toSantiagoDate(new Date()).slice(0, 4));
    expect(await lines(`/api/v1/procurement/ocds/bulk/releases.jsonl.gz?year=${year}`)).toHaveLength(11);
    expect(await lines(`/api/v1/procurement/ocds/bulk/releases.jsonl.gz?year=${year - 1}`)).toHaveLength(0);
    const etag = (await get('/api/v1/procurement/ocds/bulk/releases.jsonl.gz')).headers.etag;
    expect((await get('/api/v1/procurement/ocds/bulk/releases.jsonl.gz', { 'if-none-match': String(etag) })).statusCode).toBe(304);
  });
});

describe('public access', () => {
  const urls = () => ['/api/v1/procurement/ocds/releases', `/api/v1/procurement/ocds/records/${story.call.ocid}`, '/api/v1/procurement/ocds/bulk/releases.jsonl.gz', '/compras/datos'];
  it.each<ActorKind>(['anonymous', 'resident', 'procurementOfficial', 'participationOfficial', 'otherOfficial', 'admin'])('%s reads every OCDS route', async (kind) => {
    const who = await ACTORS[kind](t);
    for (const url of urls()) expect((await t.app.inject({ method: 'GET', url, cookies: who?.cookies })).statusCode, url).toBe(200);
  });

  it('lists the downloads by institution and year on /compras/datos, and in the open-data catalogue', async () => {
    const page = await get('/compras/datos');
    expect(page.body).toContain('/api/v1/procurement/ocds/bulk/releases.jsonl.gz?institution=temuco');
    expect(page.body).toContain('/api/v1/procurement/ocds/bulk/releases.jsonl.gz?institution=valdivia');
    expect(page.body).toContain('<h1>');
    const catalogue = await get('/api/v1/transparency/datasets/procurement-ocds-temuco');
    expect(catalogue.statusCode, catalogue.body).toBe(200);
    expect(catalogue.body).toContain('/api/v1/procurement/ocds/bulk/releases.jsonl.gz?institution=temuco');
  });
});
