// Factories for the publications area's tests: a steward's multipart post of the publication form, a panel posted
// through its form, a tiny valid PDF. The feed's well-formedness check is shared (src/test-support/xml.ts).
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
