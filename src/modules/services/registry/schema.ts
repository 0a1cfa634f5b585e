// The registry of digital public services (issue 10 point 1), after beta.gouv.fr's registry of "startups d'État":
// incubators, services with their mission, sponsors, lead official and team, and their dated phases (../phases.ts).
//
// - An incubator is an institution's own lab (kind 'institution') or a regional programme hosted by a regional
//   government (kind 'regional_programme', with its region). Its host institution's officials with the 'services'
//   permission run it (../policy.ts).
// - A service's lead official (intra-emprendedor/a) is required and is an account holding an official role: the
//   roadmap's first rule, each service is led by a civil servant. Officials act in public (Ley 20.285), so the lead's
//   display name is public; team members are listed by the name and role they agree to show.
// - The mission states the users' problem, not a solution (the roadmap's second rule): the form says so.
// - Graduation (point 6): a service may come from a funded civil-society initiative (a procurement grant contract) or
//   an accepted participation proposal; the link is kept (grantContractId / proposalId, each at most one service).
// - needsProcessId: the participation process holding the service's public needs backlog (proposals) and its
//   satisfaction surveys (consultations), created with the first of them (engagement/).
import { pgTable, text, integer, date, timestamp, index, uniqueIndex, primaryKey, smallint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { procurementContracts } from '../../procurement/contracts/schema.js';
import { participationProposals } from '../../participation/proposals/schema.js';
import { participationProcesses } from '../../participation/processes/schema.js';
import { PHASES } from '../phases.js';

export const INCUBATOR_KINDS = ['institution', 'regional_programme'] as const;
export type IncubatorKind = (typeof INCUBATOR_KINDS)[number];

/** Who the service is for (several may apply). */
export const USER_TYPES = ['residents', 'businesses', 'municipalities', 'associations', 'schools', 'public_servants', 'health_centres', 'researchers'] as const;
export type UserType = (typeof USER_TYPES)[number];

export const THEMES = ['permits', 'education', 'health', 'social', 'employment', 'housing', 'mobility', 'environment', 'participation', 'transparency', 'culture', 'security', 'other'] as const;
export type Theme = (typeof THEMES)[number];

/** Accessibility status as declared after an audit against WCAG 2.1 AA; null: not declared ("no disponible"). */
export const ACCESSIBILITY = ['fully', 'partially', 'not_compliant'] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];

/** The territory the service serves: one comuna, a region, or the whole country (national impact needs 'national'). */
export const REACHES = ['comunal', 'regional', 'national'] as const;
export type Reach = (typeof REACHES)[number];

export const servicesIncubators = pgTable('services_incubators', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull(),
  name: text().notNull(),
  kind: text({ enum: INCUBATOR_KINDS }).notNull(),
  /** The institution that hosts and runs it (a regional programme: its regional government). */
  institutionId: integer().notNull().references(() => institutions.id),
  /** The region of a regional programme; null for an institution's own lab (its institution's region applies). */
  regionCode: text().references(() => regions.code),
  description: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('services_incubators_slug_idx').on(t.slug), index('services_incubators_institution_idx').on(t.institutionId)]);

export const servicesServices = pgTable('services_services', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Lower-case letters, digits and '-': the public address /servicios/{slug} and the id in the API. */
  slug: text().notNull(),
  title: text().notNull(),
  /** The users' problem, stated without presupposing a digital solution. */
  mission: text().notNull(),
  incubatorId: integer().notNull().references(() => servicesIncubators.id),
  leadPersonId: integer().notNull().references(() => people.id),
  /** The lead's job title as shown (e.g. "Profesional de la Dirección de Obras"). */
  leadTitle: text().notNull().default(''),
  userTypes: text({ enum: USER_TYPES }).array().notNull().default(sql`'{}'::text[]`),
  themes: text({ enum: THEMES }).array().notNull().default(sql`'{}'::text[]`),
  reach: text({ enum: REACHES }).notNull().default('comunal'),
  /** The service's address for its users; http(s) only. */
  link: text(),
  /** Its public source-code repository; http(s) only. Null: "no disponible" in the transparency box. */
  repository: text(),
  /** A public contact (a team mailbox or a contact page), never a person's private address. */
  contact: text(),
  accessibility: text({ enum: ACCESSIBILITY }),
  /** The accessibility statement or audit; http(s) only. */
  accessibilityUrl: text(),
  /** The published risk analysis (security and personal data, Ley 19.628); http(s) only. */
  riskAnalysisUrl: text(),
  grantContractId: integer().references(() => procurementContracts.id),
  proposalId: integer().references(() => participationProposals.id),
  needsProcessId: integer().references(() => participationProcesses.id),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('services_services_slug_idx').on(t.slug),
  index('services_services_incubator_idx').on(t.incubatorId),
  index('services_services_lead_idx').on(t.leadPersonId),
  uniqueIndex('services_services_grant_idx').on(t.grantContractId),
  uniqueIndex('services_services_proposal_idx').on(t.proposalId),
]);

/** The sponsoring institutions (at least one): they commit the service's means and are accountable for it. */
export const servicesSponsors = pgTable('services_sponsors', {
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
}, (t) => [primaryKey({ columns: [t.serviceId, t.institutionId] }), index('services_sponsors_institution_idx').on(t.institutionId)]);

export const servicesTeam = pgTable('services_team', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  role: text().notNull(),
  position: smallint().notNull(),
}, (t) => [index('services_team_service_idx').on(t.serviceId, t.position)]);

/** A phase the service entered, on a date (Santiago calendar day). The current phase is the one with the latest start. */
export const servicesPhases = pgTable('services_phases', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  phase: text({ enum: PHASES }).notNull(),
  startedOn: date({ mode: 'string' }).notNull(),
  note: text().notNull().default(''),
  recordedBy: integer().references(() => people.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('services_phases_day_idx').on(t.serviceId, t.startedOn), index('services_phases_recorded_idx').on(t.recordedAt)]);
