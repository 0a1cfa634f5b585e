// Cross-cutting HTTP behaviour: health, OpenAPI, security headers, metrics, errors without stack traces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestApp, type TestApp } from '../../test-support/app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('platform', () => {
  it('reports health once migrated', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('serves a valid OpenAPI 3.1 document listing the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths)).toContain('/api/v1/institutions/{ref}');
    // Pages are hidden; the JSON API is /api/v1, plus /api/3 where OpenSpending's Babbage API is reproduced.
    expect(Object.keys(doc.paths).filter((p) => !/^\/api\/(v1|3)\//.test(p))).toEqual([]);
    expect(Object.keys(doc.paths)).toContain('/api/3/cubes/{cube}/aggregate');
    const docs = await t.app.inject({ url: '/api/docs' });
    expect(docs.body).toContain('/api/v1/institutions/{ref}');
  });

  it('sends a strict CSP and security headers on pages', async () => {
    const res = await t.app.inject({ url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script anywhere
  });

  it('sets no cookie on public pages without forms, so shared caches may keep them', async () => {
    for (const url of ['/', '/instituciones', '/instituciones/temuco']) {
      const res = await t.app.inject({ url });
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    const form = await t.app.inject({ url: '/ingresar' });
    expect(form.cookies.map((c) => c.name)).toContain('cabildo_csrf');
  });

  it('keeps a caller-supplied request id and echoes it', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('renders the home page in both languages, under 50 KB', async () => {
    const es = await t.app.inject({ url: '/' });
    expect(es.body).toContain('<html lang="es-CL"');
    expect(es.body).toContain('345 municipalidades');
    expect(Buffer.byteLength(es.body)).toBeLessThan(50 * 1024);
    const en = await t.app.inject({ url: '/?lang=en' });
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('345 municipalities');
    // The choice sticks for the next page through the lang cookie.
    const cookie = en.cookies.find((c) => c.name === 'lang');
    expect(cookie?.value).toBe('en');
    const next = await t.app.inject({ url: '/instituciones', cookies: { lang: 'en' } });
    expect(next.body).toContain('<html lang="en"');
  });

  it('serves hashed static assets with a long cache', async () => {
    const home = await t.app.inject({ url: '/' });
    const css = /href="(\/static\/app\.[0-9a-f]+\.css)"/.exec(home.body)![1];
    const res = await t.app.inject({ url: css });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect((await t.app.inject({ url: '/static/app.0000000000.css' })).statusCode).toBe(404);
  });

  it('counts requests by route in /metrics', async () => {
    await t.app.inject({ url: '/instituciones/temuco' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.body).toMatch(/cabildo_http_requests_total\{method="GET",route="\/instituciones\/:ref",status="200"\} \d+/);
    expect(res.body).toContain('cabildo_http_request_duration_seconds_bucket');
  });

  it('answers unknown API paths with JSON and unknown pages with HTML, in the reader\'s language', async () => {
    const api = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not_found', message: expect.any(String) });
    const page = await t.app.inject({ url: '/nada?lang=en' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Page not found');
  });

  it('rejects malformed JSON and oversized bodies with a clear 4xx and no stack trace', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/institutions', headers: { 'content-type': 'application/json' }, payload: '{"oops' });
    expect([400, 404, 405]).toContain(bad.statusCode);
    const big = await t.app.inject({ method: 'POST', url: '/ingresar', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, payload: `a=${'x'.repeat(2 * 1024 * 1024)}` });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe('payload_too_large');
    for (const res of [bad, big]) expect(res.body).not.toMatch(/at .+\.(ts|js):\d+/);
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const t2 = await createTestApp();
    await t2.database.close();
    const res = await t2.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable' });
    await t2.app.close();
  });
});
