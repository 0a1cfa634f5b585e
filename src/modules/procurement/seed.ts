// The procurement demo (CABILDO_SEED=demo), told in the past through the areas' own commands with their `at`, so its
// events, audit rows and OCDS releases are the ones the lifecycle writes: the Gobierno Regional de La Araucanía's
// "Convenio marco de servicios de desarrollo ágil" in lots by province and specialty, bid for by local suppliers (a
// micro company of Temuco, a worker cooperative of Angol, an association, a joint venture of two local SMEs) and one
// from Santiago; scored by evaluators who declared their interests, awarded to two suppliers per lot after the
// standstill, with the agreements signed and two call-offs (one direct, one by renewed competition) whose milestones
// and payments execute a technology budget line. Temuco's "Fondo concursable de iniciativas digitales de la sociedad
// civil" has a lot awarded to an association and a lot whose bids were just opened, for the demo procurement official
// to evaluate; Temuco's tender for a booking platform is open three more weeks, with a sealed bid from the demo
// supplier's company and a question to answer. RUTs are made up with valid check digits, never a real person's RUN.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import type { Config } from '../../core/config.js';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { people } from '../../core/auth/schema.js';
import { createPerson } from '../../core/auth/commands/create-person.js';
import { grantRole } from '../../core/auth/commands/grant-role.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import type { AuditActor } from '../../core/audit/log.js';
import { procurementCriteria, procurementLots } from './schema.js';
import type { SupplierInput } from './suppliers/validation.js';
import { registerSupplier } from './suppliers/commands/register-supplier.js';
import type { CallInput } from './calls/rules.js';
import { createCall } from './calls/commands/save-call.js';
import { publishCall } from './calls/commands/publish-call.js';
import { answerQuestion, askQuestion } from './calls/commands/questions.js';
import { submitBid } from './bids/commands/submit-bid.js';
import { openLotBids } from './bids/commands/open-bids.js';
import { appointEvaluator } from './evaluation/commands/appoint-evaluator.js';
import { declareInterests } from './evaluation/commands/declare-interests.js';
import { scoreBid } from './evaluation/commands/score-bid.js';
import { awardLotByRanking } from './evaluation/commands/award-lot.js';
import { confirmAward } from './evaluation/commands/confirm-award.js';
import { signContract } from './contracts/commands/sign-contract.js';
import { awardCallOff, placeCallOff } from './contracts/commands/call-offs.js';
import { submitQuote } from './contracts/commands/submit-quote.js';
import { meetMilestone, planMilestone } from './contracts/commands/milestones.js';
import { recordPayment } from './contracts/commands/record-payment.js';
import { date, day, FRAMEWORK, GRANT, OPEN_TENDER, SUPPLIERS } from './seed-data.js';

type Person = { personId: number; name: string };
const audit = (p: Person): AuditActor & { id: number } => ({ id: p.personId, label: p.name });
type SeedConfig = Pick<Config, 'ocidPrefix' | 'bidSealingKey' | 'quickPurchaseUtm'>;

async function demoPerson(tx: Tx, name: string, officialOf?: number): Promise<Person> {
  const person = await createPerson(tx, { email: null, name }, SYSTEM_ACTOR);
  if (officialOf) await grantRole(tx, { personId: person.id, role: 'official', institutionId: officialOf, permissions: ['procurement'] }, SYSTEM_ACTOR);
  return { personId: person.id, name: person.name };
}

/** The core's demo accounts (core/seed-demo.ts), so people who sign in find work waiting. */
async function demoAccount(tx: Tx, email: string): Promise<Person> {
  const [p] = await tx.select({ personId: people.id, name: people.name }).from(people).where(eq(people.email, email));
  if (!p) throw new Error(`demo seed: the demo account ${email} is missing (core/seed-demo.ts)`);
  return p;
}

type Key = keyof typeof SUPPLIERS;
type Suppliers = Record<Key, { id: number; rep: Person }>;

/** Each supplier registered by its representative months before the calls; the demo supplier account holds Código Araucanía. */
async function seedSuppliers(tx: Tx, demoRep: Person): Promise<Suppliers> {
  const out = {} as Suppliers;
  let n = 0;
  for (const [key, input] of Object.entries(SUPPLIERS) as [Key, SupplierInput][]) {
    const rep = key === 'codigo' ? demoRep : await demoPerson(tx, `Representante de ${input.legalName} (demo)`);
    out[key] = { id: await registerSupplier(tx, input, rep, day(-150 + 6 * n++)), rep };
  }
  return out;
}

type Ctx = { tx: Tx; config: SeedConfig; s: Suppliers };
type Call = { id: number; lots: number[]; manual: Array<{ id: number; kind: string }> };

async function createAndPublish({ tx, config }: Ctx, institutionId: number, input: CallInput, official: Person, createdAt: number, publishedAt: number): Promise<Call> {
  const { id } = await createCall(tx, { ...input, institutionId, ocidPrefix: config.ocidPrefix }, audit(official), day(createdAt));
  await publishCall(tx, { callId: id, quickPurchaseUtm: config.quickPurchaseUtm }, audit(official), day(publishedAt));
  const lots = await tx.select({ id: procurementLots.id }).from(procurementLots).where(eq(procurementLots.callId, id)).orderBy(asc(procurementLots.number));
  const criteria = await tx.select({ id: procurementCriteria.id, kind: procurementCriteria.kind }).from(procurementCriteria)
    .where(eq(procurementCriteria.callId, id)).orderBy(asc(procurementCriteria.position));
  return { id, lots: lots.map((l) => l.id), manual: criteria.filter((c) => c.kind === 'technical' || c.kind === 'team') };
}

type Bid = { bidId: number; key: Key };
type BidRow = [lot: number, key: Key, price: number, days: number, pitch: string];

/** Sealed bids on the call's lots (by number), each answering the technical criterion with its pitch. */
async function bid(c: Ctx, call: Call, rows: BidRow[]): Promise<Bid[]> {
  const out: Bid[] = [];
  for (const [n, key, price, days, pitch] of rows) {
    const team = `Equipo de ${SUPPLIERS[key].legalName} con experiencia en la región.`;
    const answers = Object.fromEntries(call.manual.map((m) => [String(m.id), m.kind === 'technical' ? pitch : team]));
    const input = { lotId: call.lots[n - 1]!, supplierId: c.s[key].id, price, answers, documents: [] };
    out.push({ bidId: await submitBid(c.tx, c.config, input, c.s[key].rep, day(days)), key });
  }
  return out;
}

/**
 * The evaluators' work on opened bids: each declares (conflicts by supplier), then scores every bid free of conflict:
 * [technical, team] per supplier, the second evaluator a few points apart, with reasons.
 */
async function evaluate(c: Ctx, call: Call, evaluators: Array<[Person, Key[]]>, bids: Bid[], marks: Partial<Record<Key, [number, number]>>, days: number) {
  for (const [i, [person, conflicts]] of evaluators.entries()) {
    await declareInterests(c.tx, {
      callId: call.id, personId: person.personId, conflictSupplierIds: conflicts.map((k) => c.s[k].id), actor: audit(person), at: day(days, 13),
      declaration: conflicts.length ? 'Declaro interés en los proveedores marcados y me abstengo de evaluar sus ofertas.' : 'Declaro no tener conflictos de interés.',
    });
    for (const b of bids.filter((x) => !conflicts.includes(x.key))) {
      const [technical, team] = marks[b.key]!.map((m) => Math.min(100, m + (i % 2 ? -4 : 3))) as [number, number];
      const scores = call.manual.map((m) => (m.kind === 'technical'
        ? { criterionId: m.id, score: technical, reason: technical >= 70 ? 'Plan de trabajo y entregables claros.' : 'Propuesta general, sin plan de pruebas con usuarios.' }
        : { criterionId: m.id, score: team, reason: 'Según la experiencia acreditada del equipo propuesto.' }));
      await scoreBid(c.tx, { bidId: b.bidId, personId: person.personId, actor: audit(person), at: day(days, 14 + i), scores });
    }
  }
}

/** Lots awarded one after another at `days`, then confirmed once their standstill ended; each lot's award ids in rank order. */
async function awardAndConfirm(c: Ctx, lotIds: number[], official: Person, days: number, confirmDays: number): Promise<number[][]> {
  const awarded: number[][] = [];
  for (const [i, lotId] of lotIds.entries()) {
    const outcome = await awardLotByRanking(c.tx, { lotId, actor: audit(official), at: day(days, 15 + i) });
    if (outcome.outcome !== 'awarded') throw new Error(`demo seed: lot ${lotId} was deserted (${outcome.reason})`);
    awarded.push(outcome.awardIds);
  }
  for (const lotId of lotIds) await confirmAward(c.tx, { lotId, actor: SYSTEM_ACTOR, at: day(confirmDays, 4) });
  return awarded;
}

type Work = { contractId: number; milestoneId: number; amount: number; official: Person };

/** A contract signed with two milestones planned: the first (`share` of the amount) falls due `firstDue` days after signing. */
async function sign(c: Ctx, official: Person, target: { awardId: number } | { callOffId: number }, title: string, amount: number, signed: number,
  milestones: [string, string], share = 0.3, firstDue = 10): Promise<Work> {
  const input = { ...target, title, amount, periodStart: date(signed + 3), periodEnd: date(signed + 180) };
  const contractId = await signContract(c.tx, input, audit(official), day(signed));
  const first = Math.round(amount * share);
  const milestoneId = await planMilestone(c.tx, { contractId, title: milestones[0], dueOn: date(signed + firstDue), amount: first }, audit(official));
  await planMilestone(c.tx, { contractId, title: milestones[1], dueOn: date(signed + 170), amount: amount - first }, audit(official));
  return { contractId, milestoneId, amount: first, official };
}

/** The first milestone met on `days`, and paid the next day on the lot's budget line. */
async function pay(c: Ctx, { official, ...w }: Work, days: number) {
  await meetMilestone(c.tx, { contractId: w.contractId, milestoneId: w.milestoneId, metOn: date(days) }, audit(official), day(days));
  await recordPayment(c.tx, { ...w, paidOn: date(days + 1) }, audit(official), day(days + 1));
}

/** The GORE's framework agreement, from publication ~60 days ago to call-offs being paid this week. */
async function seedFramework(c: Ctx, goreId: number) {
  const buyer = await demoPerson(c.tx, 'Unidad de Compras GORE Araucanía (demo)', goreId);
  const first = await demoPerson(c.tx, 'Evaluadora División de Desarrollo GORE (demo)', goreId);
  const second = await demoPerson(c.tx, 'Evaluador Unidad de Transformación Digital GORE (demo)', goreId);
  const call = await createAndPublish(c, goreId, FRAMEWORK, buyer, -62, -60);
  const question = '¿Puede una cooperativa de trabajo ofertar en el lote de Malleco si su domicilio está en Angol?';
  const q = await askQuestion(c.tx, { callId: call.id, lotId: call.lots[0]!, question }, audit(c.s.nahuelbuta.rep), day(-55));
  const answer = 'Sí. Cooperativas, asociaciones y uniones temporales pueden ofertar en cualquier lote; el arraigo local se puntúa según la comuna '
    + 'del proveedor o de sus integrantes.';
  await answerQuestion(c.tx, { callId: call.id, questionId: q, answer }, audit(buyer), day(-53));
  const bids = await bid(c, call, [
    [1, 'nahuelbuta', 162_000_000, -45, 'Equipo en Angol con Scrum, entregas quincenales y pruebas con usuarios en cada comuna de Malleco.'],
    [1, 'codigo', 171_500_000, -44, 'Aplicaciones web progresivas accesibles (WCAG 2.1 AA), código abierto y traspaso al equipo del GORE.'],
    [1, 'andinas', 149_000_000, -43, 'Fábrica de software con equipo remoto desde Santiago y visitas mensuales.'],
    [2, 'datosSur', 112_000_000, -44, 'Tableros territoriales con datos abiertos, SIG y capacitación a equipos municipales de Cautín.'],
    [2, 'andinas', 98_500_000, -43, 'Plataforma de analítica en la nube con integración de fuentes regionales.'],
    [2, 'lafken', 64_000_000, -42, 'Publicación de datos en planillas y talleres.'],
    [3, 'disena', 54_000_000, -44, 'Investigación con usuarios en las 32 comunas, con intérpretes de mapudungun donde se requiera.'],
    [3, 'codigo', 58_900_000, -42, 'Prototipos navegables y pruebas de usabilidad remotas y presenciales.'],
  ]);
  for (const lotId of call.lots) await openLotBids(c.tx, c.config, lotId, SYSTEM_ACTOR, day(-40, 19));
  for (const e of [first, second]) await appointEvaluator(c.tx, { callId: call.id, personId: e.personId, actor: audit(buyer) });
  // The second evaluator worked with Analítica Cautín, a member of the joint venture, and abstains from its bid.
  await evaluate(c, call, [[first, []], [second, ['datosSur']]], bids, {
    nahuelbuta: [88, 85], codigo: [84, 78], andinas: [66, 80], datosSur: [90, 86], lafken: [42, 60], disena: [92, 88],
  }, -37);
  // Each admitted supplier signs the agreement, up to the lot's budget; the agreement itself is executed through call-offs.
  for (const [i, ids] of (await awardAndConfirm(c, call.lots, buyer, -32, -21)).entries()) {
    const { title, budgetAmount, deliveryEnd } = FRAMEWORK.lots[i]!;
    for (const awardId of ids) {
      await signContract(c.tx, { awardId, title: `Convenio marco — ${title}`, amount: budgetAmount, periodStart: date(-19), periodEnd: deliveryEnd },
        audit(buyer), day(-19 + i, 14));
    }
  }
  await seedCallOffs(c, call, buyer);
}

/** A direct call-off to the Angol cooperative and a renewed competition between the two admitted on data, both paid in part. */
async function seedCallOffs(c: Ctx, call: Call, buyer: Person) {
  const [web, data] = call.lots as [number, number];
  const observatory = 'Observatorio regional de inversión pública';
  const malleco = 'Sitio y trámites en línea del Programa de Fomento Productivo de Malleco';
  const competition = await placeCallOff(c.tx, { callId: call.id, lotId: data, method: 'mini_competition', maxAmount: 30_000_000, quotesUntil: day(-11, 18),
    title: observatory, description: 'Tablero público con la inversión del GORE por comuna y proyecto, actualizado cada mes.' }, audit(buyer), day(-16));
  const direct = await placeCallOff(c.tx, { callId: call.id, lotId: web, method: 'direct', supplierId: c.s.nahuelbuta.id, maxAmount: 24_000_000,
    title: malleco, description: 'Rediseño del sitio del programa y postulación en línea a sus fondos, para los 11 municipios de Malleco.' }, audit(buyer), day(-15));
  const steps: [string, string] = ['Diagnóstico y prototipo validado con usuarios', 'Puesta en producción y traspaso'];
  // In the order it happened, so each process's public history reads in date order.
  await submitQuote(c.tx, { callOffId: competition, supplierId: c.s.andinas.id, amount: 28_900_000 }, audit(c.s.andinas.rep), day(-14, 13));
  const directWork = await sign(c, buyer, { callOffId: direct }, malleco, 24_000_000, -14, steps);
  await submitQuote(c.tx, { callOffId: competition, supplierId: c.s.datosSur.id, amount: 27_400_000 }, audit(c.s.datosSur.rep), day(-13));
  const won = await awardCallOff(c.tx, { callOffId: competition }, audit(buyer), day(-10));
  const competitionWork = await sign(c, buyer, { callOffId: competition }, observatory, won.amount, -9, steps, 0.3, 6);
  await pay(c, directWork, -4);
  await pay(c, competitionWork, -2);
}

/** Temuco's grant call: the first lot awarded to an association and under way; the second just opened, for the demo official to evaluate. */
async function seedGrant(c: Ctx, temucoId: number, official: Person) {
  const colleague = await demoPerson(c.tx, 'Jefa de Organizaciones Comunitarias Temuco (demo)', temucoId);
  const call = await createAndPublish(c, temucoId, GRANT, official, -50, -48);
  const first = await bid(c, call, [
    [1, 'redDigital', 11_800_000, -38, 'Talleres semanales en 12 sedes vecinales de Pueblo Nuevo y Amanecer, con monitores jóvenes del barrio.'],
    [1, 'ciudadana', 9_500_000, -37, 'Cápsulas de video sobre trámites en línea, difundidas por radios comunitarias.'],
  ]);
  await openLotBids(c.tx, c.config, call.lots[0]!, SYSTEM_ACTOR, day(-35, 19));
  for (const e of [official, colleague]) await appointEvaluator(c.tx, { callId: call.id, personId: e.personId, actor: audit(official) });
  await evaluate(c, call, [[official, []], [colleague, []]], first, { redDigital: [90, 85], ciudadana: [70, 72] }, -33);
  const [[awardId]] = await awardAndConfirm(c, [call.lots[0]!], official, -30, -19);
  const work = await sign(c, official, { awardId: awardId! }, 'Convenio de transferencia — Alfabetización digital de personas mayores', 11_800_000, -18,
    ['Primer ciclo de talleres en seis sedes', 'Segundo ciclo de talleres y evaluación con participantes'], 0.5, 13);
  await pay(c, work, -5);
  await bid(c, call, [
    [2, 'lafken', 9_200_000, -6, 'Un sitio que explica el presupuesto municipal por barrio, con datos abiertos descargables.'],
    [2, 'ciudadana', 8_700_000, -5, 'Boletín mensual del gasto municipal en lenguaje claro y audiencias en juntas de vecinos.'],
  ]);
  await openLotBids(c.tx, c.config, call.lots[1]!, SYSTEM_ACTOR, day(-3, 19));
}

/** Temuco's open tender: a sealed bid from the demo supplier's company, one question answered and one waiting for the demo official. */
async function seedOpenTender(c: Ctx, temucoId: number, official: Person) {
  const call = await createAndPublish(c, temucoId, OPEN_TENDER, official, -6, -5);
  const question = '¿La plataforma debe integrarse con el sistema de pagos municipal existente?';
  const q = await askQuestion(c.tx, { callId: call.id, lotId: call.lots[0]!, question }, audit(c.s.nahuelbuta.rep), day(-4));
  const answer = 'Sí, con el botón de pago que hoy usa el municipio; sus especificaciones se publican como anexo.';
  await answerQuestion(c.tx, { callId: call.id, questionId: q, answer }, audit(official), day(-3));
  const waiting = '¿Se puede ofertar en ambos lotes con equipos distintos de la misma empresa?';
  await askQuestion(c.tx, { callId: call.id, lotId: null, question: waiting }, audit(c.s.andinas.rep), day(-1));
  await bid(c, call, [[1, 'codigo', 41_200_000, -1, 'Plataforma de reservas en software libre, accesible desde el teléfono, con atención en los recintos.']]);
}

export async function seedProcurementDemo(tx: Tx, config: SeedConfig): Promise<void> {
  const gore = await findInstitution(tx, 'gore-la-araucania');
  const temuco = await findInstitution(tx, 'temuco');
  if (!gore || !temuco) throw new Error('demo seed: La Araucanía\'s regional government or Temuco is missing; load the reference data first');
  const official = await demoAccount(tx, 'funcionaria.temuco@demo.cabildo.cl');
  const c: Ctx = { tx, config, s: await seedSuppliers(tx, await demoAccount(tx, 'proveedor@demo.cabildo.cl')) };
  await seedFramework(c, gore.id);
  await seedGrant(c, temuco.id, official);
  await seedOpenTender(c, temuco.id, official);
}
