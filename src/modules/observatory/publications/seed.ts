// The publications area's demo (CABILDO_SEED=demo), called by ../seed.ts: one policy brief, published, with a small
// PDF, and three panels — one past with its video and summary, one past without video, one coming — dated from the
// day the seed runs, so the demo always has one to come. Every text says it is a demo example written by Cabildo:
// no words are put in real people's mouths, and the speakers are invented names.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import type { AuditActor } from '../../../core/audit/log.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { people } from '../../../core/auth/schema.js';
import { toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { createPublication } from './commands/save-publication.js';
import { setPublished } from './commands/publish-publication.js';
import { createPanel } from './commands/save-panel.js';
import { parseSantiagoStart } from './rules.js';
import { findPublication } from './queries.js';
import { writeDemoPdf } from './demo-pdf.js';
import { BRIEF, PANELS } from './seed-texts.js';

/** 18:00 in Chile, `days` from today (negative: in the past). */
const eveningIn = (days: number) => parseSantiagoStart(`${toSantiagoLocal(new Date(Date.now() + days * 86_400_000)).slice(0, 10)}T18:00`);

export async function seedPublicationsDemo(tx: Tx): Promise<void> {
  const [steward] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.email, 'observatorio.subdere@demo.cabildo.cl'));
  const by: AuditActor = steward ? { id: steward.id, label: steward.name } : SYSTEM_ACTOR;
  const pdf = writeDemoPdf(BRIEF.pdfTitle, BRIEF.pdfLines);
  const slug = await createPublication(tx, { kind: 'brief', title: BRIEF.title, summary: BRIEF.summary, body: BRIEF.body,
    file: { fileName: 'nota-de-politica-plataformas-compartidas.pdf', bytes: pdf } }, by);
  await setPublished(tx, (await findPublication(tx, slug, true))!.id, true, by);
  for (const p of PANELS) {
    await createPanel(tx, { title: p.title, description: p.description, startsAt: eveningIn(p.days), durationMinutes: p.durationMinutes, speakers: p.speakers,
      videoUrl: p.videoUrl, summary: p.summary }, by);
  }
}
