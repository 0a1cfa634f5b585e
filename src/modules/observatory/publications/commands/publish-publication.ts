// Publishing makes a draft public (the pages, the API, the feed) from that moment; unpublishing takes it back to draft
// (a mistake, a correction pending). Both are public acts of the observatory, in its audit log.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { observatoryPublications as pubs } from '../schema.js';

/** Publishes a draft (now) or takes a publication back to draft; false when it was already so. */
export async function setPublished(tx: Tx, id: number, published: boolean, by: AuditActor): Promise<boolean> {
  const [row] = await tx.select({ publishedAt: pubs.publishedAt, slug: pubs.slug }).from(pubs).where(eq(pubs.id, id)).for('update');
  if (!row || !!row.publishedAt === published) return false;
  await tx.update(pubs).set({ publishedAt: published ? new Date() : null, updatedAt: new Date() }).where(eq(pubs.id, id));
  await appendAudit(tx, { actor: by, action: `observatory.publication.${published ? 'publish' : 'unpublish'}`, resourceType: 'observatory_publication',
    resourceId: id, public: true, summary: { slug: row.slug } });
  return true;
}
