// `cabildo pb import FILE.pb --institution SLUG`: creates a participatory budget from a pabulib file — a process with
// the budget, its projects, and its votes as a closed, sealed vote's bulletin (no people) — and tallies it. It acts as
// the institution's first admin (or participation official), who must exist. A bad file changes nothing (exit 1).
import { findInstitution } from '../core/tenancy/queries.js';
import { importPabulib, importingOfficial } from '../modules/participation/budgets/import.js';
import { parseOptions, requireOption } from './args.js';
import { withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';
import { readPabulibFile } from './pb.js';

export function parsePbImport(args: string[]) {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-')) throw new UsageError('pb import needs a file: cabildo pb import FILE.pb --institution SLUG');
  const values = parseOptions(rest, { institution: { type: 'string' } });
  return { file, institution: requireOption(values.institution, 'institution') };
}

export async function pbImport(args: string[]): Promise<number> {
  const o = parsePbImport(args);
  const instance = await readPabulibFile(o.file);
  if (!instance) return EXIT.failure;
  return withDatabase(async (db) => {
    const institution = await findInstitution(db, o.institution);
    if (!institution) throw new UsageError(`no institution "${o.institution}": use its slug (temuco) or CUT code (09101, 13)`);
    const done = await db.transaction(async (tx) => {
      const official = await importingOfficial(tx, institution.id);
      if (!official) throw new UsageError(`${institution.slug} has no admin or participation official to act as: create one first (cabildo user create)`);
      return importPabulib(tx, instance, institution.id, official);
    });
    process.stdout.write(`imported budget ${done.budgetId}: ${done.projects} projects, ${done.ballots} ballots (vote ${done.voteId}, sealed)\n`);
    return EXIT.ok;
  });
}
