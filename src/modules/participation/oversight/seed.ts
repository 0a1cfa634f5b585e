// Demo oversight body: the institution's body (3 seats, 24-month terms, 10 business days to answer), members chosen by
// a seeded draw among the demo residents for a term that started two months ago, an observation on a commitment
// answered by the official, one still open on a procurement process, and a report. Written through the commands, so
// the draw, deadlines, threads and audit rows are what real use would leave. The demo seed is published, as any; it is
// picked so that the demo's oversight account (core role oversight_member) is drawn, so whoever tries the demo as it
// can open observations. Any seed is as verifiable as another; a real body's is committed before volunteering opens.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { queryRows } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { configureBody } from './commands/configure-body.js';
import { announceDraw } from './commands/announce-draw.js';
import { volunteerForDraw } from './commands/volunteer.js';
import { performDraw } from './commands/run-draw.js';
import { openObservation, addMessage } from './commands/observations.js';
import { publishReport } from './commands/publish-report.js';
import { listMembers } from './queries.js';
import { publicIdOf, runDraw, sha256Hex } from './draw.js';
import { DEFAULT_ANSWER_DAYS } from './validation.js';

const DAY = 86_400_000;
const DEMO_SEED = 'sorteo demo órgano contralor 2026';

export async function seedOversightDemo(tx: Tx, ctx: { institutionId: number; officialId: number; residentIds: number[]; commitmentId: number | null }) {
  const [demoMember] = await tx.select({ id: roleAssignments.personId }).from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'oversight_member'), eq(roleAssignments.institutionId, ctx.institutionId))).orderBy(asc(roleAssignments.personId)).limit(1);
  const volunteers = [...(demoMember ? [demoMember.id] : []), ...ctx.residentIds];
  const names = new Map((await tx.select({ id: people.id, name: people.name }).from(people)
    .where(inArray(people.id, [ctx.officialId, ...volunteers]))).map((p) => [p.id, p.name]));
  const as = (id: number) => ({ personId: id, name: names.get(id) ?? '' });
  const official = as(ctx.officialId);
  const [inst] = await queryRows<{ cut_code: string | null }>(tx, sql`select cut_code from institutions where id = ${ctx.institutionId}`);
  const seats = Math.min(3, Math.max(1, volunteers.length));
  const body = await configureBody(tx, ctx.institutionId, { seats, termMonths: 24, answerDays: DEFAULT_ANSWER_DAYS }, official);
  const ids = volunteers.map((_, i) => publicIdOf(i + 1));
  let seed = DEMO_SEED;
  for (let n = 1; demoMember && !runDraw(seed, ids, seats).order.find((e) => e.publicId === ids[0])?.selected; n++) seed = `${DEMO_SEED} #${n}`;
  const now = Date.now();
  const draw = await announceDraw(tx, body, { termStart: toSantiagoDate(new Date(now - 60 * DAY)), closesAt: new Date(now - 61 * DAY), seedHash: sha256Hex(seed) }, official);
  for (const id of volunteers) await volunteerForDraw(tx, draw.id, as(id), new Date(now - 70 * DAY));
  await performDraw(tx, draw.id, seed, official);
  const [member] = await listMembers(tx, body.id);
  if (!member) return;
  const person = as(member.personId);
  const territory = inst?.cut_code ?? null;
  const open = (target: Parameters<typeof openObservation>[4], title: string, text: string, at: number) =>
    openObservation(tx, body, member, territory, target, { title, body: text }, person, new Date(at));

  const commitment = ctx.commitmentId
    ? (await queryRows<{ title: string }>(tx, sql`select title from participation_commitments where id = ${ctx.commitmentId}`))[0] : undefined;
  const answeredTarget = commitment
    ? { targetType: 'commitment' as const, targetId: ctx.commitmentId, targetRef: null, targetLabel: commitment.title, targetUrl: `/participacion/compromisos/${ctx.commitmentId}` }
    : { targetType: 'procurement' as const, targetId: null, targetRef: 'ocds-70d2nz-2359-12-LP24', targetLabel: 'ocds-70d2nz-2359-12-LP24', targetUrl: null };
  const answered = await open(answeredTarget, '¿Cuándo empiezan las obras comprometidas?',
    'El compromiso indica que las obras comenzarían este semestre, pero en el sector no se ve avance. Solicitamos el calendario de obras y el estado de la licitación.', now - 20 * DAY);
  await addMessage(tx, { ...answered, answeredAt: null }, 'answer', {
    body: 'La licitación se adjudicó el mes pasado y las obras comienzan el primer lunes del próximo mes, con un plazo de ejecución de 90 días corridos. El calendario quedará publicado en la página del compromiso.',
    url: 'https://www.mercadopublico.cl/',
  }, official, new Date(now - 12 * DAY));
  await addMessage(tx, { ...answered, status: 'answered', answeredAt: new Date(now - 12 * DAY) }, 'reply',
    { body: 'Gracias. Revisaremos el avance al cumplirse el primer mes de obras.' }, person, new Date(now - 11 * DAY));

  await open({ targetType: 'procurement', targetId: null, targetRef: 'ocds-70d2nz-2512-45-LE25', targetLabel: 'ocds-70d2nz-2512-45-LE25', targetUrl: null },
    'Criterios de evaluación de la compra de luminarias',
    'Pedimos conocer por qué el criterio de precio pesa 80 % y el de eficiencia energética solo 5 % en esta compra, y si se consideró el costo de operación a diez años.', now - 3 * DAY);

  await publishReport(tx, body, member, {
    title: 'Informe del primer bimestre', periodFrom: draw.termStart, periodTo: toSantiagoDate(new Date(now - DAY)),
    body: 'En este período el órgano abrió dos observaciones. La institución respondió la primera dentro del plazo, con el calendario de obras; la segunda sigue esperando respuesta.\n\nSeguiremos el avance de las obras y pediremos las bases de la próxima licitación de alumbrado.',
  }, person);
}
