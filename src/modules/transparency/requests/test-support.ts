// Factories for information-request tests: an institution's id by slug, a request filed through the real command
// (events, audit and cache as in production), and a step recorded the same way, each in its own transaction.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { fileRequest, type FileRequestInput } from './commands/file-request.js';
import { recordRequestEvent, type RecordEventInput } from './commands/record-event.js';

export async function institutionIdOf(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.slug, slug));
  if (!row) throw new Error(`no institution ${slug}`);
  return row.id;
}

export const requestInput = (institutionId: number, extra: Partial<FileRequestInput> = {}): FileRequestInput => ({
  institutionId, subject: 'Contratos de recolección de basura 2025',
  body: 'Copia de los contratos vigentes de recolección de residuos domiciliarios y sus anexos.',
  requesterName: 'Ana Pérez Soto', requesterEmail: 'ana.perez@example.cl', rules: { thirdPartySuspends: false }, ...extra,
});

/** Files a request to `slug` (temuco by default) in its own transaction. */
export async function fileTestRequest(db: Db, extra: Partial<FileRequestInput> & { slug?: string } = {}) {
  const { slug = 'temuco', ...rest } = extra;
  const institutionId = await institutionIdOf(db, slug);
  const filed = await db.transaction((tx) => fileRequest(tx, requestInput(institutionId, rest)));
  return { ...filed, institutionId };
}

/** Records one step in its own transaction; an official step by default. */
export function recordTestEvent(db: Db, requestId: number, kind: RecordEventInput['kind'], data: unknown = {}, extra: Partial<RecordEventInput> = {}) {
  return db.transaction((tx) => recordRequestEvent(tx, { requestId, kind, data, author: 'official', personId: null, ...extra }));
}
