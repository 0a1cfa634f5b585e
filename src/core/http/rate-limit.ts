// Fixed-window rate limits kept in PostgreSQL, so every app process behind a load balancer counts the same attempts.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { tooManyRequests } from './errors.js';

export interface Limit {
  /** What is counted, e.g. "login:ip:1.2.3.4" or "login:email:x@y.cl". */
  key: string;
  max: number;
  windowSeconds: number;
}

/** Housekeeping (core/housekeeping.ts) deletes windows that started longer ago than this: no limit may be longer. */
export const MAX_WINDOW_SECONDS = 24 * 3600;

/** Counts one attempt; throws 429 (with the wait in minutes) once `max` attempts fall in the current window. */
export async function consumeRateLimit(db: DbOrTx, { key, max, windowSeconds }: Limit): Promise<void> {
  if (windowSeconds > MAX_WINDOW_SECONDS) throw new Error(`rate limit ${key}: a window of ${windowSeconds} s outlives its row (MAX_WINDOW_SECONDS)`);
  const [row] = await queryRows<{ count: number; retry_after: number }>(db, sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
    returning count, extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))::int as retry_after`);
  if (Number(row.count) > max) throw tooManyRequests(Number(row.retry_after));
}
