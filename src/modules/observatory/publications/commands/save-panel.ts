// Stewards announce panels and webinars and, after each, add the video link and a summary note. A panel is public
// from its announcement (the schema has no draft state: an announcement is meant to be seen). Its slug comes from the
// title at creation and never changes. The start is typed in Chile's wall-clock time and stored in UTC (rules.ts).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { observatoryPanels as panels, type PanelSpeaker } from '../schema.js';
import { slugsLike } from '../queries.js';
import { freeSlug, slugify } from '../rules.js';

export interface PanelFields {
  title: string; description: string; startsAt: Date; durationMinutes: number; speakers: PanelSpeaker[]; videoUrl: string | null; summary: string | null;
}

export async function createPanel(tx: Tx, input: PanelFields, by: AuditActor): Promise<string> {
  const base = slugify(input.title, 'panel');
  const slug = freeSlug(base, await slugsLike(tx, 'panels', base));
  const [row] = await tx.insert(panels).values({ ...input, slug, createdBy: by.id }).returning({ id: panels.id });
  await appendAudit(tx, { actor: by, action: 'observatory.panel.create', resourceType: 'observatory_panel', resourceId: row!.id, public: true,
    summary: { slug, startsAt: input.startsAt.toISOString() } });
  return slug;
}

export async function updatePanel(tx: Tx, id: number, input: PanelFields, by: AuditActor): Promise<void> {
  const [row] = await tx.update(panels).set({ ...input, updatedAt: new Date() }).where(eq(panels.id, id)).returning({ slug: panels.slug });
  await appendAudit(tx, { actor: by, action: 'observatory.panel.update', resourceType: 'observatory_panel', resourceId: id, public: true,
    summary: { slug: row!.slug, startsAt: input.startsAt.toISOString(), video: !!input.videoUrl, summaryNote: !!input.summary } });
}
