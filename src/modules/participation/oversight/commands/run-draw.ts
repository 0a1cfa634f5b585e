// The official reveals the seed after volunteering closed: it must hash to the announced commitment, then the draw
// (draw.ts) runs on the list as published and the first `seats` volunteers become members for the draw's fixed term.
// Seed, list hash and the full order are stored and audited in public, so anyone can re-run it.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationOversightDraws as draws, participationOversightMembers as members, participationOversightVolunteers as volunteers } from '../schema.js';
import { runDraw, sha256Hex } from '../draw.js';

export async function performDraw(tx: Tx, drawId: number, seed: string, official: Pick<Actor, 'personId' | 'name'>, now = new Date()) {
  const [draw] = await tx.select().from(draws).where(eq(draws.id, drawId)).for('update');
  if (!draw || draw.drawnAt) throw conflict('participation.oversight.error.alreadyDrawn');
  if (draw.closesAt > now) throw conflict('participation.oversight.error.stillOpen');
  if (sha256Hex(seed) !== draw.seedHash) return { ok: false as const };
  const list = await tx.select().from(volunteers).where(eq(volunteers.drawId, drawId));
  const result = runDraw(seed, list.map((v) => v.publicId), draw.seats);
  const byId = new Map(list.map((v) => [v.publicId, v]));
  const selected = result.order.filter((e) => e.selected);
  for (const e of selected) {
    const v = byId.get(e.publicId)!;
    await tx.insert(members).values({
      bodyId: draw.bodyId, institutionId: draw.institutionId, drawId, personId: v.personId, publicId: v.publicId, displayName: v.displayName,
      rank: e.rank, termStart: draw.termStart, termEnd: draw.termEnd,
    });
  }
  await tx.update(draws).set({ seed, listHash: result.listHash, drawnAt: now }).where(eq(draws.id, drawId));
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: draw.institutionId, action: 'participation.oversight.draw.run',
    resourceType: 'participation_oversight_draw', resourceId: drawId, public: true,
    summary: { seed, seedHash: draw.seedHash, listHash: result.listHash, volunteers: list.length, members: selected.map((e) => e.publicId) },
  });
  return { ok: true as const, listHash: result.listHash, members: selected.map((e) => e.publicId) };
}
