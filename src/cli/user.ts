// `cabildo user create`: an account made by the operator of the installation (the first platform admin, officials
// of an institution), optionally with a role, in one audited transaction.
import { createInterface } from 'node:readline';
import { Type, type TObject } from '@sinclair/typebox';
import { translator } from '../core/i18n/index.js';
import { parseForm } from '../core/http/form.js';
import { NewPasswordForm, RegisterForm } from '../core/auth/forms.js';
import { ROLES, type Role } from '../core/auth/schema.js';
import { createPerson } from '../core/auth/commands/create-person.js';
import { grantRole, INSTITUTION_ROLES } from '../core/auth/commands/grant-role.js';
import { MODULES, type ModuleName } from '../core/policy.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';

export interface UserCreateOptions {
  email: string;
  name: string;
  role?: Role;
  institution?: string;
  permissions: ModuleName[];
  passwordStdin: boolean;
}

/** The same rules and messages as the registration form's fields, so an account is valid however it was made. */
function checkLikeForm(schema: TObject, values: Record<string, string>, option: (field: string) => string) {
  const form = parseForm(schema, values, translator('en'));
  if (!form.ok) throw new UsageError(Object.entries(form.errors).map(([field, message]) => `${option(field)}: ${message}`).join('\n'));
}

export function parseUserCreate(args: string[]): UserCreateOptions {
  const values = parseOptions(args, {
    email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, institution: { type: 'string' },
    permissions: { type: 'string' }, 'password-stdin': { type: 'boolean' },
  });
  const email = requireOption(values.email, 'email');
  const name = requireOption(values.name, 'name');
  checkLikeForm(Type.Pick(RegisterForm, ['email', 'name']), { email, name }, (field) => `--${field}`);
  const role = values.role as Role | undefined;
  if (role !== undefined && !ROLES.includes(role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}`);
  const institution = values.institution?.trim() || undefined;
  if (institution && !role) throw new UsageError('--institution needs --role');
  if (role && INSTITUTION_ROLES.has(role) && !institution) throw new UsageError(`--role ${role} needs --institution (slug or CUT code)`);
  if (role && !INSTITUTION_ROLES.has(role) && institution) throw new UsageError(`--role ${role} does not belong to an institution: drop --institution`);
  const permissions = (values.permissions ?? '').split(',').map((p) => p.trim()).filter(Boolean) as ModuleName[];
  const unknown = permissions.filter((p) => !MODULES.includes(p));
  if (unknown.length > 0) throw new UsageError(`--permissions: unknown module ${unknown.join(', ')}; modules are ${MODULES.join(', ')}`);
  if (permissions.length > 0 && role !== 'official') throw new UsageError('--permissions applies to --role official only');
  return { email, name, role, institution, permissions, passwordStdin: values['password-stdin'] ?? false };
}

/** The first line of stdin, so `printf '%s\n' "$PASSWORD" | cabildo user create …` keeps it out of the shell history. */
async function readPassword(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let password = '';
  for await (const line of lines) {
    password = line;
    break;
  }
  lines.close();
  process.stdin.destroy();
  checkLikeForm(Type.Pick(NewPasswordForm, ['password']), { password }, () => 'the password read from stdin');
  return password;
}

export async function userCreate(args: string[]): Promise<number> {
  const o = parseUserCreate(args);
  const password = o.passwordStdin ? await readPassword() : undefined;
  return withDatabase(async (db) => {
    const institution = o.institution ? await findInstitution(db, o.institution) : null;
    if (o.institution && !institution) throw new UsageError(`no institution "${o.institution}": use its slug (temuco) or CUT code (09101, 13)`);
    const person = await db.transaction(async (tx) => {
      // The operator vouches for the address, so the account needs no confirmation email.
      const created = await createPerson(tx, { email: o.email, name: o.name, password, emailConfirmed: true }, CLI_ACTOR);
      if (o.role) await grantRole(tx, { personId: created.id, role: o.role, institutionId: institution?.id ?? null, permissions: o.permissions }, CLI_ACTOR);
      return created;
    });
    const grant = o.role ? ` as ${o.role}${institution ? ` of ${institution.name}` : ''}` : '';
    process.stdout.write(`created person ${person.id} <${person.email}>${grant}\n`);
    if (!password) process.stderr.write('No password set: the person signs in by resetting their password ("forgot my password").\n');
    return EXIT.ok;
  });
}
