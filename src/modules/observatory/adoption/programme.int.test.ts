// The regional programme: workshops and support visits with their survey answers. Only the region's team records them
// (per role, another region's team included); refusals name the rule (score outside 1–7, negative attendance,
// impossible or future dates, a municipality outside the region) and write nothing; the lists are public and export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { otherRegionTeam, page, postForm, TODAY } from './test-support.js';

let t: TestApp;
let team: Browser;
beforeAll(async () => {
  t = await createTestApp();
  team = (await ACTORS.regionalTeam(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const WORKSHOPS = '/observatorio/adopcion/09/talleres';
const VISITS = '/observatorio/adopcion/09/visitas';
const count = async (table: string) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const workshop = (extra: Array<[string, string]> = []): Array<[string, string]> => {
  const base: Record<string, string> = { heldOn: '2025-04-10', place: 'Angol', topic: 'FirmaGob para secretarías municipales', attendees: '14' };
  for (const [k, v] of extra) base[k] = v;
  return [...Object.entries(base), ['municipalities', '09201'], ['municipalities', '09202']];
};

describe('workshops', () => {
  it('only the region\'s team may record them, and only it sees the form', async () => {
    const table: Array<[ActorKind | 'otherRegion', number]> = [['anonymous', 403], ['resident', 403], ['observatoryOfficial', 403], ['observatorySteward', 403],
      ['otherRegion', 403], ['admin', 403], ['regionalTeam', 303], ['platformAdmin', 303]];
    for (const [kind, status] of table) {
      const who = kind === 'otherRegion' ? await otherRegionTeam(t) : await ACTORS[kind](t);
      expect((await postForm(t, who, WORKSHOPS, workshop())).statusCode, kind).toBe(status);
      expect((await page(t, WORKSHOPS, who)).body.includes(`action="${WORKSHOPS}"`), kind).toBe(status === 303);
    }
    expect(await count('observatory_workshops')).toBe(2);
  });

  it.each([
    ['negative attendance', [['attendees', '-3']], 'entero de 0 o más'],
    ['a date that does not exist', [['heldOn', '2025-13-01']], 'fecha que exista'],
    ['a future date', [['heldOn', fromDayNumber(toDayNumber(TODAY) + 3)]], 'posterior a hoy'],
    ['a municipality of another region', [['place', 'Valdivia']], 'municipio de esta región'],
  ] as Array<[string, Array<[string, string]>, string]>)('refuses %s, keeping the values (422)', async (what, extra, message) => {
    const fields = workshop(extra);
    if (what.startsWith('a municipality')) fields.push(['municipalities', '14101']);
    const res = await postForm(t, team, WORKSHOPS, fields);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(message);
    expect(res.body).toContain('FirmaGob para secretarías municipales');
    expect(res.body).toMatch(/id="f-municipalities-09201"[^>]*checked/);
    expect(await count('observatory_workshops')).toBe(2);
  });

  it('lists them publicly with the officials trained, and exports CSV and JSON', async () => {
    const res = await page(t, WORKSHOPS);
    expect(res.body).toContain('2 talleres capacitaron a 28 funcionarias y funcionarios de 2 municipios.');
    expect(res.body).toContain('Angol, Collipulli');
    const csv = await page(t, `${WORKSHOPS}?format=csv`);
    expect(csv.body.split('\r\n')[1]).toBe('2025-04-10,Angol,FirmaGob para secretarías municipales,09201 09202,14,false');
    expect((await page(t, `${WORKSHOPS}?format=json`)).json()).toHaveLength(2);
    expect((await page(t, '/observatorio/adopcion/77/talleres')).statusCode).toBe(404);
  });
});

describe('support visits and their survey', () => {
  let visitId = '';
  it('the team records a visit and answers; others may not', async () => {
    for (const kind of ['anonymous', 'observatoryOfficial', 'budgetOfficial'] as const) {
      expect((await postForm(t, await ACTORS[kind](t), VISITS, [['cut', '09101'], ['visitedOn', '2025-05-02'], ['purpose', 'Nodo PISEE']])).statusCode, kind).toBe(403);
    }
    expect((await postForm(t, await otherRegionTeam(t), VISITS, [['cut', '09101'], ['visitedOn', '2025-05-02'], ['purpose', 'Nodo PISEE']])).statusCode).toBe(403);
    expect((await postForm(t, team, VISITS, [['cut', '09101'], ['visitedOn', '2025-05-02'], ['purpose', 'Instalación del nodo PISEE']])).statusCode).toBe(303);
    [{ id: visitId }] = (await queryRows<{ id: number }>(t.database.db, sql`select id from observatory_visits`)).map((r) => ({ id: String(r.id) }));
    for (const score of ['7', '6', '4']) expect((await postForm(t, team, `${VISITS}/respuestas`, [['visitId', visitId], ['score', score]])).statusCode).toBe(303);
    expect((await postForm(t, await ACTORS.observatoryOfficial(t), `${VISITS}/respuestas`, [['visitId', visitId], ['score', '7']])).statusCode).toBe(403);
  });

  it.each([
    ['a score of 8', '/respuestas', [['score', '8']], 'entero de 1 a 7'],
    ['a score of 0', '/respuestas', [['score', '0']], 'entero de 1 a 7'],
    ['a municipality outside the region', '', [['cut', '14101'], ['visitedOn', '2025-05-02'], ['purpose', 'Diagnóstico']], 'municipio de esta región'],
    ['a future visit', '', [['cut', '09101'], ['visitedOn', fromDayNumber(toDayNumber(TODAY) + 1)], ['purpose', 'Diagnóstico']], 'posterior a hoy'],
  ] as Array<[string, string, Array<[string, string]>, string]>)('refuses %s (422), writing nothing', async (_, suffix, fields, message) => {
    const [visits, answers] = [await count('observatory_visits'), await count('observatory_visit_ratings')];
    const res = await postForm(t, team, `${VISITS}${suffix}`, suffix ? [['visitId', visitId], ...fields] : fields);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(message);
    expect([await count('observatory_visits'), await count('observatory_visit_ratings')]).toEqual([visits, answers]);
  });

  it('shows the answers, the share positive (5–7, said on the page) and the mean with one decimal', async () => {
    const res = await page(t, VISITS);
    expect(res.body).toMatch(/1 visitas de apoyo, 3 respuestas a la encuesta: 67\s?% las evaluó positivamente, con nota media 5,7 en la escala de 1 a 7\./);
    expect(res.body).toContain('Una respuesta es positiva si su nota es 5, 6 o 7');
    const dashboard = await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09' });
    expect(dashboard.json().visits).toEqual({ count: 1, answers: 3, positive: 2, positiveShare: 2 / 3, mean: 17 / 3 });
    expect((await page(t, `${VISITS}?format=csv`)).body).toContain('Instalación del nodo PISEE,3,2,');
  });
});
