// Reads of publications and panels. Public reads see published publications only; drafts (publishedAt null) are read
// by their own function, for stewards. The PDF's bytes are read only by the download: lists and pages get its name
// and size. Lists seek by cursor (core/http/pagination.ts): [publishedAt | startsAt as ISO string, id] of the last row.
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../core/db/client.js';
import { observatoryPanels as panels, observatoryPublications as pubs, type PanelSpeaker, type PublicationKind } from './schema.js';

const publicationColumns = {
  id: pubs.id, slug: pubs.slug, kind: pubs.kind, title: pubs.title, summary: pubs.summary, body: pubs.body, attachmentName: pubs.attachmentName,
  attachmentSize: sql<number | null>`octet_length(${pubs.attachment})`.mapWith(Number),
  publishedAt: pubs.publishedAt, createdAt: pubs.createdAt, updatedAt: pubs.updatedAt,
};
export interface PublicationRow {
  id: number; slug: string; kind: PublicationKind; title: string; summary: string; body: string; attachmentName: string | null;
  attachmentSize: number | null; publishedAt: Date | null; createdAt: Date; updatedAt: Date;
}

/** Rows after the cursor's [time, id] in a (time desc, id desc) order: a row comparison, which the index serves. */
function seek(time: AnyPgColumn, id: AnyPgColumn, after: unknown[] | null | undefined) {
  if (!after || after.length !== 2 || Number.isNaN(Date.parse(String(after[0]))) || !Number.isInteger(after[1])) return undefined;
  return sql`(${time}, ${id}) < (${new Date(String(after[0])).toISOString()}::timestamptz, ${Number(after[1])})`;
}

export const publicationKey = (r: { publishedAt: Date | null; id: number }) => [r.publishedAt?.toISOString() ?? null, r.id];

/** Published publications, newest first (limit + 1 rows, for pageOf). */
export async function listPublications(db: DbOrTx, f: { kind?: PublicationKind; after?: unknown[] | null }, limit: number): Promise<PublicationRow[]> {
  return db.select(publicationColumns).from(pubs)
    .where(and(isNotNull(pubs.publishedAt), f.kind ? eq(pubs.kind, f.kind) : undefined, seek(pubs.publishedAt, pubs.id, f.after)))
    .orderBy(desc(pubs.publishedAt), desc(pubs.id)).limit(limit + 1);
}

/** Drafts, last changed first: stewards only (the route checks). */
export const listDrafts = (db: DbOrTx): Promise<PublicationRow[]> =>
  db.select(publicationColumns).from(pubs).where(isNull(pubs.publishedAt)).orderBy(desc(pubs.updatedAt), desc(pubs.id));

/** A publication by slug; a draft only when `withDrafts`. */
export async function findPublication(db: DbOrTx, slug: string, withDrafts: boolean): Promise<PublicationRow | null> {
  const [row] = await db.select(publicationColumns).from(pubs).where(and(eq(pubs.slug, slug), withDrafts ? undefined : isNotNull(pubs.publishedAt)));
  return row ?? null;
}

export async function findAttachment(db: DbOrTx, slug: string, withDrafts: boolean): Promise<{ name: string; bytes: Buffer } | null> {
  const [row] = await db.select({ name: pubs.attachmentName, bytes: pubs.attachment }).from(pubs)
    .where(and(eq(pubs.slug, slug), withDrafts ? undefined : isNotNull(pubs.publishedAt)));
  return row?.name && row.bytes ? { name: row.name, bytes: row.bytes } : null;
}

/** Slugs already taken in `table` starting with `base` (for rules.ts freeSlug). */
export async function slugsLike(db: DbOrTx, table: 'publications' | 'panels', base: string): Promise<Set<string>> {
  const t = table === 'publications' ? pubs : panels;
  const rows = await db.select({ slug: t.slug }).from(t).where(sql`${t.slug} like ${`${base.replace(/[\\%_]/g, '\\$&')}%`}`);
  return new Set(rows.map((r) => r.slug));
}

export interface PanelRow {
  id: number; slug: string; title: string; description: string; startsAt: Date; durationMinutes: number; speakers: PanelSpeaker[];
  videoUrl: string | null; summary: string | null; createdAt: Date; updatedAt: Date;
}
const panelColumns = {
  id: panels.id, slug: panels.slug, title: panels.title, description: panels.description, startsAt: panels.startsAt, durationMinutes: panels.durationMinutes,
  speakers: panels.speakers, videoUrl: panels.videoUrl, summary: panels.summary, createdAt: panels.createdAt, updatedAt: panels.updatedAt,
};
export const panelKey = (r: { startsAt: Date; id: number }) => [r.startsAt.toISOString(), r.id];

/** Panels not yet over at `now`, soonest first (a panel under way still counts: people may join it). */
export const upcomingPanels = (db: DbOrTx, now: Date): Promise<PanelRow[]> =>
  db.select(panelColumns).from(panels).where(gte(sql`${panels.startsAt} + make_interval(mins => ${panels.durationMinutes})`, now))
    .orderBy(asc(panels.startsAt), asc(panels.id));

/** Panels over at `now`, most recent first (limit + 1 rows). */
export const pastPanels = (db: DbOrTx, now: Date, after: unknown[] | null | undefined, limit: number): Promise<PanelRow[]> =>
  db.select(panelColumns).from(panels).where(and(lt(sql`${panels.startsAt} + make_interval(mins => ${panels.durationMinutes})`, now), seek(panels.startsAt, panels.id, after)))
    .orderBy(desc(panels.startsAt), desc(panels.id)).limit(limit + 1);

/** Every panel by start, latest first (the API and its export; limit + 1 rows). */
export const listPanels = (db: DbOrTx, after: unknown[] | null | undefined, limit: number): Promise<PanelRow[]> =>
  db.select(panelColumns).from(panels).where(seek(panels.startsAt, panels.id, after)).orderBy(desc(panels.startsAt), desc(panels.id)).limit(limit + 1);

export async function findPanel(db: DbOrTx, slug: string): Promise<PanelRow | null> {
  const [row] = await db.select(panelColumns).from(panels).where(eq(panels.slug, slug));
  return row ?? null;
}

/** The feed's newest entries: published publications by publication date and panels by announcement (creation) date. */
export async function feedEntries(db: DbOrTx, limit: number) {
  const [p, q] = await Promise.all([
    db.select(publicationColumns).from(pubs).where(isNotNull(pubs.publishedAt)).orderBy(desc(pubs.publishedAt), desc(pubs.id)).limit(limit),
    db.select(panelColumns).from(panels).orderBy(desc(panels.createdAt), desc(panels.id)).limit(limit),
  ]);
  return { publications: p, panels: q };
}
