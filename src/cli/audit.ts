// `cabildo audit verify`: walks the whole audit chain; exit 0 when intact, 1 with the first bad entry.
import { verifyAuditChain, type BreakReason } from '../core/audit/verify.js';
import { parseOptions } from './args.js';
import { withDatabase } from './database.js';
import { EXIT } from './errors.js';
import { progress } from './progress.js';

const EXPLAIN: Record<BreakReason, (seq: number) => string> = {
  missing: (seq) => `entry ${seq} is missing (deleted)`,
  inserted: (seq) => `entry ${seq} is numbered before the first entry (inserted)`,
  edited: (seq) => `entry ${seq} does not match its hash (changed after it was written)`,
  unlinked: (seq) => `entry ${seq} does not link to entry ${seq - 1} (an entry was changed and rehashed, replaced or reordered)`,
};

export async function auditVerify(args: string[]): Promise<number> {
  parseOptions(args, {});
  return withDatabase(async (db) => {
    const shown = progress('verified');
    const result = await verifyAuditChain(db, shown.update);
    shown.end();
    if (result.ok) {
      process.stdout.write(`intact: ${result.count} entries, head ${result.head}\n`);
      return EXIT.ok;
    }
    process.stdout.write(`broken: ${EXPLAIN[result.firstBad.reason](result.firstBad.seq)}; the ${result.count} entries before it are intact\n`);
    return EXIT.failure;
  });
}
