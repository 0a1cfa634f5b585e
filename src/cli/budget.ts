// `cabildo budget import`: loads a budget file (or a folder of them) into an institution as one cube, replacing the
// cube's previous dataset. The file is parsed before the database is opened: a file with any problem changes nothing
// (every problem listed with its line, exit 1). On success stdout holds only the cube name, for scripts.
import { findInstitution } from '../core/tenancy/queries.js';
import {
  BUDGET_FORMATS, CubeTakenError, IMPORTERS, checksumOf, importDataset, isCubeName, readImportFiles,
  type BudgetFormat, type ImportFile, type ImportProblem,
} from '../modules/budget/index.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';
import { progress } from './progress.js';

export function parseBudgetImport(args: string[]) {
  const values = parseOptions(args, {
    institution: { type: 'string' }, file: { type: 'string' }, format: { type: 'string' }, year: { type: 'string' }, cube: { type: 'string' },
  });
  const format = requireOption(values.format, 'format');
  if (!Object.hasOwn(IMPORTERS, format)) throw new UsageError(`unknown --format ${format}: use ${BUDGET_FORMATS.join(' or ')}`);
  const importer = IMPORTERS[format as BudgetFormat];
  const year = Number(requireOption(values.year, 'year'));
  // The Ley de Presupuestos files start in 2009; the bound only catches typos (a smallint column holds the year).
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new UsageError(`--year must be a year such as 2017, not "${values.year}"`);
  const cube = values.cube?.trim();
  if (cube !== undefined && !isCubeName(cube)) throw new UsageError(`--cube must be lower-case letters, digits and hyphens (e.g. dipres-2017-ley), not "${cube}"`);
  return { institution: requireOption(values.institution, 'institution'), file: requireOption(values.file, 'file'), format: format as BudgetFormat, importer, year, cube };
}

export async function budgetImport(args: string[]): Promise<number> {
  const o = parseBudgetImport(args);
  const files = await readFiles(o.file);
  if (!o.importer.manyFiles && files.length > 1) throw new UsageError(`--format ${o.format} takes one file, not a folder`);

  const parsed = o.importer.parse(files, o.year);
  if (!parsed.ok) {
    // Problems in a folder's files name their file themselves.
    const where = files.length === 1 ? `${o.file}: ` : '';
    for (const p of parsed.problems) process.stderr.write(`${where}${describeProblem(p)}\n`);
    process.stderr.write('nothing imported: fix the problems above and run the import again\n');
    return EXIT.failure;
  }
  const { budget } = parsed;
  process.stderr.write(`parsed ${budget.facts.length} facts and ${budget.labels.length} labels from ${files.length} file${files.length === 1 ? '' : 's'}\n`);

  return withDatabase(async (db) => {
    const institution = await findInstitution(db, o.institution);
    if (!institution) throw new UsageError(`no institution "${o.institution}": use its slug (dipres, temuco) or CUT code (09101, 13)`);
    const shown = progress('inserted');
    try {
      const result = await db.transaction((tx) => importDataset(tx, {
        institutionId: institution.id, cube: o.cube, year: o.year, format: o.format, kind: o.importer.kindOf(budget),
        sourceNames: files.map((f) => f.name), checksum: checksumOf(files), budget,
      }, CLI_ACTOR, shown.update));
      process.stdout.write(`${result.cube}\n`);
      return EXIT.ok;
    } catch (err) {
      if (!(err instanceof CubeTakenError)) throw err;
      process.stderr.write(`cabildo: ${err.message}: choose another --cube\n`);
      return EXIT.failure;
    } finally {
      shown.end();
    }
  });
}

async function readFiles(path: string): Promise<ImportFile[]> {
  let files: ImportFile[];
  try {
    files = await readImportFiles(path);
  } catch (err) {
    throw new UsageError(`cannot read --file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (files.length === 0) throw new UsageError(`no .csv files in the folder ${path}`);
  return files;
}

/** A problem without a line (the final "and N more") is shown as is. */
const describeProblem = (p: ImportProblem) => (p.line > 0 ? `line ${p.line}: ${p.message}` : p.message);
