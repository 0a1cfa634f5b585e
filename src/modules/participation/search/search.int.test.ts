import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { createTestProcess } from '../processes/test-support.js';
import { participationProposals } from '../proposals/schema.js';
import { participationComments } from '../debate/schema.js';
import { snippetParts } from './snippet.js';

let t: TestApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const author = (await signedIn(t)).personId;
  const temuco = await createTestProcess(t, { title: 'Participación ciudadana en el plan de plazas' });
  const valdivia = await createTestProcess(t, { institution: 'valdivia', title: 'Costanera y ciclovías de Valdivia' });
  ids.process = temuco.id;
  ids.valdiviaProcess = valdivia.id;
  const proposal = (title: string, body: string, state: 'published' | 'held' = 'published', process = temuco) =>
    db.insert(participationProposals).values({ institutionId: process.institutionId, processId: process.id, authorId: author, title, body, state })
      .returning({ id: participationProposals.id }).then(([r]) => r!.id);
  ids.proposal = await proposal('Más sombra en la plaza Aníbal Pinto', 'Árboles nativos y toldos para los juegos infantiles.');
  ids.held = await proposal('Oferta increíble plaza', 'Compre ahora <script>alert(1)</script> plaza', 'held');
  ids.valdiviaProposal = await proposal('Plaza de la costanera', 'Bancas frente al río.', 'published', valdivia);
  let nextComment = 1000;
  const comment = async (body: string, hidden = false) => {
    const id = ++nextComment;
    await db.insert(participationComments).values({
      id, institutionId: temuco.institutionId, targetType: 'proposal', targetId: ids.proposal!, parentId: null, rootId: id,
      path: String(id).padStart(10, '0'), depth: 0, authorId: author, body, status: hidden ? 'hidden' : 'visible', hiddenAt: hidden ? new Date() : null,
    });
    return id;
  };
  ids.comment = await comment('Apoyo la idea: en verano la plaza no tiene sombra <b>ninguna</b>.');
  ids.hidden = await comment('Comentario ofensivo sobre la plaza que fue ocultado.', true);
  for (let i = 0; i < 25; i++) await comment(`Opinión número ${i} sobre los columpios del sector.`);
});
afterAll(async () => { await t.close(); });

const api = async (qs: string) => {
  const res = await t.app.inject({ url: `/api/v1/participation/search?${qs}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Array<{ type: string; id: number; title: string; url: string; snippet: Array<{ text: string; match: boolean }> }>; next: string | null };
};
const found = async (qs: string) => (await api(qs)).items.map((i) => `${i.type}:${i.id}`);

describe('search across processes, proposals and comments', () => {
  it('ignores accents both ways', async () => {
    expect(await found('q=participacion')).toContain(`process:${ids.process}`);
    expect(await found('q=ÁRBOLES NATIVOS')).toContain(`proposal:${ids.proposal}`);
    expect(await found('q=arboles')).toContain(`proposal:${ids.proposal}`);
    expect(await found(`q=${encodeURIComponent('cíclovías')}`)).toEqual([`process:${ids.valdiviaProcess}`]);
  });

  it('stems Spanish words: "plazas" finds "plaza", "columpio" finds "columpios"', async () => {
    expect(await found('q=plazas&type=proposal')).toEqual(expect.arrayContaining([`proposal:${ids.proposal}`, `proposal:${ids.valdiviaProposal}`]));
    expect((await found('q=columpio&limit=50')).length).toBe(25);
  });

  it('never shows hidden comments nor proposals held for review', async () => {
    const all = await found('q=plaza&limit=100');
    expect(all).toContain(`comment:${ids.comment}`);
    expect(all).not.toContain(`comment:${ids.hidden}`);
    expect(all).not.toContain(`proposal:${ids.held}`);
    expect(await found('q=ofensivo')).toEqual([]);
    expect(await found('q=increible')).toEqual([]);
  });

  it('filters by type and institution, and links each hit to its page', async () => {
    expect(await found('q=plaza&type=comment')).toEqual([`comment:${ids.comment}`]);
    expect(await found('q=plaza&institution=valdivia')).toEqual([`proposal:${ids.valdiviaProposal}`]);
    const [hit] = (await api('q=sombra&type=comment')).items;
    expect(hit).toMatchObject({ title: 'Más sombra en la plaza Aníbal Pinto', url: `/participacion/propuestas/${ids.proposal}/debate#c-${ids.comment}` });
    expect((await api('q=sombra&type=proposal')).items[0]!.url).toBe(`/participacion/propuestas/${ids.proposal}`);
    expect((await t.app.inject({ url: '/api/v1/participation/search?q=plaza&institution=atlantida' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/participation/search?q=' })).statusCode).toBe(400);
  });

  it('pages by cursor without repeats or gaps', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api>> = await api(`q=columpios&limit=7${next ? `&cursor=${next}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((i) => `${i.type}:${i.id}`));
      next = page.next;
    } while (next);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('highlights the words found as data, keeping what people wrote as text', async () => {
    const [hit] = (await api('q=sombra&type=comment')).items;
    expect(hit!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['sombra']);
    // ts_headline drops what looks like markup; whatever remains is plain text, escaped on the page.
    expect(hit!.snippet.map((p) => p.text).join('')).not.toContain('<b>');
    const page = await t.app.inject({ url: '/participacion/buscar?q=sombra' });
    expect(page.body).toContain('<mark>sombra</mark>');
    expect(page.body).not.toContain('<b>ninguna');
    const amp = await t.app.inject({ url: '/participacion/buscar?q=columpios' });
    expect(amp.body).toContain('Opinión número 0 sobre los <mark>columpios</mark> del sector');
    expect(page.body).toContain(`href="/participacion/propuestas/${ids.proposal}"`);
  });

  it('the page works without words, and says when nothing is found', async () => {
    expect((await t.app.inject({ url: '/participacion/buscar' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/participacion/buscar?q=xilofono' })).body).toContain('No encontramos nada con esas palabras.');
  });
});

describe('snippetParts', () => {
  it('splits on the markers and tolerates stray ones', () => {
    expect(snippetParts('la \uE000plaza\uE001 y la \uE000pública\uE001.')).toEqual([
      { text: 'la ', match: false }, { text: 'plaza', match: true }, { text: ' y la ', match: false }, { text: 'pública', match: true }, { text: '.', match: false },
    ]);
    expect(snippetParts('sin marcas \uE001 raras')).toEqual([{ text: 'sin marcas  raras', match: false }]);
  });
});
