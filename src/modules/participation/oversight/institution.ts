// The institution a body, draw or observation belongs to, by id: its name and slug for the page frame and links.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { notFound } from '../../../core/http/errors.js';

export async function findInstitutionById(db: DbOrTx, id: number) {
  const [row] = await db.select({ id: institutions.id, slug: institutions.slug, name: institutions.name }).from(institutions).where(eq(institutions.id, id));
  if (!row) throw notFound();
  return row;
}
