// The public result pages on the hand-computed fixture (test-support.ts insertPagesFixture): landing, ranking with
// filters, region, municipality, the institution redirects, 404s, the empty state before any result, and who may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind } from '../../../test-support/people.js';
import { insertPagesFixture } from './test-support.js';

let t: TestApp;
const get = (url: string) => t.app.inject({ url });
const bodyRows = (html: string) => (html.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []).map((b) => (b.match(/<tr>/g) ?? []).length);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  await insertPagesFixture(t.database.db);
}, 120_000);
afterAll(async () => { await t.close(); });

describe('/observatorio', () => {
  it('explains the index, counts the groups, lists the top ten, the regions and the links, for the latest year', async () => {
    const res = await get('/observatorio');
    expect(res.statusCode).toBe(200);
    const b = text(res.body);
    expect(res.body).toContain('<h1>Índice GovTech Municipal 2023</h1>');
    expect(b).toContain('En 2023, 5 de las 345 municipalidades tienen puntaje.');
    // A ≥ 75 (Santiago), B ≥ 50 (Las Condes, Temuco), C ≥ 25 (Valdivia), D below (Carahue); 340 without a score.
    expect(b).toMatch(/Grupo A \(avanzado\): 1 .*Grupo B \(en consolidación\): 2 .*Grupo C \(inicial\): 1 .*Grupo D \(rezagado\): 1 .*Sin puntaje: 340/);
    expect(bodyRows(res.body)).toEqual([5]);
    expect(res.body.indexOf('>Santiago</a>')).toBeLessThan(res.body.indexOf('>Las Condes</a>'));
    expect(res.body.indexOf('>Las Condes</a>')).toBeLessThan(res.body.indexOf('>Temuco</a>'));
    expect((res.body.match(/href="\/observatorio\/regiones\/\d{2}\?anio=2023"/g) ?? []).length).toBe(16);
    for (const href of ['/observatorio/ranking', '/observatorio/metodologia', '/observatorio/sensibilidad', '/observatorio/indicadores', '/observatorio/adopcion',
      '/observatorio/publicaciones', '/observatorio/paneles', '/api/v1/observatory/index.csv?year=2023']) expect(res.body).toContain(`href="${href}"`);
    expect(res.body).toContain('<option value="2022"');
  });

  it('shows another year from the GET form, and 404 for a year without results, 400 for a malformed one', async () => {
    const res = await get('/observatorio?anio=2022');
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toContain('En 2022, 2 de las 345 municipalidades tienen puntaje.');
    expect((await get('/observatorio?anio=2019')).statusCode).toBe(404);
    expect((await get('/observatorio?anio=dos')).statusCode).toBe(400);
    expect((await get('/observatorio?anio=')).statusCode).toBe(200);
  });

  it('gives the map each comuna\'s text alternative and link (345 paths once the maps are drawn)', async () => {
    const b = (await get('/observatorio')).body;
    const paths = b.match(/<path[^>]*data-cut="\d{5}"/g) ?? [];
    if (paths.length > 0) {
      expect(paths.length).toBe(345);
      expect(b).toContain('Temuco: 62,3 puntos, grupo B, lugar 3 de 5');
      expect(b).toContain('Isla de Pascua: sin puntaje');
    }
  });

  it('speaks English', async () => {
    const b = text((await get('/observatorio?lang=en')).body);
    expect(b).toContain('Municipal GovTech Index 2023');
    expect(b).toContain('In 2023, 5 of the 345 municipalities have a score.');
  });
});

describe('/observatorio/ranking', () => {
  it('lists all 345 municipalities, scored first, with rank, region, peer group, score, group, coverage and change', async () => {
    const res = await get('/observatorio/ranking');
    expect(res.statusCode).toBe(200);
    expect(bodyRows(res.body)).toEqual([345]);
    const b = text(res.body);
    expect(b).toContain('3 Temuco La Araucanía Grandes (100.000 habitantes o más) 62,3 B Grupo B (en consolidación) 85 % +1,5');
    expect(res.body.indexOf('>Carahue</a>')).toBeLessThan(res.body.indexOf('>Isla de Pascua</a>'));
    expect(res.body).toContain('href="/api/v1/observatory/index.csv?year=2023"');
    expect(Buffer.byteLength(res.body)).toBeLessThan(400_000);
  });

  it('filters by region and peer group with a GET form, and sorts by a pillar', async () => {
    const araucania = await get('/observatorio/ranking?anio=2023&region=09&grupo-pares=&pilar=');
    expect(bodyRows(araucania.body)).toEqual([32]);
    expect(araucania.body).not.toContain('>Santiago</a>');
    const large = await get('/observatorio/ranking?grupo-pares=large');
    expect(bodyRows(large.body)).toEqual([3]);
    const byPillar = await get('/observatorio/ranking?grupo-pares=large&pilar=online_services');
    const b = text(byPillar.body);
    expect(b).toContain('Servicios y trámites en línea');
    expect(b.indexOf('Santiago')).toBeLessThan(b.indexOf('Temuco'));
    expect(b.indexOf('Temuco')).toBeLessThan(b.indexOf('Las Condes'));
    expect(b).toContain('40,0');
  });

  it('refuses bad filters with 400 and unknown years with 404', async () => {
    expect((await get('/observatorio/ranking?region=9')).statusCode).toBe(400);
    expect((await get('/observatorio/ranking?grupo-pares=huge')).statusCode).toBe(400);
    expect((await get('/observatorio/ranking?pilar=context')).statusCode).toBe(400);
    expect((await get('/observatorio/ranking?anio=2030')).statusCode).toBe(404);
  });
});

describe('/observatorio/regiones/{code}', () => {
  it('lists the region\'s municipalities with national ranks', async () => {
    const res = await get('/observatorio/regiones/09');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>La Araucanía');
    expect(bodyRows(res.body)).toEqual([32]);
    expect(text(res.body)).toContain('2 de sus 32 municipalidades tienen puntaje. Los lugares son nacionales (de 5).');
    expect(res.body).toContain('href="/observatorio/adopcion/09"');
  });

  it('404s for unknown or malformed codes', async () => {
    for (const code of ['99', '00', 'ab', '091']) expect([code, (await get(`/observatorio/regiones/${code}`)).statusCode]).toEqual([code, 404]);
  });
});

describe('/observatorio/municipios/{cut}', () => {
  it('shows score, rank, group, peer rank, coverage and what was imputed', async () => {
    const res = await get('/observatorio/municipios/09101');
    expect(res.statusCode).toBe(200);
    const b = text(res.body);
    expect(res.body).toContain('<h1>Municipalidad de Temuco');
    expect(b).toContain('Puntaje 62,3 de 100');
    expect(b).toContain('Lugar 3 de 5');
    expect(b).toContain('Grupo de pares Grandes (100.000 habitantes o más) 3 de 3');
    expect(b).toContain('Cobertura 85 %');
    expect(b).toContain('+1,5 (subió 2 lugares)');
    expect(b).toContain('Valores imputados por la regla de datos faltantes: Gasto en capacitación.');
  });

  it('draws the pillar scores with their numbers, the trend with its table, and the closest peers', async () => {
    const b = text((await get('/observatorio/municipios/09101')).body);
    expect(b).toContain('Plataformas nacionales compartidas 80,0 de 100');
    expect(b).toContain('Capacidades 55,6 de 100');
    expect(b).toContain('Transparencia y datos abiertos sin datos');
    expect(b).toContain('Puntaje en escala de 0 a 100: 60,8 en 2022 y 62,3 en 2023.');
    expect(b).toContain('2023 62,3 3 de 5 B +1,5 2022 60,8 2 de 2 B —');
    expect(b).toContain('1 Santiago Metropolitana de Santiago 80,0 A Grupo A (avanzado) — 2 Las Condes Metropolitana de Santiago 70,5');
  });

  it('says what to improve first: the largest weighted gap to the peer group\'s best, in a sentence', async () => {
    const b = text((await get('/observatorio/municipios/09101')).body);
    // procedures online: (90 − 20) · 1/14 = 5,0 points; training spend: (80 − 50) · 1/14 = 2,1; FirmaGob: no gap.
    expect(b).toContain('tiene 20,0 de 100 y la mejor de su grupo (Grandes (100.000 habitantes o más)) tiene 90,0. El indicador pesa 7,1 % del índice: cerrar esa brecha sumaría hasta 5,0 puntos.');
    expect(b).toContain('tiene 50,0 de 100 y la mejor de su grupo (Grandes (100.000 habitantes o más)) tiene 80,0. El indicador pesa 7,1 % del índice: cerrar esa brecha sumaría hasta 2,1 puntos.');
    expect(b.indexOf('hasta 5,0 puntos')).toBeLessThan(b.indexOf('hasta 2,1 puntos'));
  });

  it('lists context figures and every value with its source and provenance', async () => {
    const b = text((await get('/observatorio/municipios/09101')).body);
    expect(b).toContain('282.415 SINIM, 2022');
    expect(b).toContain('En producción');
    expect(b).toContain('20,0 %');
    expect(b).toContain('answered: 50; answeredOnTime: 45');
    expect(b).toContain('Calculado en esta plataforma');
  });

  it('shows a municipality without a score kindly, and 404s for unknown codes and Antártica', async () => {
    const pascua = await get('/observatorio/municipios/05201');
    expect(pascua.statusCode).toBe(200);
    expect(text(pascua.body)).toContain('Isla de Pascua no tiene puntaje en 2023');
    expect((await get('/observatorio/municipios/09101?anio=2022')).statusCode).toBe(200);
    for (const cut of ['12202', '99999', 'temuco', '0910']) expect([cut, (await get(`/observatorio/municipios/${cut}`)).statusCode]).toEqual([cut, 404]);
  });
});

describe('/instituciones/{slug}/observatorio', () => {
  it('sends a municipality to its page and a regional government to its adoption dashboard; 404 otherwise', async () => {
    const temuco = await get('/instituciones/temuco/observatorio');
    expect([temuco.statusCode, temuco.headers.location]).toEqual([302, '/observatorio/municipios/09101']);
    const gore = await get('/instituciones/gore-la-araucania/observatorio');
    expect([gore.statusCode, gore.headers.location]).toEqual([302, '/observatorio/adopcion/09']);
    expect((await get('/instituciones/subdere/observatorio')).statusCode).toBe(404);
    expect((await get('/instituciones/nadie/observatorio')).statusCode).toBe(404);
  });
});

describe('who may read', () => {
  it('serves every page to everyone, signed in or not', async () => {
    const actors: ActorKind[] = ['anonymous', 'resident', 'observatoryOfficial', 'budgetOfficial', 'otherOfficial', 'observatorySteward', 'regionalTeam', 'admin', 'platformAdmin'];
    for (const actor of actors) {
      const who = await ACTORS[actor](t);
      for (const url of ['/observatorio', '/observatorio/ranking?region=09', '/observatorio/regiones/13', '/observatorio/municipios/09101', '/api/v1/observatory/index']) {
        const res = await t.app.inject({ url, cookies: who?.cookies });
        expect([actor, url, res.statusCode]).toEqual([actor, url, 200]);
      }
    }
  });
});

describe('before the index is first computed', () => {
  let empty: TestApp;
  beforeAll(async () => { empty = await createTestApp(); }, 120_000);
  afterAll(async () => { await empty.close(); });

  it('explains there are no results yet instead of failing', async () => {
    for (const url of ['/observatorio', '/observatorio/ranking', '/observatorio/regiones/09', '/observatorio/municipios/09101']) {
      const res = await empty.app.inject({ url });
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(text(res.body)).toContain('Todavía no hay resultados del índice.');
    }
    expect((await empty.app.inject({ url: '/observatorio?anio=2023' })).statusCode).toBe(404);
    expect((await empty.app.inject({ url: '/api/v1/observatory/index' })).statusCode).toBe(404);
    expect((await empty.app.inject({ url: '/api/v1/observatory/index.csv' })).statusCode).toBe(404);
    expect((await empty.app.inject({ url: '/api/v1/observatory/municipalities/09101' })).json()).toMatchObject({ cut: '09101', years: [] });
  });
});
