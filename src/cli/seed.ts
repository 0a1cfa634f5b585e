// `cabildo seed [--demo]`: reference data (territory, institutions), and with --demo the demo content of every
// module when the database has none yet. What was added is reported on stderr as it happens.
import { parseOptions } from './args.js';
import { withDatabase } from './database.js';
import { EXIT } from './errors.js';

export async function seed(args: string[]): Promise<number> {
  const { demo = false } = parseOptions(args, { demo: { type: 'boolean' } });
  await withDatabase(async () => {}, { demo });
  process.stdout.write(demo ? 'seeded: reference data and demo content are in place\n' : 'seeded: reference data is in place\n');
  return EXIT.ok;
}
