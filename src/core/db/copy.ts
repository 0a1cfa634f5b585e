// Bulk loads with COPY … FROM, several times faster than INSERT for millions of rows, on the transaction's own
// connection so the rows commit or roll back with everything else the caller does in it. Drizzle has no COPY, so this
// reaches below it to the driver's client: pg's PoolClient (through pg-copy-streams, streamed with backpressure), or
// PGlite's transaction, which reads COPY input from a Blob mounted at /dev/blob.
//
// PGlite (0.5) slows a COPY down in proportion to the rows its target table already holds (a million rows into a
// table of a million: 21–30 s), though not a COPY into an empty table nor an INSERT … SELECT; so there each Blob goes
// into an empty temporary copy of the table, then across (3.6 s for the same million).
import { is } from 'drizzle-orm';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { PoolClient } from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Tx } from './client.js';

/**
 * PGlite copies each Blob whole into its in-memory file system before reading it, and each goes through the staging
 * table: pieces of ~60,000 budget facts keep both small (1 to 16 MB measured alike; 4 MB is in the middle).
 */
const PGLITE_BLOB_BYTES = 4 * 1024 * 1024;

/**
 * Appends rows to `table`. `chunks` are pieces of PostgreSQL's COPY text format (columns in `columns`' order,
 * tab-separated, `\N` for null, one row per line; see escapeCopyText); a chunk may hold many rows but must end at a
 * row's end. They are pulled lazily, so a generator can stream rows that never all exist in memory at once.
 * A failure (a value out of range, a broken constraint) throws with the database's error as `cause`, as Drizzle does.
 */
export async function copyInto(tx: Tx, table: string, columns: readonly string[], chunks: Iterable<string>): Promise<void> {
  const target = `${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`;
  const session = tx._.session;
  try {
    if (is(session, NodePgSession)) {
      const client = (session as unknown as { client: PoolClient }).client;
      await pipeline(Readable.from(chunks), client.query(copyFromStdin(`COPY ${target} FROM STDIN`)));
    } else if (is(session, PgliteSession)) {
      const client = (session as unknown as { client: Transaction }).client;
      const staging = quoteIdent(`copy_${table}`);
      const list = columns.map(quoteIdent).join(', ');
      await client.query(`CREATE TEMP TABLE ${staging} (LIKE ${quoteIdent(table)})`);
      for (const parts of blobParts(chunks)) {
        await client.query(`COPY ${staging} (${list}) FROM '/dev/blob'`, [], { blob: new Blob(parts) });
        await client.query(`INSERT INTO ${target} SELECT ${list} FROM ${staging}`);
        await client.query(`TRUNCATE ${staging}`);
      }
      await client.query(`DROP TABLE ${staging}`);
    } else {
      throw new Error('COPY needs a node-postgres or PGlite transaction');
    }
  } catch (err) {
    throw new Error(`COPY into ${table} failed: ${(err as Error).message}`, { cause: err });
  }
}

/** The chunks grouped into runs of about PGLITE_BLOB_BYTES (UTF-16 length: a lower bound of the UTF-8 size). */
function* blobParts(chunks: Iterable<string>): Generator<string[]> {
  let parts: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= PGLITE_BLOB_BYTES) {
      yield parts;
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A text value as a COPY text-format field: backslash, tab, newline and carriage return escaped (quotes are plain). */
export const escapeCopyText = (value: string) =>
  (COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value);

/** The null marker of the COPY text format. */
export const COPY_NULL = '\\N';
