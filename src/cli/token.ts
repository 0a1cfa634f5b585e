// `cabildo token create`: a new API token for an existing account. Only the token goes to stdout, so it can be
// piped into a secret store; it is shown this once, and only its hash is kept.
import { findPersonByEmail } from '../core/auth/queries.js';
import { createApiToken } from '../core/auth/commands/create-api-token.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';

export function parseTokenCreate(args: string[]) {
  const values = parseOptions(args, { email: { type: 'string' }, name: { type: 'string' } });
  return { email: requireOption(values.email, 'email'), name: values.name?.trim() || 'cli' };
}

export async function tokenCreate(args: string[]): Promise<number> {
  const o = parseTokenCreate(args);
  return withDatabase(async (db) => {
    const person = await findPersonByEmail(db, o.email);
    if (!person) throw new UsageError(`no account with email ${o.email}`);
    if (person.disabled) throw new UsageError(`the account ${o.email} is disabled`);
    const { token } = await db.transaction((tx) => createApiToken(tx, { personId: person.id, name: o.name }, CLI_ACTOR));
    process.stdout.write(`${token}\n`);
    return EXIT.ok;
  });
}
