// CSRF protection for every state-changing request made with cookies (forms and same-site fetches).
// A random per-browser cookie is paired with a token derived from it by HMAC with SESSION_SECRET: a page from this
// site embeds the token in each form; another site can neither read the cookie nor compute the token.
// Requests authenticated by an API token (Authorization: Bearer) carry no ambient credentials and are exempt.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfRejected } from './errors.js';

export const CSRF_COOKIE = 'cabildo_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenFor(secret: string, cookieValue: string): string {
  return createHmac('sha256', secret).update(`csrf:${cookieValue}`).digest('base64url');
}

/** Returns the token for this browser, setting the cookie if it has none yet. */
export function ensureCsrfToken(request: FastifyRequest, reply: FastifyReply, secret: string, secure: boolean): string {
  let value = request.cookies[CSRF_COOKIE];
  if (!value || value.length < 20) {
    value = randomBytes(24).toString('base64url');
    request.cookies[CSRF_COOKIE] = value;
    reply.setCookie(CSRF_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  }
  return csrfTokenFor(secret, value);
}

export function verifyCsrf(request: FastifyRequest, secret: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization?.startsWith('Bearer ')) return;
  const cookie = request.cookies[CSRF_COOKIE];
  const body = request.body as Record<string, unknown> | undefined;
  const sent = (typeof body?.[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : undefined) ?? request.headers[CSRF_HEADER];
  if (!cookie || typeof sent !== 'string') throw csrfRejected();
  const expected = Buffer.from(csrfTokenFor(secret, cookie));
  const given = Buffer.from(sent);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw csrfRejected();
}
