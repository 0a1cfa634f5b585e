// Who edits publications and panels: the index's stewards (policy.ts canStewardObservatory, the observatory's
// institution from CABILDO_OBSERVATORY_INSTITUTION), resolved once per request by the routes.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../../core/config.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { auditActor } from '../../../core/policy.js';
import { denied } from '../../../core/http/errors.js';
import { canStewardObservatory } from '../policy.js';
import { findObservatoryInstitution } from '../institutions.js';

export const isSteward = async (db: DbOrTx, config: Config, request: FastifyRequest) =>
  !!request.actor && canStewardObservatory(request.actor, (await findObservatoryInstitution(db, config)).id);

/** The steward's audit identity, or 401 (signed out) / 403 (anyone else). */
export async function requireSteward(db: DbOrTx, config: Config, request: FastifyRequest) {
  if (!(await isSteward(db, config, request))) throw denied(!!request.actor);
  return auditActor(request.actor!);
}
