// Turns every error into a clear 4xx/5xx in the reader's language: JSON `{error, message}` for the API (and for
// clients that ask for JSON), an HTML page otherwise. Stack traces go to the log, never to the client.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { Layout } from '../views/layout.js';
import type { MessageKey } from '../i18n/index.js';

export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/healthz' || (request.headers.accept ?? '').startsWith('application/json');
}

interface Described { status: number; code: string; message: string }

function describe(error: FastifyError | HttpError, request: FastifyRequest): Described {
  const t = request.t ?? ((k: MessageKey) => k);
  if (error instanceof HttpError) return { status: error.statusCode, code: error.code, message: t(error.messageKey, error.params) };
  if (error.validation) {
    const first = error.validation[0];
    const field = (first?.instancePath || (first?.params as { missingProperty?: string; additionalProperty?: string })?.missingProperty || '').replace(/^\//, '');
    const extra = (first?.params as { additionalProperty?: string })?.additionalProperty;
    const message = extra ? t('validation.unknownField', { field: extra }) : `${t('error.badRequest')} ${field ? `${field}: ` : ''}${first?.message ?? ''}`.trim();
    return { status: 400, code: 'validation', message };
  }
  // Two requests racing for the same unique value (an email, a RUN): the loser's transaction rolled back whole;
  // it is a conflict to report, not a server error.
  if (uniqueViolation(error)) return { status: 409, code: 'conflict', message: t('error.conflict') };
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 413) return { status, code: 'payload_too_large', message: t('error.tooLarge') };
  if (status === 404) return { status, code: 'not_found', message: t('error.notFound.body') };
  if (status === 429) return { status, code: 'rate_limited', message: t('error.rateLimited', { minutes: 1 }) };
  if (status < 500) return { status, code: 'bad_request', message: t('error.badRequest') };
  return { status: 500, code: 'internal', message: t('error.internal') };
}

/** PostgreSQL's unique_violation (SQLSTATE 23505), as thrown by pg or PGlite, possibly wrapped by Drizzle. */
function uniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export function sendError(request: FastifyRequest, reply: FastifyReply, d: Described) {
  if (wantsJson(request) || !request.t) return reply.code(d.status).type('application/json').send({ error: d.code, message: d.message });
  const ctx = request.view();
  const title = d.status === 404 ? ctx.t('error.notFound.title') : d.status === 403 ? ctx.t('error.forbidden.title') : ctx.t('error.title');
  return reply.html(
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{d.message}</p>
      {d.status === 401 && <p><a class="button button-primary" href={`/ingresar?next=${encodeURIComponent(request.url)}`}>{ctx.t('nav.signIn')}</a></p>}
      <p><a href="/">{ctx.t('error.backHome')}</a></p>
    </Layout>,
    d.status,
  );
}

export function installErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const d = describe(error, request);
    if (d.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: d.code, status: d.status }, 'request refused');
    return sendError(request, reply, d);
  });
  app.setNotFoundHandler((request, reply) => {
    return sendError(request, reply, { status: 404, code: 'not_found', message: request.t?.('error.notFound.body') ?? 'Not found' });
  });
}
