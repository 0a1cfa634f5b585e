// `cabildo observatory import --file F.csv`: indicator values in the long format cut,year,indicator,value,source (a
// .csv, or a .csv.gz such as data/observatory/sinim-2019-2023.csv.gz), checked whole: a file with any problem changes
// nothing (every problem listed with its line, exit 1). `cabildo observatory refresh [--year Y]`: recomputes the values
// that come from the other modules. Both recompute the index of the years they touched, and print their counts on
// stdout as one JSON object, for scripts.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { translator, type MessageKey } from '../core/i18n/index.js';
import { importValuesCsv, refreshComputedIndicators } from '../modules/observatory/index.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';
import { progress } from './progress.js';

async function readValuesFile(path: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read --file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // gzip's magic number: the shipped SINIM file is compressed.
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

export async function observatoryImport(args: string[]): Promise<number> {
  const values = parseOptions(args, { file: { type: 'string' } });
  const file = requireOption(values.file, 'file');
  const bytes = await readValuesFile(file);
  return withDatabase(async (db) => {
    const shown = progress('imported');
    try {
      const result = await importValuesCsv(db, bytes, CLI_ACTOR, shown.update);
      if (!result.ok) {
        const t = translator('en');
        for (const p of result.problems) process.stderr.write(`${file}: line ${p.line}: ${t(`observatory.import.problem.${p.code}` as MessageKey, p.params)}\n`);
        if (result.total > result.problems.length) process.stderr.write(`${file}: and ${result.total - result.problems.length} more problems\n`);
        process.stderr.write('nothing imported: fix the problems above and run the import again\n');
        return EXIT.failure;
      }
      process.stdout.write(`${JSON.stringify(result.outcome)}\n`);
      return EXIT.ok;
    } finally {
      shown.end();
    }
  });
}

export async function observatoryRefresh(args: string[]): Promise<number> {
  const values = parseOptions(args, { year: { type: 'string' } });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) throw new UsageError(`--year must be a year such as 2025, not "${values.year}"`);
  return withDatabase(async (db) => {
    const outcome = await db.transaction((tx) => refreshComputedIndicators(tx, CLI_ACTOR, year === undefined ? undefined : [year]));
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
    return EXIT.ok;
  });
}
