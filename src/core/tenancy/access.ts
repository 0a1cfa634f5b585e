// The institution named in an admin URL (/instituciones/:ref/…) and the actor a policy lets act there.
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { DbOrTx } from '../db/client.js';
import { denied, notFound } from '../http/errors.js';
import type { Actor } from '../policy.js';
import { findInstitution } from './queries.js';

export const RefParams = Type.Object({ ref: Type.String({ maxLength: 100, description: 'Slug, 5-digit comuna CUT or 2-digit region CUT' }) });

/** 404 for an unknown institution before 401/403, so a mistyped link says so instead of asking to sign in. */
export async function institutionFor(db: DbOrTx, request: FastifyRequest, allowed: (actor: Actor | null, institutionId: number) => boolean) {
  const institution = await findInstitution(db, (request.params as { ref: string }).ref);
  if (!institution) throw notFound();
  if (!allowed(request.actor, institution.id)) throw denied(!!request.actor);
  return { institution, actor: request.actor as Actor };
}
