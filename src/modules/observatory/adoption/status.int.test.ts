// Recording a municipality's status: who may (per role, through the API and the form), what is refused (and that
// nothing is written then), the audit row, and the indicator values written with the stage held each 31 December.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { observatoryAdoptionEvents, observatoryValues } from '../schema.js';
import { otherRegionTeam, page, postForm, postJson, statusPayload, THIS_YEAR, TODAY } from './test-support.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';

let t: TestApp;
let team: Browser;
beforeAll(async () => {
  t = await createTestApp();
  team = (await ACTORS.regionalTeam(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const URL = '/api/v1/observatory/adoption/09/statuses';
const countEvents = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(observatoryAdoptionEvents))[0]!.n;
const valuesOf = (cut: string, indicator: string) => t.database.db.select().from(observatoryValues)
  .where(and(eq(observatoryValues.cut, cut), eq(observatoryValues.indicator, indicator))).orderBy(observatoryValues.year);

describe('who may record a status', () => {
  it('through the API: the region\'s team, the municipality\'s own observatory officials and admins; nobody else', async () => {
    const table: Array<[ActorKind | 'otherRegion', string, number]> = [
      ['anonymous', '09101', 401], ['resident', '09101', 403], ['budgetOfficial', '09101', 403], ['otherOfficial', '09101', 403], ['observatorySteward', '09101', 403],
      ['otherRegion', '09101', 403], ['observatoryOfficial', '09102', 403], ['otherAdmin', '09101', 403],
      ['observatoryOfficial', '09101', 201], ['regionalTeam', '09102', 201], ['admin', '09101', 201], ['platformAdmin', '09103', 201],
    ];
    for (const [kind, cut, status] of table) {
      const who = kind === 'otherRegion' ? await otherRegionTeam(t) : await ACTORS[kind](t);
      const res = await postJson(t, URL, who, statusPayload({ cut }));
      expect(res.statusCode, `${kind} ${cut}`).toBe(status);
    }
    expect(await countEvents()).toBe(4);
  });

  it('through the form on the record page, shown only to those allowed', async () => {
    const path = '/observatorio/adopcion/09/municipios/09104';
    const table: Array<[ActorKind | 'otherRegion', boolean]> = [['anonymous', false], ['resident', false], ['observatoryOfficial', false], ['otherRegion', false],
      ['budgetOfficial', false], ['regionalTeam', true], ['platformAdmin', true]];
    for (const [kind, allowed] of table) {
      const who = kind === 'otherRegion' ? await otherRegionTeam(t) : await ACTORS[kind](t);
      expect((await page(t, path, who)).body.includes(`action="${path}"`), kind).toBe(allowed);
      const res = await postForm(t, who, path, [['platform', 'pisee'], ['status', 'requested'], ['effectiveOn', '2023-01-10'], ['evidence', 'Oficio 45']]);
      expect(res.statusCode, kind).toBe(allowed ? 303 : 403);
    }
    expect((await page(t, path)).body).toContain('Oficio 45');
  });
});

describe('what is refused, with nothing written', () => {
  const tomorrow = fromDayNumber(toDayNumber(TODAY) + 1);
  it.each([
    ['a comuna of another region', { cut: '14101' }, 'Elija un municipio de esta región'],
    ['Antártica, which has no municipality', { cut: '12202' }, 'Elija un municipio'],
    ['a date that does not exist', { effectiveOn: '2025-02-29' }, 'fecha que exista'],
    ['a date in the future', { effectiveOn: tomorrow }, 'posterior a hoy'],
    ['evidence of blanks', { evidence: '     ' }, 'al menos 3'],
    ['a javascript: link', { evidenceUrl: 'javascript:alert(1)' }, 'https://'],
  ])('refuses %s (422)', async (_, extra, message) => {
    const before = await countEvents();
    const res = await postJson(t, URL, team, statusPayload(extra));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain(message);
    expect(await countEvents()).toBe(before);
  });

  it('refuses unknown platforms and statuses by schema (400), and re-renders the form with the values kept (422)', async () => {
    expect((await postJson(t, URL, team, statusPayload({ platform: 'fax' }))).statusCode).toBe(400);
    expect((await postJson(t, URL, team, statusPayload({ status: 'done' }))).statusCode).toBe(400);
    expect((await postJson(t, '/api/v1/observatory/adoption/99/statuses', team, statusPayload())).statusCode).toBe(404);
    const res = await postForm(t, team, '/observatorio/adopcion/09/municipios/09105', [['platform', 'claveunica'], ['status', 'enabled'],
      ['effectiveOn', tomorrow], ['evidence', 'Credenciales recibidas'], ['evidenceUrl', 'ftp://example.org/x']]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('Credenciales recibidas');
    expect(res.body).toContain('posterior a hoy');
  });
});

describe('the indicator values', () => {
  it('writes platforms.<platform> as the stage held on each 31 December, from the first event\'s year to this year, going back included', async () => {
    const post = (status: string, effectiveOn: string) => postJson(t, URL, team, statusPayload({ cut: '09110', platform: 'docdigital', status, effectiveOn }));
    const first = await post('requested', '2022-05-10');
    expect(first.json().years).toEqual(Array.from({ length: THIS_YEAR - 2021 }, (_, i) => 2022 + i));
    await post('enabled', '2023-12-31');
    await post('in_production', '2024-01-01');
    const back = await post('enabled', '2025-03-01');
    expect(back.statusCode).toBe(201);
    expect(back.json().event).toMatchObject({ cut: '09110', platform: 'docdigital', status: 'enabled', effectiveOn: '2025-03-01', illustrative: false });
    const values = await valuesOf('09110', 'platforms.docdigital');
    const expected = [[2022, 1], [2023, 2], [2024, 3], ...Array.from({ length: THIS_YEAR - 2024 }, (_, i) => [2025 + i, 2])];
    expect(values.map((v) => [v.year, v.value])).toEqual(expected);
    expect(values.every((v) => v.origin === 'tracker' && v.source === 'adoption-tracker' && Number.isFinite(v.value))).toBe(true);
    expect((values[1]!.provenance as { eventIds: number[] }).eventIds).toHaveLength(2);
    const [audit] = await queryRows<{ actor_label: string; summary: { platform: string; status: string } }>(t.database.db,
      sql`select actor_label, summary from audit_log where action = 'observatory.adoption.status' and resource_id = ${String(back.json().event.id)}`);
    expect(audit!.summary).toMatchObject({ platform: 'docdigital', status: 'enabled' });
  });

  it('an earlier event rewrites the years from its own', async () => {
    await postJson(t, URL, team, statusPayload({ cut: '09111', platform: 'pisee', status: 'enabled', effectiveOn: '2024-07-01' }));
    await postJson(t, URL, team, statusPayload({ cut: '09111', platform: 'pisee', status: 'requested', effectiveOn: '2021-09-01' }));
    expect((await valuesOf('09111', 'platforms.pisee')).slice(0, 4).map((v) => [v.year, v.value])).toEqual([[2021, 1], [2022, 1], [2023, 1], [2024, 2]]);
  });
});
