// Provisions a person for an integration or an assisted service desk (POST /api/v1/admin/users): the account, its
// identity verified in person by the admin when a RUN is given, a role in the institution, and an API token, all in
// the caller's transaction, so a refusal at any step leaves nothing behind. Each step writes its own audit entry.
import type { Tx } from '../../db/client.js';
import { conflict } from '../../http/errors.js';
import { auditActor, type Actor, type ModuleName, type VerificationLevel } from '../../policy.js';
import type { Role } from '../../auth/schema.js';
import { createPerson } from '../../auth/commands/create-person.js';
import { grantRole } from '../../auth/commands/grant-role.js';
import { createApiToken } from '../../auth/commands/create-api-token.js';
import type { Run } from '../run.js';
import { verifyIdentityInPerson } from './verify-identity-in-person.js';

/** How the token is listed on the person's account page, so they can tell it from the ones they make. */
const PROVISIONED_TOKEN_NAME = 'provisioning';

export interface ProvisionInput {
  name: string;
  email: string | null;
  run: Run | null;
  institutionId: number | null;
  role: Role | null;
  permissions: ModuleName[];
  issueToken: boolean;
}

export async function provisionPerson(tx: Tx, input: ProvisionInput, admin: Actor) {
  const actor = auditActor(admin);
  // The admin vouches for the address, as the operator does with `cabildo user create`.
  const person = await createPerson(tx, { email: input.email, name: input.name, emailConfirmed: input.email !== null }, actor);
  if (input.run) {
    // A new account holds no RUN and is not the admin's own: the one possible refusal is a RUN another account holds.
    const outcome = await verifyIdentityInPerson(tx, { personId: person.id, run: input.run, institutionId: input.institutionId }, admin);
    if (outcome !== 'verified') throw conflict('identity.verify.runLinked');
  }
  if (input.role) {
    await grantRole(tx, { personId: person.id, role: input.role, institutionId: input.institutionId, permissions: input.permissions }, actor);
  }
  // Unlike /cuenta/tokens, a token may be minted here by a token: for a new person, by an admin who could grant that
  // person's roles anyway (the issue's provisioning API); the entry names the admin.
  const token = input.issueToken ? (await createApiToken(tx, { personId: person.id, name: PROVISIONED_TOKEN_NAME }, actor)).token : undefined;
  const verification: VerificationLevel = input.run ? 'identity' : input.email ? 'email' : 'none';
  return { id: person.id, name: person.name, verification, ...(token ? { token } : {}) };
}
