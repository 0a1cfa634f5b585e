// Demo content of votes: the process's binding vote on the priority plazas, already closed, with ballots cast by the
// demo residents through castBallot (so the bulletin and the recount are real) and sealed at once, under keys that live
// only as long as the seed since no ballot outlives it encrypted, with a turnout rule it meets; and a vote
// open now, so whoever tries the demo can vote (inside the process when its active phase enables voting, otherwise
// on its own, since a process vote outside its voting phase takes no ballots).
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import type { Actor } from '../../../core/policy.js';
import { participationPhases } from '../processes/schema.js';
import { componentOpen } from '../processes/phases.js';
import { createVote } from './commands/create-vote.js';
import { participationVotes } from './schema.js';
import { castBallot } from './commands/cast-ballot.js';
import { sealVoteRows } from './commands/seal-vote.js';
import { deriveBallotKeys } from './ballot-secrecy.js';
import { randomBytes } from 'node:crypto';

const DAY = 86_400_000;
const PLAZAS = ['Plaza Teodoro Schmidt', 'Plaza Dreves', 'Plaza Recabarren (Pueblo Nuevo)', 'Plaza Labranza', 'Parque Estadio Municipal'];
/** Each demo resident's ballot (indexes into PLAZAS), up to three plazas. */
const BALLOTS = [[0, 2], [2, 3, 4], [2], [0, 2, 3], [1, 2, 4]];

export async function seedVoteDemo(tx: Tx, ctx: { processId: number; institutionId: number; officialId: number; residentIds: number[] }) {
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, ctx.officialId));
  const official: Actor = { personId: ctx.officialId, name: person!.name, emailConfirmed: false, verification: 'none', roles: [], via: 'session' };
  // Binding votes need verified identity: the demo residents count as verified in person at the municipality.
  await tx.update(people).set({ identityVerifiedAt: new Date(), identityMethod: 'in_person', identityVerifiedBy: ctx.officialId })
    .where(and(inArray(people.id, ctx.residentIds), isNull(people.identityVerifiedAt)));
  const at = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 3600_000) * 3600_000);
  const base = { institutionId: ctx.institutionId, allowReplace: false, eligibilityListId: null };

  const { vote: closed, options } = await createVote(tx, {
    ...base, processId: ctx.processId, title: '¿Qué plazas se renuevan primero en 2027?',
    description: 'Votación vinculante del Plan de plazas y espacios públicos 2027: marque hasta tres plazas. Las más votadas '
      + 'se renuevan primero con el Fondo de Inversión Municipal; el resultado obliga al municipio si vota al menos el 25 % '
      + 'de las personas inscritas en el proceso.',
    options: PLAZAS, choice: 'multiple', maxChoices: 3, opensAt: at(-44), closesAt: at(1),
    minTurnoutPercent: 25, eligibleCount: Math.max(8, ctx.residentIds.length * 2),
  }, official);
  const keys = deriveBallotKeys(randomBytes(32).toString('hex'));
  for (const [i, personId] of ctx.residentIds.entries()) {
    const picks = BALLOTS[i % BALLOTS.length]!.map((k) => options[k]!.id);
    await castBallot(tx, { voteId: closed.id, institutionId: ctx.institutionId, personId, choices: picks, allowReplace: false, keys });
  }
  // Ballots are taken only while a vote is open (on the database's clock): the demo's past closing date is set after.
  await tx.update(participationVotes).set({ closesAt: at(-31) }).where(eq(participationVotes.id, closed.id));
  await sealVoteRows(tx, closed.id, keys);

  const phases = await tx.select({ id: participationPhases.id, startsAt: participationPhases.startsAt, endsAt: participationPhases.endsAt,
    components: participationPhases.components }).from(participationPhases)
    .where(eq(participationPhases.processId, ctx.processId)).orderBy(asc(participationPhases.startsAt));
  const { vote: open } = await createVote(tx, {
    ...base, processId: componentOpen(phases, 'vote', new Date()) ? ctx.processId : null, allowReplace: true,
    title: 'Horario de la feria libre en Plaza Labranza',
    description: 'La Municipalidad consulta el horario de la feria libre los fines de semana. Puede cambiar su voto mientras la votación esté abierta.',
    options: ['Sábado de 8:00 a 14:00', 'Sábado y domingo de 8:00 a 13:00', 'Domingo de 8:00 a 15:00'], choice: 'single', maxChoices: 1,
    opensAt: at(-2), closesAt: at(20), minTurnoutPercent: null, eligibleCount: null,
  }, official);
  return { closedVoteId: closed.id, openVoteId: open.id };
}
