// The debate pages without JavaScript: the thread, the no-JS reply pattern (?responder=…#form), forms that post and
// redirect (303) or re-render with 422, votes, reports, the hidden placeholder and moderation controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import type { TestProcess } from '../processes/test-support.js';
import { comment, commenter, countersOf, debateProcess, testProposal, type Commenter } from './test-support.js';

let t: TestApp;
let process: TestProcess;
let ana: Commenter;
beforeAll(async () => {
  t = await createTestApp();
  process = await debateProcess(t);
  ana = await commenter(t);
}, 60_000);
afterAll(async () => { await t.close(); });

const page = (who: Browser | null, query = '') => t.app.inject({ url: `/participacion/procesos/${process.id}/debate${query}`, cookies: who?.cookies });
const post = (who: Browser | null, url: string, form: Record<string, string>) => t.app.inject({
  method: 'POST', url, cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: who?.csrf ?? '', ...form }).toString(),
});

describe('the debate page', () => {
  it('shows threads, the summary and a sign-in link to anonymous readers, with no form', async () => {
    const id = await comment(t, ana, process, { body: 'Propongo más bancas en la plaza.', alignment: 'for' });
    const res = await page(null);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Propongo más bancas en la plaza.');
    expect(res.body).toContain('Ingrese para comentar');
    expect(res.body).not.toContain('name="body"');
    expect(res.body).toMatch(/<span class="tag">A favor<\/span> 1/);
    // The no-JS links open forms only for who may use them: not a reply, edit or moderation form for a stranger.
    for (const q of ['responder', 'editar', 'moderar', 'denunciar']) expect((await page(null, `?${q}=${id}`)).body, q).not.toContain('id="form"');
    expect((await page(await signedIn(t), `?editar=${id}`)).body).not.toContain('Editar su comentario');
  });

  it('is there for proposals too, and 404 for an unknown target or segment', async () => {
    const proposal = await testProposal(t, process, ana.personId);
    expect((await t.app.inject({ url: `/participacion/propuestas/${proposal}/debate` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/participacion/propuestas/999999/debate' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/participacion/votaciones/${process.id}/debate` })).statusCode).toBe(404);
  });

  it('posts a comment and a reply with forms: 303 to the comment, then shown nested', async () => {
    const root = await page(ana);
    const key = /name="submission" value="([^"]+)"/.exec(root.body)![1]!;
    const res = await post(ana, `/participacion/procesos/${process.id}/debate`, { body: 'Falta iluminación en el pasaje.', alignment: 'against', submission: key });
    expect(res.statusCode).toBe(303);
    const again = await post(ana, `/participacion/procesos/${process.id}/debate`, { body: 'Falta iluminación en el pasaje.', alignment: 'against', submission: key });
    expect(again.headers.location).toBe(res.headers.location);
    const id = Number(/#c-(\d+)$/.exec(res.headers.location as string)![1]);
    const beto = await signedIn(t);
    const form = await page(beto, `?responder=${id}`);
    expect(form.body).toContain('name="parentId" value="' + id + '"');
    expect(form.body).toContain('Responder a Persona');
    const reply = await post(beto, `/participacion/procesos/${process.id}/debate`, { body: 'De acuerdo, el pasaje está oscuro.', alignment: 'for', parentId: String(id) });
    expect(reply.statusCode).toBe(303);
    const after = (await page(null)).body;
    expect(after).toMatch(new RegExp(`<article class="card" id="c-${id}"[\\s\\S]*<article class="card" id="c-\\d+"[^>]*><p[^>]*><strong>Persona \\d+</strong>[\\s\\S]*De acuerdo, el pasaje está oscuro.`));
  });

  it('re-renders with 422, the error linked to the field and the text kept', async () => {
    const res = await post(ana, `/participacion/procesos/${process.id}/debate`, { body: 'x', alignment: 'for' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#f-body"');
    expect(res.body).toMatch(/<textarea id="f-body"[^>]*>x<\/textarea>/);
  });

  it('votes with buttons, edits within the window and shows "editado"', async () => {
    const id = await comment(t, ana, process, { body: 'Un paradero techado en Pedro de Valdivia.' });
    const beto = await signedIn(t);
    expect((await post(beto, `/participacion/comentarios/${id}/voto`, { value: '1' })).statusCode).toBe(303);
    expect(await countersOf(t, id)).toMatchObject({ up: 1, down: 0 });
    expect((await page(beto)).body).toContain('aria-pressed="true"');
    await post(beto, `/participacion/comentarios/${id}/voto`, { value: '0' });
    expect(await countersOf(t, id)).toMatchObject({ up: 0, down: 0 });
    const editForm = await page(ana, `?editar=${id}`);
    expect(editForm.body).toMatch(/<textarea id="f-body"[^>]*>Un paradero techado en Pedro de Valdivia.<\/textarea>/);
    expect((await post(ana, `/participacion/comentarios/${id}/editar`, { body: 'Un paradero techado y con luz.', alignment: 'for' })).statusCode).toBe(303);
    expect((await post(beto, `/participacion/comentarios/${id}/editar`, { body: 'Intento ajeno.', alignment: 'for' })).statusCode).toBe(403);
    expect((await page(null)).body).toMatch(/· editado/);
  });

  it('reports with a reason; hidden comments keep their place with the placeholder and never their text', async () => {
    const id = await comment(t, ana, process, { body: 'Comentario que tres personas denuncian.' });
    await comment(t, ana, process, { parentId: id, body: 'Una respuesta que sigue visible.' });
    for (let i = 0; i < 3; i++) {
      const who = await signedIn(t);
      expect((await page(who, `?denunciar=${id}`)).body).toContain('<option value="personal_data"');
      expect((await post(who, `/participacion/comentarios/${id}/denuncia`, { reason: 'offensive' })).statusCode).toBe(303);
    }
    for (const who of [null, ana, await signedIn(t, 'official', 'temuco', ['participation'])]) {
      const html = (await page(who)).body;
      expect(html).not.toContain('tres personas denuncian');
      expect(html).toContain('Comentario oculto por moderación.');
      expect(html).toContain('Una respuesta que sigue visible.');
    }
  });
});

describe('moderation controls on the page', () => {
  it.each([
    ['anonymous', 403], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['participationOfficial', 303], ['admin', 303],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const id = await comment(t, await commenter(t), process);
    const b = await ACTORS[who](t);
    expect((await page(b)).body.includes(`moderar=${id}`)).toBe(status === 303);
    expect((await post(b, `/participacion/comentarios/${id}/moderacion`, { action: 'hide', reason: 'Prueba de permisos.' })).statusCode).toBe(status);
  });
});
