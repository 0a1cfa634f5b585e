// Factories and checks for the publications area's tests: a steward's multipart post of the publication form, a
// panel posted through its form, a tiny valid PDF, and a strict XML well-formedness check for the Atom feed (no XML
// parser ships with the app; this one refuses anything XML 1.0 would, for the documents feed.ts writes).
import type { TestApp } from '../../../test-support/app.js';
import { formPost, type Browser } from '../../../test-support/people.js';
import { multipart, MULTIPART_BOUNDARY, type FilePart } from '../../../test-support/multipart.js';
import { writeDemoPdf } from './demo-pdf.js';

export const PDF = writeDemoPdf('Prueba', ['Una línea']);

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts the publication form (new at /observatorio/publicaciones, or an edit URL) as `who`, multipart like a browser. */
export const postPublicationForm = (t: TestApp, who: Browser | null, url: string, fields: Array<[string, string]>, file?: FilePart) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`, ...(who ? { cookie: cookieHeader(who) } : {}) },
    payload: multipart([...(who ? [['_csrf', who.csrf] as [string, string]] : []), ...fields], file) });

export const publicationFields = (over: Record<string, string> = {}): Array<[string, string]> => Object.entries({
  kind: 'brief', title: 'Plataformas compartidas en 2026', summary: 'Qué muestra el índice y cómo avanzar.', body: '## Hallazgos\n\nTexto de la nota.', ...over });

/** Creates and publishes a publication as `steward`; returns its slug. */
export async function publishVia(t: TestApp, steward: Browser, over: Record<string, string> = {}, file?: FilePart): Promise<string> {
  const res = await postPublicationForm(t, steward, '/observatorio/publicaciones', publicationFields(over), file);
  if (res.statusCode !== 303) throw new Error(`publication not created: ${res.statusCode}`);
  const url = String(res.headers.location);
  const pub = await t.app.inject({ url: `${url}/publicar`, ...formPost(steward, []) });
  if (pub.statusCode !== 303) throw new Error(`not published: ${pub.statusCode}`);
  return url.split('/').pop()!;
}

export const panelFields = (over: Record<string, string> = {}): Array<[string, string]> => Object.entries({
  title: 'Panel de prueba', description: 'Una conversación sobre plataformas.', startsAt: '2026-12-03T18:00', durationMinutes: '90',
  speakers: 'Ana Pérez, Municipalidad de Temuco\nLuis Soto', videoUrl: '', summary: '', ...over });

export async function createPanelVia(t: TestApp, steward: Browser, over: Record<string, string> = {}): Promise<string> {
  const res = await t.app.inject({ url: '/observatorio/paneles', ...formPost(steward, panelFields(over)) });
  if (res.statusCode !== 303) throw new Error(`panel not created: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return String(res.headers.location).split('/').pop()!;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const TEXT_OK = /^(?:[^<&]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;
const ATTRS = new RegExp(`^(?:\\s+${NAME}\\s*=\\s*"(?:[^"<&]|&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)*")*\\s*$`);

/** Throws where `xml` is not well-formed: one root, tags nested and closed, attributes quoted, only the five entities. */
export function assertWellFormedXml(xml: string): void {
  let rest = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (!TEXT_OK.test(text)) throw new Error(`bad text: ${text.slice(0, 80)}`);
    if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 80)}`);
    if (lt < 0) break;
    const gt = rest.indexOf('>', lt);
    if (gt < 0) throw new Error('unclosed tag');
    const tag = rest.slice(lt + 1, gt);
    rest = rest.slice(gt + 1);
    const close = new RegExp(`^/(${NAME})\\s*$`).exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`mismatched </${close[1]}>`);
      continue;
    }
    const open = new RegExp(`^(${NAME})([^]*?)(/?)$`).exec(tag);
    if (!open || !ATTRS.test(open[2]!)) throw new Error(`bad tag <${tag.slice(0, 80)}>`);
    if (stack.length === 0 && ++roots > 1) throw new Error('more than one root');
    if (!open[3]) stack.push(open[1]!);
  }
  if (stack.length || roots !== 1) throw new Error(`unclosed: ${stack.join(' > ')}`);
}
