// How the command line fails: every expected error is one clear line (no stack trace) and an exit code a script can
// test. Codes follow sysexits.h where one fits.
import { ConfigError } from '../core/config.js';
import { DatabaseUnavailableError } from '../core/db/client.js';
import { DataDirInUseError } from '../core/db/lock.js';
import { HttpError } from '../core/http/errors.js';
import { translator } from '../core/i18n/index.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, unavailable: 69, config: 78 } as const;

/** Wrong or missing arguments: the command did nothing. */
export class UsageError extends Error {}

export function describeError(err: unknown): { code: number; message: string } {
  if (err instanceof UsageError) return { code: EXIT.usage, message: `${err.message}\nRun "cabildo help" for usage.` };
  if (err instanceof ConfigError) return { code: EXIT.config, message: err.message };
  if (err instanceof DataDirInUseError) return { code: EXIT.unavailable, message: err.message };
  if (err instanceof DatabaseUnavailableError) {
    return { code: EXIT.unavailable, message: `${err.message}\nCheck DATABASE_URL and that PostgreSQL is running and accepts connections.` };
  }
  // A command refused the change (e.g. the email is taken): the same message the web would show, in English.
  if (err instanceof HttpError) return { code: EXIT.failure, message: translator('en')(err.messageKey, err.params) };
  // Anything else is a bug: keep the stack so it can be reported.
  return { code: EXIT.failure, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}
