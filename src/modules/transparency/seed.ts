// The transparency demo for Temuco: information requests in every state (one answered with a redacted spreadsheet),
// three months of active transparency and a few open datasets; the catalogue also lists what the other modules publish.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import { seedRequestsDemo } from './requests/seed.js';
import { transparencyRequests } from './requests/schema.js';
import { seedDocumentsDemo } from './documents/seed.js';
import { seedActiveDemo } from './active/seed.js';
import { seedCatalogueDemo } from './catalogue/seed.js';

const DOCUMENT_REQUEST = 'Subsidios y aportes municipales entregados en 2026';

export async function seedTransparencyDemo(tx: Tx): Promise<void> {
  await seedRequestsDemo(tx);
  const [answered] = await tx.select({ id: transparencyRequests.id }).from(transparencyRequests).where(eq(transparencyRequests.subject, DOCUMENT_REQUEST));
  if (answered) await seedDocumentsDemo(tx, answered.id);
  await seedActiveDemo(tx);
  await seedCatalogueDemo(tx);
}
