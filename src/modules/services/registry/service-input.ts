// Turns what a form or an API body says (the lead by email, sponsors by slug, team rows) into the commands' input:
// an unknown email or slug is a refusal on that field, before any write.
import { inArray } from 'drizzle-orm';
import type { Static } from '@sinclair/typebox';
import type { DbOrTx } from '../../../core/db/client.js';
import { InvalidField } from '../../../core/http/errors.js';
import { institutions } from '../../../core/tenancy/schema.js';
import type { ServiceFields } from './commands/service-fields.js';
import type { ServiceRecord } from './queries.js';
import { findOfficialByEmail } from './options.js';
import type { EditServiceForm, ServicePatch } from './validation.js';

/** The lead official's person id for an email; a blank email keeps `current`. */
export async function resolveLead(db: DbOrTx, email: string | undefined, current?: number): Promise<number> {
  if (!email?.trim() && current !== undefined) return current;
  const id = email ? await findOfficialByEmail(db, email) : null;
  if (id === null) throw new InvalidField('leadEmail', 'services.error.lead');
  return id;
}

export async function resolveSponsors(db: DbOrTx, slugs: readonly string[] | undefined): Promise<number[]> {
  const wanted = [...new Set(slugs ?? [])];
  if (wanted.length === 0) throw new InvalidField('sponsors', 'services.error.sponsors');
  const rows = await db.select({ id: institutions.id }).from(institutions).where(inArray(institutions.slug, wanted));
  if (rows.length !== wanted.length) throw new InvalidField('sponsors', 'services.error.sponsors');
  return rows.map((r) => r.id);
}

/** The form's team rows (name i with role i); blank rows are the spare ones the form offers. */
export const teamFromRows = (names: readonly string[] = [], roles: readonly string[] = []) =>
  Array.from({ length: Math.max(names.length, roles.length) }, (_, i) => ({ name: names[i] ?? '', role: roles[i] ?? '' }))
    .filter((m) => m.name.trim() || m.role.trim());

type FormFields = Static<typeof EditServiceForm>;

/** A service form (new or edit) as the commands' fields; `current` is the service being edited. */
export async function fieldsFromForm(db: DbOrTx, form: FormFields, current?: ServiceRecord): Promise<ServiceFields> {
  const { sponsors, teamName, teamRole, leadEmail, ...record } = form;
  return {
    ...record, leadPersonId: await resolveLead(db, leadEmail, current?.leadPersonId),
    sponsorInstitutionIds: await resolveSponsors(db, sponsors), team: teamFromRows(teamName, teamRole),
    // A form sends every field: an emptied box removes the value.
    link: record.link ?? null, repository: record.repository ?? null, contact: record.contact ?? null, accessibility: record.accessibility ?? null,
    accessibilityUrl: record.accessibilityUrl ?? null, riskAnalysisUrl: record.riskAnalysisUrl ?? null, userTypes: record.userTypes ?? [], themes: record.themes ?? [],
  };
}

/** A PATCH body over the current record: what is absent stays as it is. */
export async function fieldsFromPatch(db: DbOrTx, patch: Static<typeof ServicePatch>, current: ServiceRecord): Promise<ServiceFields> {
  const keep = <K extends keyof ServiceRecord>(k: K) => (k in patch ? (patch as Record<string, unknown>)[k] ?? null : current[k]) as never;
  return {
    title: patch.title ?? current.title, mission: patch.mission ?? current.mission, leadTitle: patch.leadTitle ?? current.leadTitle,
    leadPersonId: await resolveLead(db, patch.leadEmail, current.leadPersonId),
    sponsorInstitutionIds: patch.sponsors ? await resolveSponsors(db, patch.sponsors) : current.parties.sponsorInstitutionIds.slice(),
    team: patch.team ?? current.team, userTypes: patch.userTypes ?? current.userTypes, themes: patch.themes ?? current.themes, reach: patch.reach ?? current.reach,
    link: keep('link'), repository: keep('repository'), contact: keep('contact'), accessibility: keep('accessibility'),
    accessibilityUrl: keep('accessibilityUrl'), riskAnalysisUrl: keep('riskAnalysisUrl'),
  };
}
