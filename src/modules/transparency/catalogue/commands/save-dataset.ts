// Officials publish, edit and withdraw their institution's datasets (Ley 20.285 art. 7 and the open-data norm ask
// institutions to publish reusable data; this is where they do it). Each change is one transaction with its public
// audit row; bad input throws InvalidField before anything is written.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { slugify } from '../../../../core/tenancy/slug.js';
import { transparencyDatasets as ds } from '../schema.js';
import { nameTaken } from '../queries.js';
import { checkDataset, keywordsOf, type DatasetInput } from '../validation.js';
import { DEFAULT_LICENCE } from '../vocabularies.js';

/** Who acts: an official by id and name (public in the audit trail), or the demo seed (no person). */
export interface Official { personId: number | null; name: string }

const columns = (input: DatasetInput) => ({
  title: input.title, description: input.description, theme: input.theme, keywords: keywordsOf(input.keywords), licence: input.licence ?? DEFAULT_LICENCE,
  frequency: input.frequency, temporalStart: input.temporalStart ?? null, temporalEnd: input.temporalEnd ?? null, spatialCode: input.spatialCode ?? null,
});

export async function audit(tx: Tx, official: Official, institutionId: number, action: string, id: number, summary: Record<string, unknown>) {
  await appendAudit(tx, { actor: { id: official.personId, label: official.name }, institutionId, action: `transparency.dataset.${action}`, resourceType: 'transparency_dataset',
    resourceId: id, public: true, summary });
}

/**
 * "<institution slug>-<title slug>", with -2, -3 … when taken: unique forever (withdrawn names are not reused), at most
 * 100 characters as CKAN's `name` allows, and a valid Data Package name (lower-case letters, digits and '-').
 */
async function freeName(tx: Tx, institutionSlug: string, title: string) {
  const base = `${institutionSlug}-${slugify(title)}`.slice(0, 90).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!(await nameTaken(tx, name))) return name;
  }
}

export async function createDataset(tx: Tx, institution: { id: number; slug: string }, input: DatasetInput, official: Official) {
  checkDataset(input);
  // Two officials naming two datasets alike at once must not both get the same name: one waits for the other.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('transparency_datasets.name'))`);
  const name = await freeName(tx, institution.slug, input.title);
  const [row] = await tx.insert(ds).values({ institutionId: institution.id, name, ...columns(input) }).returning({ id: ds.id });
  await audit(tx, official, institution.id, 'create', row!.id, { name, title: input.title });
  return name;
}

export async function updateDataset(tx: Tx, dataset: { id: number; institutionId: number }, input: DatasetInput, official: Official) {
  checkDataset(input);
  await tx.update(ds).set({ ...columns(input), version: sql`${ds.version} + 1`, updatedAt: new Date() }).where(eq(ds.id, dataset.id));
  await audit(tx, official, dataset.institutionId, 'update', dataset.id, { title: input.title });
}

/** Withdrawn datasets leave the lists and exports; the row stays so the name is never reused and the audit trail holds. */
export async function withdrawDataset(tx: Tx, dataset: { id: number; institutionId: number }, official: Official) {
  await tx.update(ds).set({ withdrawnAt: new Date(), updatedAt: new Date() }).where(eq(ds.id, dataset.id));
  await audit(tx, official, dataset.institutionId, 'withdraw', dataset.id, {});
}
