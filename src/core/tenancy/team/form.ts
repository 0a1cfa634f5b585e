// The grant-role form: the roles an institution's administrators hand out (never platform admin).
import { Type } from '@sinclair/typebox';
import { EMAIL_PATTERN } from '../../http/form.js';
import { MODULES } from '../../policy.js';

export const TEAM_ROLES = ['institution_admin', 'official', 'oversight_member'] as const;

export const GrantForm = Type.Object({
  email: Type.String({ pattern: EMAIL_PATTERN, maxLength: 254 }),
  role: Type.Union(TEAM_ROLES.map((r) => Type.Literal(r))),
  permissions: Type.Optional(Type.Array(Type.Union(MODULES.map((m) => Type.Literal(m))), { uniqueItems: true })),
});
