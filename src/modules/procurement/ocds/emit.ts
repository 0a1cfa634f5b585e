// Emitting the OCDS release of a process step: a full snapshot of the process (build-release.ts) stored as JSON text
// next to its ocid, date and tags, so the API streams stored text. OCDS merges a record's releases in date order, so
// the dates of one ocid strictly increase: a step recorded in the same millisecond as the previous one (two steps of
// one command) is dated one millisecond after it.
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { procurementReleases as rel } from '../process/schema.js';
import { buildRelease } from './build-release.js';

export type EmitInput = { institutionId: number; ocid: string; eventId: number; at: Date; tags: readonly string[] };

/** Stores the release; returns its id ('<ocid>-<event id>'). */
export async function emitRelease(tx: Tx, input: EmitInput): Promise<string> {
  const [last] = await tx.select({ date: rel.date }).from(rel).where(eq(rel.ocid, input.ocid)).orderBy(desc(rel.date)).limit(1);
  const date = last && last.date.getTime() >= input.at.getTime() ? new Date(last.date.getTime() + 1) : input.at;
  const releaseId = `${input.ocid}-${input.eventId}`;
  const release = await buildRelease(tx, { ocid: input.ocid, id: releaseId, date, tags: input.tags });
  await tx.insert(rel).values({
    institutionId: input.institutionId, ocid: input.ocid, releaseId, date, tags: [...input.tags], eventId: input.eventId, json: JSON.stringify(release),
  });
  return releaseId;
}
