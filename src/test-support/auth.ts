// Test helpers for the account flows: a web client that keeps cookies and submits forms with the CSRF token of the
// page it last loaded (as a browser does), a real SMTP mailbox, and people with passwords who sign in through
// /ingresar. For tests about what a role may do rather than about signing in, see people.ts.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { createPerson } from '../core/auth/commands/create-person.js';
import { grantRole } from '../core/auth/commands/grant-role.js';
import type { Role } from '../core/auth/schema.js';
import { CSRF_COOKIE } from '../core/http/csrf.js';
import type { ModuleName } from '../core/policy.js';
import { findInstitution } from '../core/tenancy/queries.js';
import type { TestApp } from './app.js';

/** The CSRF cookie a response set (if it set one) and the token in its form's hidden `_csrf` field. */
export function csrfFrom(res: LightMyRequestResponse): { cookie: string | undefined; token: string | undefined } {
  return {
    cookie: res.cookies.find((c) => c.name === CSRF_COOKIE)?.value,
    token: /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1],
  };
}

let clients = 0;

export class WebClient {
  readonly cookies: Record<string, string> = {};
  /** The CSRF token of the last page with a form. */
  csrf: string | undefined;

  /** Each client browses from its own address, so per-IP rate limits count one client's attempts only. */
  constructor(readonly app: FastifyInstance, readonly remoteAddress = `10.0.${Math.floor(++clients / 250)}.${(clients % 250) + 1}`) {}

  async get(url: string, headers: Record<string, string> = {}) {
    const res = await this.app.inject({ method: 'GET', url, headers, cookies: this.cookies, remoteAddress: this.remoteAddress });
    this.keep(res);
    this.csrf = csrfFrom(res).token ?? this.csrf;
    return res;
  }

  /** Submits a form, adding `_csrf` from the last page unless the fields set it (null leaves the field out). */
  async post(url: string, fields: Record<string, string | null> = {}, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    if (!('_csrf' in fields) && this.csrf) body.set('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) if (value !== null) body.append(name, value);
    const res = await this.app.inject({
      method: 'POST', url, payload: body.toString(), cookies: this.cookies, remoteAddress: this.remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    this.keep(res);
    return res;
  }

  /** Loads the page a redirect points to (showing the flash message it set). */
  follow(res: LightMyRequestResponse) {
    return this.get(String(res.headers.location));
  }

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const cleared = c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (cleared) delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
  }
}

export interface TestPerson { id: number; name: string; email: string; password: string }
let people = 0;

/** A person with a password (and optionally a role), made directly in the database. */
export async function createPersonWithPassword(t: TestApp, spec: {
  confirmed?: boolean; role?: Role; institution?: string; permissions?: ModuleName[];
} = {}): Promise<TestPerson> {
  const n = ++people;
  const input = { name: `Cuenta ${n}`, email: `cuenta${n}@test.cabildo.cl`, password: `frase secreta ${n}`, emailConfirmed: spec.confirmed ?? true };
  const { db } = t.database;
  const institution = spec.institution ? await findInstitution(db, spec.institution) : null;
  const id = await db.transaction(async (tx) => {
    const person = await createPerson(tx, input, { id: null, label: 'test' });
    if (spec.role) await grantRole(tx, { personId: person.id, role: spec.role, institutionId: institution?.id ?? null, permissions: spec.permissions }, { id: null, label: 'test' });
    return person.id;
  });
  return { id, name: input.name, email: input.email, password: input.password };
}

/** Signs in through the sign-in form; the response is the 303 on success. */
export async function signIn(client: WebClient, email: string, password: string, next?: string) {
  await client.get(next ? `/ingresar?next=${encodeURIComponent(next)}` : '/ingresar');
  return client.post('/ingresar', { email, password, ...(next ? { next } : {}) });
}

/** Registers through /registro and signs in: a resident whose email is not confirmed yet. */
export async function signUpAndSignIn(app: FastifyInstance, client = new WebClient(app)) {
  const n = ++people;
  const person = { name: `Vecina ${n}`, email: `vecina${n}@test.cabildo.cl`, password: `mi frase secreta ${n}` };
  await client.get('/registro');
  const registered = await client.post('/registro', { ...person, passwordConfirm: person.password });
  if (registered.statusCode !== 303) throw new Error(`registration failed: ${registered.statusCode}`);
  const signedIn = await signIn(client, person.email, person.password);
  if (signedIn.statusCode !== 303) throw new Error(`sign-in failed: ${signedIn.statusCode}`);
  return { client, ...person };
}

export interface ReceivedMail {
  to: string[];
  /** The message as received, with quoted-printable decoded (headers stay encoded). */
  text: string;
}

export interface Mailbox {
  /** SMTP_URL for createTestApp. */
  url: string;
  messages: ReceivedMail[];
  /** The next message to `to` not returned before, waiting for it to arrive. */
  next(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** An SMTP server on a random local port that keeps what it receives (no TLS, no authentication). */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(to) {
      for (let waited = 0; waited < 5000; waited += 20) {
        const mail = messages.find((m) => !taken.has(m) && m.to.includes(to));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no email to ${to}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link to `prefix` (e.g. "/confirmar") in an email, whole: a browser journey checks its origin too. */
export function urlIn(mail: ReceivedMail, prefix: string): URL {
  const match = new RegExp(`https?://[^/\\s"]+${prefix}/[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${prefix} link in the email`);
  return new URL(match[0]);
}

/** The path of the link to `prefix` in an email, to follow it through app.inject. */
export const linkIn = (mail: ReceivedMail, prefix: string): string => urlIn(mail, prefix).pathname;
