// The options of the registry's filters: the incubators, the regions and the institutions that take part (host an
// incubator or sponsor a service), so a reader never picks a filter that cannot match — plus the institution already
// chosen, so the form shows what /instituciones/{slug}/servicios sent the reader to even when nothing matches.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { servicesIncubators as inc, servicesSponsors as sp } from '../registry/schema.js';
import type { FilterChoices } from './views/registry-page.js';

export async function listFilterChoices(db: DbOrTx, chosenInstitution?: string): Promise<FilterChoices> {
  const taking = sql`(${institutions.id} in (select ${inc.institutionId} from ${inc} union select ${sp.institutionId} from ${sp})
    or ${institutions.slug} = ${chosenInstitution ?? null})`;
  const [incubators, regionRows, institutionRows] = await Promise.all([
    db.select({ value: inc.slug, label: inc.name }).from(inc).orderBy(asc(inc.name)),
    db.select({ value: regions.code, label: regions.name }).from(regions).where(sql`${regions.code} in (
      select coalesce(${inc.regionCode}, ${institutions.regionCode}) from ${inc} join ${institutions} on ${eq(institutions.id, inc.institutionId)}
      union select ${institutions.regionCode} from ${sp} join ${institutions} on ${eq(institutions.id, sp.institutionId)})`).orderBy(asc(regions.code)),
    db.select({ value: institutions.slug, label: institutions.name }).from(institutions).where(taking).orderBy(asc(institutions.sortKey)),
  ]);
  return { incubators, regions: regionRows, institutions: institutionRows };
}
