// Factories for supplier tests: form fields and API bodies of a valid supplier (a company, or a joint venture whose
// second member is a natural person), page and form requests as a browser, and a signed-in person whose email is not
// confirmed yet.
import type { TestApp } from '../../../test-support/app.js';
import { createPerson } from '../../../core/auth/commands/create-person.js';
import { computeDv } from '../../../core/identity/run.js';
import { browserFor, type Browser } from '../../../test-support/people.js';

let counter = 0;
/** A distinct valid RUT per call (76.100.00n-D). */
export function nextRut(): string {
  const n = 76_100_000 + ++counter;
  return `${n}-${computeDv(n)}`;
}

/** A natural person's RUT used as a joint-venture member: it must never appear in public output. */
export const NATURAL_PERSON_RUT = '15.222.333-1';

export const companyBody = (extra: Record<string, unknown> = {}) => ({
  kind: 'company', legalName: 'Datos del Sur SpA', rut: nextRut(), size: 'small', comunaCode: '09101', description: 'Analítica para municipios.',
  website: 'https://datosdelsur.cl', categories: ['data-analytics', 'software-development'],
  references: [{ client: 'Municipalidad de Padre Las Casas', description: 'Tablero de gestión', year: 2024, amount: 12_000_000 }], ...extra,
});

export const jvBody = (extra: Record<string, unknown> = {}) => ({
  kind: 'joint_venture', legalName: 'UTP Araucanía Digital', size: 'micro', comunaCode: '09112', categories: ['civic-initiative'],
  members: [
    { rut: nextRut(), name: 'Cooperativa Tecnológica Wallmapu', kind: 'cooperative', size: 'micro', comunaCode: '09101', sharePercent: 60 },
    { rut: NATURAL_PERSON_RUT, name: 'Ana Millaqueo', kind: 'company', size: 'micro', comunaCode: '09112', naturalPerson: true, sharePercent: 40 },
  ], ...extra,
});

/** The same input as the registration form's fields (numbered rows). */
export function formFields(body: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(body)) {
    if (k === 'categories') (v as string[]).forEach((c) => out.push(['categories', c]));
    else if (k === 'members' || k === 'references') {
      (v as Array<Record<string, unknown>>).forEach((row, i) => Object.entries(row).forEach(([f, x]) => out.push([`${k}.${i + 1}.${f}`, String(x)])));
    } else out.push([k, String(v)]);
  }
  return out;
}

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
export const page = (t: TestApp, url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });
export const postForm = (t: TestApp, url: string, b: Browser | null, fields: Array<[string, string]>, csrf = true) => {
  const body = new URLSearchParams(b && csrf ? [['_csrf', b.csrf], ...fields] : fields);
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) }, payload: body.toString() });
};

/** A signed-in person who has not confirmed their email. */
export async function unconfirmed(t: TestApp): Promise<Browser> {
  const p = await t.database.db.transaction((tx) => createPerson(tx, { email: `unconfirmed${++counter}@test.cabildo.cl`, name: 'Sin Confirmar', emailConfirmed: false }, { id: null, label: 'test' }));
  return browserFor(t, p.id);
}

/** Registers a supplier through the form as `b`; returns its id. */
export async function registerVia(t: TestApp, b: Browser, body: Record<string, unknown>): Promise<number> {
  const res = await postForm(t, '/compras/proveedores', b, formFields(body));
  if (res.statusCode !== 303) throw new Error(`not registered: ${res.statusCode} ${res.body.slice(0, 2000)}`);
  return Number(/\/compras\/proveedores\/(\d+)$/.exec(res.headers.location as string)![1]);
}
