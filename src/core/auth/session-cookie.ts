// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site POSTs), Secure
// when the site is served over HTTPS, and valid for the whole site.
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import { SESSION_COOKIE } from './actor.js';

const options = (config: Config) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies });

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): FastifyReply {
  return reply.setCookie(SESSION_COOKIE, token, { ...options(config), expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): FastifyReply {
  return reply.clearCookie(SESSION_COOKIE, options(config));
}
