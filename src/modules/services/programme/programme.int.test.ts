// The programme page, its CSV and its API on five services in four incubators (Temuco's lab and La Araucanía's
// regional programme: region 09; Valdivia's lab: 14; SUBDERE's: national), counted as of 2026-06-30 so the figures
// do not move with the day the tests run. Hand-computed:
//   s1 Temuco lab: investigación 2024-03-01, construcción 2024-09-10, aceleración 2025-04-01; national impact 2025-10-01
//   s2 Temuco lab: investigación 2025-02-01, sin continuación 2025-08-01
//   s3 regional programme: construcción 2025-05-05, abandonado 2026-03-02
//   s4 Valdivia lab: investigación 2026-01-10, construcción 2026-04-01
//   s5 SUBDERE lab: investigación 2026-07-15 (after the day asked: not registered yet)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind } from '../../../test-support/people.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { servicesReviews } from '../schema.js';
import { emptyPhaseCounts } from './figures.js';
import type { ProgrammeJson } from './present.js';

let t: TestApp;
const slugs = { lab: '', programme: '', valdivia: '', national: '' };
const AS_OF = '2026-06-30';
const counts = (partial: Record<string, number>) => ({ ...emptyPhaseCounts(), ...partial });

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const lab = await insertTestIncubator(db, { institution: 'temuco' });
  const programme = await insertTestIncubator(db, { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09' });
  const valdivia = await insertTestIncubator(db, { institution: 'valdivia' });
  const national = await insertTestIncubator(db, { institution: 'subdere' });
  Object.assign(slugs, { lab: lab.slug, programme: programme.slug, valdivia: valdivia.slug, national: national.slug });
  const s1 = await insertTestService(db, { incubatorId: lab.id, phases: [
    { phase: 'investigacion', startedOn: '2024-03-01' }, { phase: 'construccion', startedOn: '2024-09-10' }, { phase: 'aceleracion', startedOn: '2025-04-01' }] });
  await insertTestService(db, { incubatorId: lab.id, phases: [{ phase: 'investigacion', startedOn: '2025-02-01' }, { phase: 'investigacion_sin_continuacion', startedOn: '2025-08-01' }] });
  await insertTestService(db, { incubatorId: programme.id, sponsors: ['gore-la-araucania'], phases: [{ phase: 'construccion', startedOn: '2025-05-05' }, { phase: 'abandonado', startedOn: '2026-03-02' }] });
  await insertTestService(db, { incubatorId: valdivia.id, sponsors: ['valdivia'], phases: [{ phase: 'investigacion', startedOn: '2026-01-10' }, { phase: 'construccion', startedOn: '2026-04-01' }] });
  await insertTestService(db, { incubatorId: national.id, sponsors: ['subdere'], phases: [{ phase: 'investigacion', startedOn: '2026-07-15' }] });
  const review = { serviceId: s1.id, phase: 'aceleracion' as const, decision: 'continue' as const, evidence: 'Uso creciente.', indicators: [], reasons: 'Sigue.' };
  await db.insert(servicesReviews).values([
    { ...review, dueOn: '2025-04-01', heldOn: '2025-04-03', nationalImpact: false },
    { ...review, dueOn: '2025-10-01', heldOn: '2025-10-01', nationalImpact: true },
    { ...review, dueOn: '2026-04-01', heldOn: '2026-04-02', nationalImpact: true },
  ]);
}, 60_000);
afterAll(async () => { await t.close(); });

const get = (url: string) => t.app.inject({ method: 'GET', url });
const api = async (query: string) => {
  const res = await get(`/api/v1/services/programme?asOf=${AS_OF}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProgrammeJson;
};

describe('GET /api/v1/services/programme', () => {
  it('counts every service per phase, per year, per incubator and per region as of the day asked', async () => {
    const p = await api('');
    expect(p.asOf).toBe(AS_OF);
    expect([p.services, p.live, p.launched, p.nationalImpact, p.abandoned, p.endedWithoutFollowUp]).toEqual([4, 2, 3, 1, 1, 1]);
    expect(p.perPhase).toEqual(counts({ aceleracion: 1, investigacion_sin_continuacion: 1, abandonado: 1, construccion: 1 }));
    expect(p.years).toEqual([
      { year: 2024, launched: 1, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, phases: counts({ construccion: 1 }) },
      { year: 2025, launched: 1, nationalImpact: 1, abandoned: 0, endedWithoutFollowUp: 1, phases: counts({ aceleracion: 1, investigacion_sin_continuacion: 1, construccion: 1 }) },
      { year: 2026, launched: 1, nationalImpact: 0, abandoned: 1, endedWithoutFollowUp: 0, phases: counts({ aceleracion: 1, investigacion_sin_continuacion: 1, abandonado: 1, construccion: 1 }) },
    ]);
    const incubator = (slug: string) => p.perIncubator.find((i) => i.slug === slug)!;
    expect([incubator(slugs.lab).region, incubator(slugs.lab).services, incubator(slugs.lab).nationalImpact, incubator(slugs.lab).years.length]).toEqual(['09', 2, 1, 3]);
    expect([incubator(slugs.programme).region, incubator(slugs.programme).abandoned]).toEqual(['09', 1]);
    expect([incubator(slugs.national).region, incubator(slugs.national).services, incubator(slugs.national).years]).toEqual(['nacional', 0, []]);
    expect(p.perRegion.map((r) => [r.code, r.services, r.launched])).toEqual([['09', 3, 2], ['14', 1, 1], ['nacional', 0, 0]]);
    expect(p.perRegion[0]!.name).toMatch(/Araucan/);
  });

  it('counts a service once its first phase has started: today the national lab has one', async () => {
    const res = await get('/api/v1/services/programme?region=nacional');
    expect(res.statusCode).toBe(200);
    expect((res.json() as ProgrammeJson).services).toBe(1);
  });

  it('keeps only the incubators the filters name', async () => {
    const araucania = await api('&region=09');
    expect([araucania.services, araucania.launched, araucania.perIncubator.map((i) => i.slug).sort()]).toEqual([3, 2, [slugs.lab, slugs.programme].sort()]);
    const valdivia = await api(`&incubator=${slugs.valdivia}`);
    expect([valdivia.services, valdivia.filters, valdivia.perRegion.map((r) => r.code)]).toEqual([1, { incubator: slugs.valdivia, region: null }, ['14']]);
    const none = await api(`&incubator=${slugs.valdivia}&region=09`);
    expect([none.services, none.years, none.perIncubator, none.perRegion]).toEqual([0, [], [], []]);
  });

  it.each([
    ['an unknown incubator', '/api/v1/services/programme?incubator=no-existe', 404],
    ['a region that is not a code', '/api/v1/services/programme?region=araucania', 400],
    ['a day that does not exist', '/api/v1/services/programme?asOf=2026-02-30', 400],
    ['a day that has not come', '/api/v1/services/programme?asOf=2999-01-01', 400],
  ])('refuses %s', async (_, url, status) => {
    expect((await get(url)).statusCode).toBe(status);
  });
});

describe('/servicios/programa', () => {
  it('is public: every role reads it', async () => {
    for (const kind of ['anonymous', 'resident', 'servicesOfficial', 'incubatorTeam', 'otherOfficial', 'admin', 'platformAdmin'] as ActorKind[]) {
      const who = await ACTORS[kind](t);
      const res = await t.app.inject({ method: 'GET', url: '/servicios/programa', cookies: who?.cookies });
      expect(res.statusCode, kind).toBe(200);
    }
  });

  it('shows the key figures, the phases linking to the registry, the yearly chart and the breakdowns', async () => {
    const res = await get(`/servicios/programa?fecha=${AS_OF}&region=09`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('30 de junio de 2026');
    expect(html).toMatch(/<dt>Servicios registrados<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>Lanzados en 2026<\/dt><dd>0<\/dd>/);
    expect(html).toMatch(/<dt>Con impacto nacional, a la fecha<\/dt><dd>1<\/dd>/);
    expect(html).toContain('href="/servicios?fase=construccion&amp;region=09"');
    expect(html).toContain(`href="/servicios?incubadora=${slugs.programme}"`);
    expect(html).toMatch(/<svg viewBox="0 0 640 300" role="img" aria-labelledby="svc-years-title svc-years-desc"><title id="svc-years-title">/);
    expect(html).toContain('2025: 1 lanzados, 1 con impacto nacional, 0 abandonados, 1 sin continuación.');
    expect(html).toContain('<caption>Cifras por región de la incubadora, a la fecha</caption>');
    expect(html).toContain(`/servicios/programa.csv?region=09&amp;fecha=${AS_OF}`);
    expect(html).not.toContain(`programa?incubadora=${slugs.valdivia}`);
    expect(html).toContain(`programa?incubadora=${slugs.lab}&amp;region=09&amp;fecha=${AS_OF}`);
  });

  it('speaks English when asked', async () => {
    const res = await get('/servicios/programa?lang=en');
    expect(res.body).toContain('Year by year');
    expect(res.body).toContain('How it is counted');
  });

  it('shows a day that does not exist on its field, with today\'s figures', async () => {
    const res = await get('/servicios/programa?fecha=2026-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('La fecha no existe');
    expect(res.body).toMatch(/<dt>Servicios registrados<\/dt><dd>5<\/dd>/);
  });

  it('accepts the empty choices of the form, and 404s an unknown incubator', async () => {
    expect((await get('/servicios/programa?incubadora=&region=&fecha=')).statusCode).toBe(200);
    expect((await get('/servicios/programa?incubadora=no-existe')).statusCode).toBe(404);
  });

  it('links the national group to no registry list: the registry filters by region codes only', async () => {
    const html = (await get('/servicios/programa?region=nacional')).body;
    expect(html).toMatch(/<dt>Servicios registrados<\/dt><dd>1<\/dd>/);
    expect(html).toContain('href="/servicios?fase=investigacion"');
    expect(html).not.toContain('/servicios?region=nacional');
  });
});

describe('/servicios/programa.csv', () => {
  it('has one row per year and grouping, with the filters applied', async () => {
    const res = await get(`/servicios/programa.csv?fecha=${AS_OF}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('grouping,key,name,year,launched,nationalImpact,abandoned,endedWithoutFollowUp,phases.investigacion,phases.construccion,'
      + 'phases.aceleracion,phases.consolidacion,phases.transferido,phases.operado,phases.abandonado,phases.investigacion_sin_continuacion');
    // total: 3 years; incubators: lab 3, programme 2, Valdivia 1, national 0; regions: 09 3, 14 1, nacional 0.
    expect(lines).toHaveLength(1 + 3 + 6 + 4);
    expect(lines[2]).toBe('total,,,2025,1,1,0,1,0,1,1,0,0,0,0,1');
    expect(lines.filter((l) => l.startsWith(`incubator,${slugs.lab},`)).map((l) => l.split(',')[3])).toEqual(['2024', '2025', '2026']);
    expect(lines.filter((l) => l.startsWith('region,14,'))).toEqual([expect.stringMatching(/^region,14,[^,]+,2026,1,0,0,0,0,1,0,0,0,0,0,0$/)]);

    const filtered = (await get(`/servicios/programa.csv?fecha=${AS_OF}&incubadora=${slugs.valdivia}`)).body.trimEnd().split('\r\n');
    expect(filtered.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['total,', `incubator,${slugs.valdivia}`, 'region,14']);
  });
});
