// Who may do what: pure functions of the actor (and the resource), used by routes to enforce and by views to hide.
import type { Role } from './auth/schema.js';

export interface RoleGrant {
  role: Role;
  institutionId: number | null;
  /** Module names an official may act in. */
  permissions: string[];
}

/**
 * How sure we are of who a person is: nothing; their email answers; their identity (RUN) was checked, by
 * ClaveÚnica or in person by an official. Binding votes and supports require 'identity' (one per RUN).
 */
export const VERIFICATION_LEVELS = ['none', 'email', 'identity'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export interface Actor {
  personId: number;
  name: string;
  emailConfirmed: boolean;
  verification: VerificationLevel;
  roles: RoleGrant[];
  /** How the request was authenticated: API tokens carry their owner's permissions, nothing more. */
  via: 'session' | 'token';
}

/** Modules an official can be granted; the names are the module names of DESIGN.md. */
export const MODULES = ['budget', 'procurement', 'participation', 'transparency', 'observatory', 'services'] as const;
export type ModuleName = (typeof MODULES)[number];

const has = (actor: Actor | null, role: Role, institutionId?: number | null) =>
  !!actor?.roles.some((g) => g.role === role && (institutionId === undefined || g.institutionId === institutionId));

export const isSignedIn = (actor: Actor | null): actor is Actor => actor !== null;

/** True when the actor is verified at least to `level` (identity implies email, for this purpose). */
export const meetsVerification = (actor: Actor | null, level: VerificationLevel) =>
  !!actor && VERIFICATION_LEVELS.indexOf(actor.verification) >= VERIFICATION_LEVELS.indexOf(level);

/** Officials of an institution (any module) and its admins may verify a person's identity in person (ID card). */
export const canVerifyIdentity = (actor: Actor | null, institutionId: number) =>
  canAdministerInstitution(actor, institutionId) || has(actor, 'official', institutionId);

export const canAdministerPlatform = (actor: Actor | null) => has(actor, 'platform_admin');

export const canAdministerInstitution = (actor: Actor | null, institutionId: number) =>
  canAdministerPlatform(actor) || has(actor, 'institution_admin', institutionId);

/** Officials act for their institution only, and only in the modules they were granted. */
export const canActInModule = (actor: Actor | null, institutionId: number, module: ModuleName) =>
  canAdministerInstitution(actor, institutionId) ||
  !!actor?.roles.some((g) => g.role === 'official' && g.institutionId === institutionId && g.permissions.includes(module));

/**
 * The budget's reference data (technology rules, IPC deflators) is one set for the whole installation, so national
 * and municipal figures are counted and deflated alike. Those who publish a budget know the clasificador and the IPC
 * best, so anyone who may act in the budget module of some institution edits it, platform admins too; never a
 * resident. A change moves every institution's figures, so each one is audited in public under the person's name,
 * and rules are deactivated rather than deleted, so past figures can still be explained.
 */
export const canEditBudgetReferenceData = (actor: Actor | null) =>
  canAdministerPlatform(actor) ||
  !!actor?.roles.some((g) => g.role === 'institution_admin' || (g.role === 'official' && g.permissions.includes('budget')));

export const canOversee = (actor: Actor | null, institutionId: number) =>
  canAdministerInstitution(actor, institutionId) || has(actor, 'oversight_member', institutionId);

export const canRepresentSupplier = (actor: Actor | null) => has(actor, 'supplier_representative');

/** Granting roles: platform admins grant anything; institution admins grant roles in their own institution only. */
export const canGrantRole = (actor: Actor | null, role: Role, institutionId: number | null) =>
  canAdministerPlatform(actor) || (role !== 'platform_admin' && institutionId !== null && has(actor, 'institution_admin', institutionId));

/** Private audit entries (a person's own account events) are visible to platform admins only. */
export const canReadPrivateAudit = (actor: Actor | null) => canAdministerPlatform(actor);

/**
 * Issuing API tokens needs a confirmed email, so a token always traces back to a reachable person, and a browser
 * session: a token cannot mint more tokens, so revoking a leaked token is enough to shut it out.
 */
export const canCreateApiToken = (actor: Actor | null) => !!actor && actor.emailConfirmed && actor.via === 'session';

/** How an actor is recorded in the audit log: by id and display name, never by email. */
export const auditActor = (actor: Pick<Actor, 'personId' | 'name'>) => ({ id: actor.personId, label: actor.name });
