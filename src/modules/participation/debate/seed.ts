// Demo debate: threads on the municipal process and on its first two proposals, in the voice of Temuco's residents
// (respectful, with disagreement), with alignments, votes, one reply chain down to depth 3 and one comment hidden by
// a moderator with the reason given. Written through the commands, so the audit log and the counters are real.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import type { Actor } from '../../../core/policy.js';
import { postComment } from './commands/post-comment.js';
import { voteComment } from './commands/vote-comment.js';
import { moderateComment } from './commands/moderate-comment.js';
import type { Alignment, TargetType } from './schema.js';
import type { Target } from './target.js';

/** A comment of the demo: [author index, alignment, body, replies]. */
type Demo = [number, Alignment, string, Demo[]?];

const PROCESS_THREADS: Demo[] = [
  [0, 'for', 'Me parece muy bien que se invierta en las plazas de Pueblo Nuevo. Los fines de semana se llenan de familias y los juegos están en mal estado.', [
    [1, 'neutral', 'Concuerdo con lo de los juegos, pero antes pediría mejor iluminación. En invierno oscurece temprano y la plaza queda vacía.', [
      [2, 'for', 'La iluminación LED que pusieron en Amanecer funcionó harto bien; se podría replicar acá.', [
        [0, 'neutral', 'Buen dato. ¿Alguien sabe cuánto costó por plaza? Sería bueno que el municipio lo publique junto al proyecto.'],
      ]],
    ]],
    [3, 'against', 'No estoy tan de acuerdo: hay sectores sin ninguna plaza, como Labranza, y ahí debería ir la plata primero.'],
  ]],
  [1, 'against', 'Creo que el presupuesto se concentra demasiado en el centro. Pido que se priorice a los barrios periféricos y que se consulte a las juntas de vecinos.', [
    [2, 'for', 'Totalmente. En la junta de vecinos de Villa Los Ríos llevamos años pidiendo una multicancha.'],
  ]],
  [3, 'neutral', '¿Se va a considerar la mantención en el presupuesto? De nada sirve construir si después nadie riega el pasto ni repara las bancas.'],
];
const HIDDEN: Demo = [4, 'against', 'Los que proponen esto no tienen idea de nada, son puros flojos que no trabajan.'];
const HIDDEN_REASON = 'Descalifica a otros participantes: las normas del debate piden discutir ideas, no personas.';

const PROPOSAL_THREADS: Demo[][] = [
  [
    [2, 'for', 'Apoyo esta propuesta. Mi hija va en bicicleta al liceo y por la avenida es muy peligroso a la hora de salida.', [
      [4, 'against', 'Ojo con quitar estacionamientos: los locatarios del sector dependen de ellos. ¿No se puede hacer por una calle paralela?', [
        [2, 'neutral', 'Una calle paralela podría servir si conecta igual con los colegios. Habría que ver el trazado.'],
      ]],
    ]],
  ],
  [
    [3, 'neutral', 'Me gustaría saber cuánto costaría la mantención anual antes de apoyar.'],
    [0, 'for', 'Excelente iniciativa; los adultos mayores del sector lo necesitan hace tiempo.'],
  ],
];

export async function seedDebateDemo(tx: Tx, ctx: { processId: number; institutionId: number; residentIds: number[]; proposalIds: number[] }): Promise<void> {
  const rows = await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ctx.residentIds));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const actor = (i: number): Actor => {
    const personId = ctx.residentIds[i % ctx.residentIds.length]!;
    return { personId, name: names.get(personId) ?? 'Vecina', emailConfirmed: true, verification: 'email', roles: [], via: 'session' };
  };
  const target = (type: TargetType, id: number): Target => ({ type, id, institutionId: ctx.institutionId, processId: ctx.processId, title: '', open: true, closedAt: null });

  async function write(t: Target, demo: Demo, parentId?: number): Promise<number> {
    const [who, alignment, body, replies = []] = demo;
    const { id } = await postComment(tx, { target: t, parentId, body, alignment }, actor(who));
    // Votes from the other residents: more for the first comments, some against, never on one's own.
    for (let v = 0; v < ctx.residentIds.length; v++) {
      if (v % ctx.residentIds.length === who % ctx.residentIds.length || (id + v) % 3 === 0) continue;
      await voteComment(tx, id, (id + v) % 4 === 1 ? -1 : 1, actor(v));
    }
    for (const reply of replies) await write(t, reply, id);
    return id;
  }

  for (const demo of PROCESS_THREADS) await write(target('process', ctx.processId), demo);
  // Without a moderator to sign the hiding, the rude comment is not written at all: it must never show.
  const moderator = await moderatorOf(tx, ctx.institutionId);
  if (moderator) await moderateComment(tx, await write(target('process', ctx.processId), HIDDEN), { action: 'hide', reason: HIDDEN_REASON }, moderator);
  for (const [i, threads] of PROPOSAL_THREADS.entries()) {
    const proposalId = ctx.proposalIds[i];
    if (proposalId === undefined) break;
    for (const demo of threads) await write(target('proposal', proposalId), demo);
  }
}

/** An official of the institution with the participation permission (or its admin), to sign the demo moderation. */
async function moderatorOf(tx: Tx, institutionId: number): Promise<Actor | null> {
  const [row] = await tx.select({ id: people.id, name: people.name }).from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.institutionId, institutionId), or(eq(roleAssignments.role, 'institution_admin'),
      and(eq(roleAssignments.role, 'official'), sql`'participation' = any(${roleAssignments.permissions})`)))).limit(1);
  return row ? { personId: row.id, name: row.name, emailConfirmed: true, verification: 'email', roles: [], via: 'session' } : null;
}
