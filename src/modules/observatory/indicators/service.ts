// One import path for the three entry points (the CLI, the steward's upload page, the API) and the demo seed: the
// file is checked whole against the municipalities and the catalogue before the transaction opens, and only a file
// without problems reaches importIndicatorValues.
import type { Db } from '../../../core/db/client.js';
import type { AuditActor } from '../../../core/audit/log.js';
import { loadParseContext } from './queries.js';
import { parseValuesCsv, type Problem } from './parsing.js';
import { importIndicatorValues, type ImportOutcome } from './commands/import-values.js';

export type CsvImport = { ok: true; outcome: ImportOutcome } | { ok: false; problems: Problem[]; total: number };

export async function importValuesCsv(db: Db, bytes: Uint8Array, actor: AuditActor,
  onProgress?: (done: number, total: number) => void): Promise<CsvImport> {
  const parsed = parseValuesCsv(bytes, await loadParseContext(db));
  if (!parsed.ok) return parsed;
  return { ok: true, outcome: await db.transaction((tx) => importIndicatorValues(tx, parsed.rows, actor, onProgress)) };
}
