// The JSON shape of the signed-in person (GET /api/v1/me): an explicit field list (DESIGN.md convention 5).
// Their own email is included because it is theirs; nothing here is ever shown about someone else.
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from './schema.js';
import { VERIFICATION_LEVELS, type VerificationLevel } from '../policy.js';
import type { Account } from './queries.js';

export const MeJson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()], { description: 'Your own email (null for accounts made through ClaveÚnica)' }),
  emailConfirmed: Type.Boolean(),
  verification: Type.Union(VERIFICATION_LEVELS.map((l) => Type.Literal(l)), {
    description: 'How well your identity is known: none, email (confirmed) or identity (RUN checked by ClaveÚnica or in person). The RUN itself is never returned.',
  }),
  roles: Type.Array(Type.Object({
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    institution: Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]),
    permissions: Type.Array(Type.String(), { description: 'Modules an official may act in' }),
  }, { additionalProperties: false }), { description: 'Roles beyond resident, which every signed-in person is' }),
}, { additionalProperties: false });
export type MeJson = Static<typeof MeJson>;

export function presentMe(account: Account, verification: VerificationLevel): MeJson {
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    emailConfirmed: account.emailConfirmedAt !== null,
    verification,
    roles: account.roles.map((r) => ({
      role: r.role,
      institution: r.institutionSlug && r.institutionName ? { slug: r.institutionSlug, name: r.institutionName } : null,
      permissions: r.permissions,
    })),
  };
}
