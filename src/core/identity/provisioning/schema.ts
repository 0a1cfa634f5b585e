// POST /api/v1/admin/users: what an integration or an assisted service desk sends, and what it gets back. The RUN
// goes in, never out (Ley 19.628): the answer says only how well the person's identity is known.
import { Type, type Static } from '@sinclair/typebox';
import { EMAIL_PATTERN } from '../../http/form.js';
import { NAME_MAX } from '../../auth/forms.js';
import { badRequest } from '../../http/errors.js';
import { MODULES, VERIFICATION_LEVELS } from '../../policy.js';
import { parseRun } from '../run.js';
import { RUN_ERROR_KEYS } from '../problems.js';
import type { ProvisionInput } from '../commands/provision-person.js';

/** Roles granted within an institution (grant-role.ts: INSTITUTION_ROLES); platform admins are made with the CLI. */
export const PROVISIONED_ROLES = ['institution_admin', 'official', 'oversight_member'] as const;

export const ProvisionBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: NAME_MAX }),
  email: Type.Optional(Type.String({ pattern: EMAIL_PATTERN, maxLength: 254, description: 'Optional: people who sign in with ClaveÚnica may have none' })),
  run: Type.Optional(Type.String({
    maxLength: 30, examples: ['12.345.678-5'],
    description: 'RUN read from the person\'s identity card: recorded as verified in person by the token\'s owner. Never returned.',
  })),
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Slug or CUT code; required unless the caller is a platform admin' })),
  role: Type.Optional(Type.Union(PROVISIONED_ROLES.map((r) => Type.Literal(r)), { description: 'A role in `institution`' })),
  permissions: Type.Optional(Type.Array(Type.Union(MODULES.map((m) => Type.Literal(m))), { uniqueItems: true, description: 'Modules, for officials' })),
  issueToken: Type.Optional(Type.Boolean({ description: 'Also create an API token for the person and return it (shown this once)' })),
}, { additionalProperties: false });
export type ProvisionBody = Static<typeof ProvisionBody>;

export const ProvisionedJson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  verification: Type.Union(VERIFICATION_LEVELS.map((l) => Type.Literal(l)), { description: '"identity" when a RUN was given' }),
  token: Type.Optional(Type.String({ description: 'With issueToken: the API token, shown this once (only its hash is kept)' })),
}, { additionalProperties: false });
export type ProvisionedJson = Static<typeof ProvisionedJson>;

/** The body as the command's input: the checks a schema cannot say, each refused with a 400 that names the problem. */
export function readProvisionBody(body: ProvisionBody, institutionId: number | null): ProvisionInput {
  if (body.role && institutionId === null) throw badRequest('auth.roleNeedsInstitution');
  if (body.permissions?.length && body.role !== 'official') throw badRequest('identity.provision.permissionsNeedOfficial');
  const run = body.run === undefined ? null : parseRun(body.run);
  if (run && !run.ok) throw badRequest(RUN_ERROR_KEYS[run.error]);
  return {
    name: body.name, email: body.email ?? null, run: run?.ok ? run.run : null, institutionId,
    role: body.role ?? null, permissions: body.permissions ?? [], issueToken: body.issueToken ?? false,
  };
}
