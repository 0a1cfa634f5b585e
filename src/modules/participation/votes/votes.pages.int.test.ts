// The vote pages without JavaScript: what each reader sees, voting through the form (receipt shown once, no-store),
// a double submit answering "ya votó", replacing, results, the receipt check, the process's list and the new-vote form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, browserFor, formPost, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { closeVote, openVote, participationOfficialToken, verifiedVoter, type VoteJsonLike } from './test-support.js';

let t: TestApp;
let official: string;
let process: TestProcess;
beforeAll(async () => {
  t = await createTestApp();
  official = await participationOfficialToken(t);
  process = await createTestProcess(t, { components: ['vote'] });
}, 60_000);
afterAll(async () => { await t.close(); });

const post = (url: string, who: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(who, fields) });
const page = (url: string, who: Browser | null = null) => t.app.inject({ url, cookies: who?.cookies });
const verifiedBrowser = async () => browserFor(t, (await verifiedVoter(t)).personId);
const receiptIn = (html: string) => /<code id="receipt">([0-9a-f ]+)<\/code>/.exec(html)![1]!.replaceAll(' ', '');

describe('the vote page', () => {
  let vote: VoteJsonLike;
  beforeAll(async () => { vote = await openVote(t, official, { process: process.id, minTurnoutPercent: 50, eligibleCount: 4 }); });

  it('explains to each reader what they can do', async () => {
    const anon = await page(`/participacion/votaciones/${vote.id}`);
    expect(anon.statusCode).toBe(200);
    expect(anon.body).toContain('inicie sesión con ClaveÚnica o con su cuenta');
    expect(anon.body).toContain('al menos el 50 % de las 4 personas habilitadas (2 o más)');
    expect(anon.body).not.toContain('type="radio"');
    expect((await page(`/participacion/votaciones/${vote.id}`, await signedIn(t))).body).toContain('Su identidad aún no está verificada');
    const voter = await page(`/participacion/votaciones/${vote.id}`, await verifiedBrowser());
    expect(voter.body.match(/type="radio"/g)).toHaveLength(3);
    expect(voter.body).toContain(`href="/participacion/procesos/${process.id}/votaciones"`);
    expect(voter.body).not.toContain('voto-asistido');
    expect(voter.body).toContain('action="/participacion/seguir"');
    const officialPage = await page(`/participacion/votaciones/${vote.id}`, await ACTORS.participationOfficial(t));
    expect(officialPage.body).toContain(`/participacion/votaciones/${vote.id}/voto-asistido`);
  });

  it('shows the receipt once (201, no-store), then answers a second submit with "ya votó"', async () => {
    const b = await verifiedBrowser();
    const cast = await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[1]!.id)]]);
    expect(cast.statusCode).toBe(201);
    expect(cast.headers['cache-control']).toBe('no-store');
    expect(receiptIn(cast.body)).toMatch(/^[0-9a-f]{40}$/);
    const again = await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[0]!.id)]]);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Usted ya votó en esta votación.');
    expect(again.body).not.toContain('id="receipt"');
    expect((await page(`/participacion/votaciones/${vote.id}`, b)).body).toContain('Su voto está guardado y es secreto.');
    const [row] = await queryRows<{ n: string | number }>(t.database.db, sql`select count(*) as n from participation_ballots where vote_id = ${vote.id}`);
    expect(Number(row!.n)).toBe(1);
  });

  it('re-renders the form with an error for no choice or a foreign option, and refuses the unverified', async () => {
    const b = await verifiedBrowser();
    const none = await post(`/participacion/votaciones/${vote.id}`, b, []);
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('error-summary');
    expect((await post(`/participacion/votaciones/${vote.id}`, b, [['choice', '999999']])).statusCode).toBe(422);
    const unverified = await post(`/participacion/votaciones/${vote.id}`, await signedIn(t), [['choice', String(vote.options[0]!.id)]]);
    expect(unverified.statusCode).toBe(403);
    expect(unverified.body).toContain('identidad verificada');
    expect((await post(`/participacion/votaciones/${vote.id}`, null, [['choice', String(vote.options[0]!.id)]])).statusCode).toBe(403); // no CSRF cookie
  });
});

describe('replacing through the form', () => {
  it('needs the old receipt, typed with or without spaces', async () => {
    const vote = await openVote(t, official, { allowReplace: true });
    const b = await verifiedBrowser();
    const first = receiptIn((await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[0]!.id)]])).body);
    const formPage = await page(`/participacion/votaciones/${vote.id}`, b);
    expect(formPage.body).toContain('name="replaces"');
    const wrong = await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[1]!.id)], ['replaces', 'f'.repeat(40)]]);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('no corresponde a su voto vigente');
    const spaced = first.match(/.{4}/g)!.join(' ').toUpperCase();
    const second = await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[1]!.id)], ['replaces', spaced]]);
    expect(second.statusCode).toBe(201);
    await closeVote(t, vote.id);
    const check = async (code: string) => (await post(`/participacion/votaciones/${vote.id}/comprobante`, b, [['code', code]])).body;
    expect(await check(first)).toContain('voto reemplazado');
    expect(await check(receiptIn(second.body))).toContain('Su voto fue contado');
    expect(await check('0'.repeat(40))).toContain('No hay ningún voto con ese comprobante');
  });
});

describe('results and receipt check pages', () => {
  it('wait for the close, then show counts, turnout, the binding rule and the bulletin links', async () => {
    const vote = await openVote(t, official, { minTurnoutPercent: 50, eligibleCount: 4 });
    const b = await verifiedBrowser();
    const receipt = receiptIn((await post(`/participacion/votaciones/${vote.id}`, b, [['choice', String(vote.options[2]!.id)]])).body);
    expect((await page(`/participacion/votaciones/${vote.id}/resultados`)).body).toContain('Los resultados se publican cuando la votación cierra');
    const early = await page(`/participacion/votaciones/${vote.id}/comprobante`);
    expect(early.body).toContain('Podrá comprobar su voto cuando la votación cierre');
    expect((await post(`/participacion/votaciones/${vote.id}/comprobante`, b, [['code', receipt]])).statusCode).toBe(409);
    await closeVote(t, vote.id);
    const results = await page(`/participacion/votaciones/${vote.id}/resultados`);
    expect(results.body).toContain('Votaron 1 de 4 personas habilitadas (25 %).');
    expect(results.body).toContain('Resultado consultivo: no se alcanzó la participación mínima del 50 % (se necesitaban 2 personas).');
    expect(results.body).toMatch(/<th scope="row">Feria<\/th><td class="num">1<\/td><td class="num">100<\/td>/);
    expect(results.body).toContain(`/api/v1/participation/votes/${vote.id}/bulletin?format=csv`);
    const anonymousCheck = await page(`/participacion/votaciones/${vote.id}/comprobante`);
    const cookies = Object.fromEntries(anonymousCheck.cookies.map((c) => [c.name, c.value]));
    const csrf = /name="_csrf" value="([^"]+)"/.exec(anonymousCheck.body)![1]!;
    const counted = await post(`/participacion/votaciones/${vote.id}/comprobante`, { personId: 0, cookies, csrf }, [['code', receipt]]);
    expect(counted.body).toContain('Su voto fue contado: está en el boletín.');
  });
});

describe('a process\'s votes and the new vote form', () => {
  it('lists the votes of the process', async () => {
    const vote = await openVote(t, official, { process: process.id, title: 'Orden de obras 2027' });
    const list = await page(`/participacion/procesos/${process.id}/votaciones`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`<a href="/participacion/votaciones/${vote.id}">Orden de obras 2027</a>`);
    expect((await page('/participacion/procesos/999999/votaciones')).statusCode).toBe(404);
  });

  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403],
    ['participationOfficial', 200], ['admin', 200], ['otherAdmin', 403], ['platformAdmin', 200],
  ] satisfies AccessTable)('form: %s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await page(`/participacion/votaciones/nueva?proceso=${process.id}`, b)).statusCode).toBe(status);
    const created = await post('/participacion/votaciones', b, [['process', String(process.id)], ['title', `Por ${who}`],
      ['options', 'Plaza Teodoro Schmidt\nParque Costanera'], ['choice', 'single'], ['opensAt', '2027-03-01 09:00'], ['closesAt', '2027-03-15 18:00']]);
    expect(created.statusCode).toBe(status === 200 ? 303 : 403);
  });

  it('creates a vote from the form, audited, and re-renders it with errors kept', async () => {
    const b = await ACTORS.participationOfficial(t);
    const bad = await post('/participacion/votaciones', b, [['process', String(process.id)], ['title', 'Solo una'],
      ['options', 'Única'], ['choice', 'single'], ['opensAt', '2027-03-01 09:00'], ['closesAt', 'mañana']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Solo una');
    const created = await post('/participacion/votaciones', b, [['process', String(process.id)], ['title', 'Primera plaza a renovar'],
      ['options', 'Plaza Teodoro Schmidt\n\nParque Costanera\n'], ['choice', 'multiple'], ['maxChoices', '2'], ['allowReplace', 'true'],
      ['opensAt', '2027-03-01 09:00'], ['closesAt', '2027-03-15 18:00'], ['minTurnoutPercent', '20'], ['eligibleCount', '1000']]);
    expect(created.statusCode).toBe(303);
    const id = Number(/\/participacion\/votaciones\/(\d+)$/.exec(created.headers.location as string)![1]);
    const vote = (await t.app.inject({ url: `/api/v1/participation/votes/${id}` })).json();
    expect(vote).toMatchObject({ processId: process.id, maxChoices: 2, allowReplace: true, opensAt: '2027-03-01T12:00:00.000Z',
      bindingRule: { minTurnoutPercent: 20, eligibleCount: 1000 }, options: [{ label: 'Plaza Teodoro Schmidt' }, { label: 'Parque Costanera' }] });
    const audit = await queryRows<{ actor_id: number }>(t.database.db, sql`select actor_id from audit_log where action = 'participation.vote.create' and resource_id = ${String(id)}`);
    expect(audit).toEqual([{ actor_id: b!.personId }]);
  });
});
