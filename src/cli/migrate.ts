// `cabildo migrate`: applies the committed migrations (and loads missing reference data), as the server does at start.
import { parseOptions } from './args.js';
import { withDatabase } from './database.js';
import { EXIT } from './errors.js';

export async function migrate(args: string[]): Promise<number> {
  parseOptions(args, {});
  await withDatabase(async () => {});
  process.stdout.write('migrated: the database schema is up to date\n');
  return EXIT.ok;
}
