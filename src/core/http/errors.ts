// Errors a route may throw on purpose; the error handler (http/error-handler.ts) turns them into a 4xx JSON body
// `{error, message}` or an HTML page, in the reader's language, and never shows a stack trace.
import type { MessageKey } from '../i18n/index.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
}

/** A form field the schema accepted but a rule refuses (a date that does not exist, an unknown code): 422 on that field. */
export class InvalidField extends HttpError {
  constructor(readonly field: string, messageKey: MessageKey) { super(422, 'invalid', messageKey); }
}

export const notFound = () => new HttpError(404, 'not_found', 'error.notFound.body');
export const unauthorized = () => new HttpError(401, 'unauthorized', 'error.unauthorized.body');
export const forbidden = () => new HttpError(403, 'forbidden', 'error.forbidden.body');
export const badRequest = (messageKey: MessageKey = 'error.badRequest', params?: Record<string, string | number>) =>
  new HttpError(400, 'bad_request', messageKey, params);
export const conflict = (messageKey: MessageKey, params?: Record<string, string | number>) =>
  new HttpError(409, 'conflict', messageKey, params);
export const csrfRejected = () => new HttpError(403, 'csrf', 'error.csrf');
export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', 'error.rateLimited', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });

/** A route refused because it needs a signed-in actor (401) or a permission the actor lacks (403). */
export function denied(signedIn: boolean): HttpError {
  return signedIn ? forbidden() : unauthorized();
}
