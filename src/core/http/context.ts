// Per-request context shared by every route: the reader's language, the actor (session cookie or API token),
// CSRF checking for state-changing requests, flash messages, and `reply.html()` for server-rendered pages.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { negotiateLocale, translator, type Locale, type MessageKey, type Translate } from '../i18n/index.js';
import type { Actor } from '../policy.js';
import type { AccountLink, Flash, ViewContext } from '../views/context.js';
import { actorFromApiToken, actorFromSession, SESSION_COOKIE } from '../auth/actor.js';
import { ensureCsrfToken, verifyCsrf } from './csrf.js';
import { unauthorized } from './errors.js';

const FLASH_COOKIE = 'cabildo_flash';
const LANG_COOKIE = 'lang';
const YEAR = 365 * 24 * 3600;

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    actor: Actor | null;
    flash?: Flash;
    accountLinks?: AccountLink[];
    /** The view context for pages rendered in this request (sets the CSRF cookie on first use). */
    view(): ViewContext;
  }
  interface FastifyReply {
    /** Renders a page component tree to an HTML document (after reading the signed-in person's menu links). */
    html(node: VNode, statusCode?: number): Promise<FastifyReply>;
    /** Shows `text` once on the next page this browser loads (post/redirect/get). */
    flash(kind: Flash['kind'], key: MessageKey, params?: Record<string, string | number>): FastifyReply;
  }
  interface FastifyContextConfig {
    /**
     * The route authenticates the request by a secret in its URL instead of a session, so there is nothing for a
     * cross-site request to ride on: e.g. one-click unsubscribe (RFC 8058), which mail providers POST without cookies.
     */
    csrfExempt?: boolean;
  }
}

type AccountLinks = (db: Db, personId: number) => Promise<AccountLink[]>;

export const requestContext = fp(async (app: FastifyInstance, { config, db, accountLinks = [] }: { config: Config; db: Db; accountLinks?: AccountLinks[] }) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };

  app.decorateRequest('locale', 'es-CL');
  app.decorateRequest('t', null as unknown as Translate);
  app.decorateRequest('actor', null);
  app.decorateRequest('flash', undefined);
  const replies = new WeakMap<FastifyRequest, FastifyReply>();
  app.decorateRequest('view', function (this: FastifyRequest) {
    return buildView(this, replies.get(this)!);
  });

  function buildView(request: FastifyRequest, reply: FastifyReply): ViewContext {
    let csrfToken: string | undefined;
    return {
      locale: request.locale,
      t: request.t,
      actor: request.actor,
      // Only a page that renders a POST form asks for the token, and only then gets the cookie: public pages
      // without forms go out without Set-Cookie, so shared caches may keep them.
      get csrfToken() {
        csrfToken ??= ensureCsrfToken(request, reply, config.sessionSecret, config.secureCookies);
        return csrfToken;
      },
      url: request.url,
      flash: request.flash,
      get accountLinks() {
        return request.accountLinks;
      },
    };
  }

  app.decorateReply('html', async function (this: FastifyReply, node: VNode, statusCode = 200) {
    const { actor } = this.request;
    if (actor && accountLinks.length > 0) this.request.accountLinks = await linksFor(actor.personId, this.request);
    return this.code(statusCode).type('text/html; charset=utf-8').send(`<!doctype html>${renderToString(node)}`);
  });

  /** The menu is an aid: a failure to read it (the database down, on an error page) leaves it out, never the page. */
  async function linksFor(personId: number, request: FastifyRequest): Promise<AccountLink[]> {
    try {
      return (await Promise.all(accountLinks.map((links) => links(db, personId)))).flat();
    } catch (err) {
      request.log.warn({ err }, 'account links unavailable');
      return [];
    }
  }
  app.decorateReply('flash', function (this: FastifyReply, kind: Flash['kind'], key: MessageKey, params?: Record<string, string | number>) {
    const text = this.request.t(key, params);
    return this.setCookie(FLASH_COOKIE, JSON.stringify({ kind, text }), { ...cookieOptions, signed: true, maxAge: 60 });
  });

  app.addHook('onRequest', async (request, reply) => {
    replies.set(request, reply);
    const query = request.query as Record<string, unknown> | undefined;
    request.locale = negotiateLocale(query?.lang, request.cookies[LANG_COOKIE], request.headers['accept-language']);
    if (query?.lang && query.lang !== request.cookies[LANG_COOKIE]) {
      reply.setCookie(LANG_COOKIE, request.locale, { ...cookieOptions, httpOnly: false, maxAge: YEAR });
    }
    request.t = translator(request.locale);
    request.flash = readFlash(request, reply);

    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = await actorFromApiToken(db, auth.slice(7).trim());
      if (!request.actor) throw unauthorized();
    } else {
      request.actor = await actorFromSession(db, request.cookies[SESSION_COOKIE]);
    }
  });

  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.csrfExempt) return;
    verifyCsrf(request, config.sessionSecret);
  });

  function readFlash(request: FastifyRequest, reply: FastifyReply): Flash | undefined {
    const raw = request.cookies[FLASH_COOKIE];
    if (!raw) return undefined;
    reply.clearCookie(FLASH_COOKIE, { path: '/' });
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return undefined;
    try {
      return JSON.parse(unsigned.value) as Flash;
    } catch {
      return undefined;
    }
  }
});
