// Creates or edits an incubator. Its address follows the services' slug rules; a regional programme names its region
// and is hosted by that region's regional government (the GORE runs the programme); an institution's own lab has no
// region of its own (its institution's applies). Whether the actor may run the host is the route's check (policy.ts).
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { institutions } from '../../../../core/tenancy/schema.js';
import { INCUBATOR_KINDS, servicesIncubators, type IncubatorKind } from '../schema.js';
import { checkOneOf, checkSlug, checkText } from './checks.js';

export interface IncubatorInput {
  slug: string;
  name: string;
  kind: IncubatorKind;
  institutionId: number;
  regionCode?: string | null;
  description?: string;
}

async function checkIncubator(tx: Tx, input: IncubatorInput, exceptId?: number) {
  const slug = checkSlug('slug', input.slug);
  const taken = await tx.select({ id: servicesIncubators.id }).from(servicesIncubators)
    .where(and(eq(servicesIncubators.slug, slug), exceptId === undefined ? undefined : ne(servicesIncubators.id, exceptId)));
  if (taken.length) throw new InvalidField('slug', 'services.error.incubatorSlugTaken');
  const name = checkText('name', input.name);
  const kind = checkOneOf('kind', input.kind, INCUBATOR_KINDS);
  const [host] = await tx.select().from(institutions).where(eq(institutions.id, input.institutionId));
  if (!host) throw new InvalidField('institution', 'services.error.host');
  const regionCode = input.regionCode?.trim() || null;
  if (kind === 'institution' && regionCode) throw new InvalidField('regionCode', 'services.error.labRegion');
  if (kind === 'regional_programme') {
    if (!regionCode) throw new InvalidField('regionCode', 'services.error.region');
    if (host.kind !== 'regional_government' || host.regionCode !== regionCode) throw new InvalidField('institution', 'services.error.programmeHost');
  }
  return { slug, name, kind, institutionId: host.id, regionCode, description: (input.description ?? '').trim() };
}

export async function createIncubator(tx: Tx, input: IncubatorInput, actor: AuditActor): Promise<{ id: number; slug: string }> {
  const values = await checkIncubator(tx, input);
  const [row] = await tx.insert(servicesIncubators).values(values).returning({ id: servicesIncubators.id });
  await appendAudit(tx, {
    actor, institutionId: values.institutionId, action: 'services.incubator.create', resourceType: 'services_incubator', resourceId: row!.id,
    summary: { slug: values.slug, name: values.name, kind: values.kind }, public: true,
  });
  return { id: row!.id, slug: values.slug };
}

export async function updateIncubator(tx: Tx, id: number, input: IncubatorInput, actor: AuditActor): Promise<{ slug: string }> {
  const values = await checkIncubator(tx, input, id);
  const updated = await tx.update(servicesIncubators).set(values).where(eq(servicesIncubators.id, id)).returning({ id: servicesIncubators.id });
  if (!updated.length) throw new RangeError(`no incubator ${id}`);
  await appendAudit(tx, {
    actor, institutionId: values.institutionId, action: 'services.incubator.update', resourceType: 'services_incubator', resourceId: id,
    summary: { slug: values.slug, name: values.name, kind: values.kind }, public: true,
  });
  return { slug: values.slug };
}
