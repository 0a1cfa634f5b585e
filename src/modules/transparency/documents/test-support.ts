// Factories for the documents' tests: an information request written straight into transparency_requests (these
// tests are about documents, not about filing), and multipart uploads as a browser or an API client sends them.
import { createHash, randomBytes } from 'node:crypto';
import type { TestApp } from '../../../test-support/app.js';
import type { Browser } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { transparencyRequests } from '../requests/schema.js';
import { multipart, MULTIPART_BOUNDARY as BOUNDARY, type FilePart } from '../../../test-support/multipart.js';

let counter = 0;

/** An answered request of the institution, with its requester's name; returns its id and folio. */
export async function createRequestRow(t: TestApp, institution = 'temuco', requesterName = 'Camila Antileo Rojas') {
  const inst = (await findInstitution(t.database.db, institution))!;
  const folio = `2026-${String(++counter).padStart(6, '0')}`;
  const [row] = await t.database.db.insert(transparencyRequests).values({
    institutionId: inst.id, folio, subject: 'Subsidios de arriendo entregados en 2026', body: 'Solicito la lista de subsidios de arriendo entregados en 2026.',
    requesterName, requesterEmail: 'camila@example.cl', accessTokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
    filedAt: new Date('2026-03-02T12:00:00Z'), state: 'answered', answerKind: 'delivered', answeredAt: new Date('2026-03-20T12:00:00Z'),
  }).returning({ id: transparencyRequests.id });
  return { id: row!.id, folio, slug: inst.slug, url: `/instituciones/${inst.slug}/transparencia/solicitudes/${folio}/documentos` };
}

/** An API client's upload with a bearer token (or none). */
export function uploadWithToken(t: TestApp, token: string | null, url: string, fields: Array<[string, string]>, file?: FilePart) {
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: multipart(fields, file) });
}

/** A browser's upload form post (its cookies, and its CSRF token first unless `csrf` is false). */
export function uploadAs(t: TestApp, who: Browser | null, url: string, fields: Array<[string, string]>, file?: FilePart, csrf = true) {
  return t.app.inject({ method: 'POST', url, cookies: who?.cookies, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: multipart([...(who && csrf ? [['_csrf', who.csrf] as [string, string]] : []), ...fields], file) });
}

export { multipart };
