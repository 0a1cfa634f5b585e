// What registering and editing a service check alike, before anything is written: the record's texts, links and
// closed lists, the lead official, the sponsors and the team. Returns the values to store.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { institutions } from '../../../../core/tenancy/schema.js';
import { roleAssignments } from '../../../../core/auth/schema.js';
import { ACCESSIBILITY, REACHES, THEMES, USER_TYPES, type Accessibility, type Reach, type Theme, type UserType } from '../schema.js';
import { checkOneOf, checkText, checkUrl } from './checks.js';

export interface ServiceFields {
  title: string;
  mission: string;
  leadPersonId: number;
  leadTitle?: string;
  sponsorInstitutionIds: number[];
  /** The whole team, in the order shown (editing replaces the list). */
  team?: Array<{ name: string; role: string }>;
  userTypes?: UserType[];
  themes?: Theme[];
  reach?: Reach;
  link?: string | null;
  repository?: string | null;
  contact?: string | null;
  accessibility?: Accessibility | null;
  accessibilityUrl?: string | null;
  riskAnalysisUrl?: string | null;
}

/** True when the person holds an official role in some institution: each service is led by a civil servant (the roadmap's first rule). */
export async function isOfficial(tx: Tx, personId: number) {
  const rows = await tx.select({ id: roleAssignments.id }).from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.role, 'official'))).limit(1);
  return rows.length > 0;
}

export async function checkServiceFields(tx: Tx, input: ServiceFields) {
  const title = checkText('title', input.title);
  const mission = checkText('mission', input.mission);
  if (!(await isOfficial(tx, input.leadPersonId))) throw new InvalidField('leadEmail', 'services.error.lead');
  const sponsorIds = [...new Set(input.sponsorInstitutionIds)];
  if (sponsorIds.length === 0) throw new InvalidField('sponsors', 'services.error.sponsors');
  const known = await tx.select({ id: institutions.id }).from(institutions).where(inArray(institutions.id, sponsorIds));
  if (known.length !== sponsorIds.length) throw new InvalidField('sponsors', 'services.error.sponsors');
  const team = (input.team ?? []).map((m) => ({ name: m.name.trim(), role: m.role.trim() })).filter((m) => m.name || m.role);
  // A name without a role (or the reverse) is a half-typed row, not a member: say so rather than guess.
  if (team.some((m) => !m.name || !m.role)) throw new InvalidField('team', 'services.error.team');
  const accessibility = input.accessibility ? checkOneOf('accessibility', input.accessibility, ACCESSIBILITY) : null;
  const record = {
    title, mission, leadPersonId: input.leadPersonId, leadTitle: (input.leadTitle ?? '').trim(),
    userTypes: [...new Set((input.userTypes ?? []).map((u) => checkOneOf('userTypes', u, USER_TYPES)))],
    themes: [...new Set((input.themes ?? []).map((u) => checkOneOf('themes', u, THEMES)))],
    reach: checkOneOf('reach', input.reach ?? 'comunal', REACHES),
    link: checkUrl('link', input.link), repository: checkUrl('repository', input.repository), contact: (input.contact ?? '').trim() || null,
    accessibility, accessibilityUrl: checkUrl('accessibilityUrl', input.accessibilityUrl), riskAnalysisUrl: checkUrl('riskAnalysisUrl', input.riskAnalysisUrl),
  };
  return { record, sponsorIds, team };
}
