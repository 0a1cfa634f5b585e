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
import { computeDv } from '../../core/identity/run.js';
import { toSantiagoDate } from '../../core/calendar/index.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import type { AuditActor } from '../../core/audit/log.js';
import { procurementCriteria, procurementLots } from './schema.js';
import type { SupplierInput } from './suppliers/validation.js';
import { registerSupplier } from './suppliers/commands/register-supplier.js';
import type { CallInput, CriterionInput, LotInput } from './calls/rules.js';
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

const DAY = 86_400_000;
const TODAY = Math.floor(Date.now() / DAY) * DAY;
/** An instant `days` from today (UTC) at a whole hour: 15:00 UTC is noon in Santiago in summer. */
const day = (days: number, hourUtc = 15) => new Date(TODAY + days * DAY + hourUtc * 3600_000);
const date = (days: number) => toSantiagoDate(day(days));
const rut = (numero: number) => `${numero}-${computeDv(numero)}`;

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

const SUPPLIERS = {
  codigo: {
    kind: 'company', legalName: 'Código Araucanía SpA', rut: rut(77_412_583), size: 'micro', comunaCode: '09101',
    description: 'Microempresa de Temuco: sitios y aplicaciones web y móviles accesibles para servicios públicos, con software libre.',
    website: 'https://codigo-araucania.example', categories: ['software-development', 'ux-design', 'open-source-support'],
    references: [{ client: 'Municipalidad de Padre Las Casas', description: 'Portal de trámites municipales en línea', year: 2025, amount: 18_500_000 }],
  },
  nahuelbuta: {
    kind: 'cooperative', legalName: 'Cooperativa de Trabajo Tecnológico Nahuelbuta', rut: rut(65_208_147), size: 'small', comunaCode: '09201',
    description: 'Cooperativa de trabajo de Angol (Ley 19.832): desarrollo de software, soporte y capacitación digital en la provincia de Malleco.',
    categories: ['software-development', 'digital-training', 'open-source-support'],
    references: [{ client: 'Municipalidad de Collipulli', description: 'Aplicación móvil de reportes vecinales', year: 2024, amount: 9_800_000 }],
  },
  disena: {
    kind: 'association', legalName: 'Asociación Gremial de Diseño de Servicios del Sur', rut: rut(65_331_902), size: 'micro', comunaCode: '09120',
    description: 'Diseñadoras y diseñadores de servicios de La Araucanía: investigación con usuarios, prototipos y pruebas de usabilidad.',
    categories: ['ux-design', 'digital-training'],
  },
  datosSur: {
    kind: 'joint_venture', legalName: 'Unión Temporal Datos del Sur', rut: rut(77_905_316), size: 'small', comunaCode: '09101',
    description: 'Unión temporal de dos pymes de La Araucanía para analítica de datos y sistemas de información geográfica.',
    categories: ['data-analytics', 'gis-mapping'],
    members: [
      { rut: rut(76_843_220), name: 'Analítica Cautín Limitada', kind: 'company', size: 'small', comunaCode: '09101', sharePercent: 60 },
      { rut: rut(77_120_694), name: 'Geoespacial Villarrica SpA', kind: 'company', size: 'micro', comunaCode: '09120', sharePercent: 40 },
    ],
  },
  andinas: {
    kind: 'company', legalName: 'Soluciones Digitales Andinas S.A.', rut: rut(96_721_448), size: 'medium', comunaCode: '13101',
    description: 'Empresa de Santiago: desarrollo de software, nube y analítica para el sector público.',
    categories: ['software-development', 'data-analytics', 'cloud-infrastructure'],
  },
  redDigital: {
    kind: 'association', legalName: 'Asociación Comunitaria Red Digital Pueblo Nuevo', rut: rut(65_190_773), size: 'micro', comunaCode: '09101',
    description: 'Organización comunitaria de Temuco: talleres de alfabetización digital y acompañamiento en trámites en línea.',
    categories: ['digital-training', 'civic-initiative'],
  },
  lafken: {
    kind: 'cooperative', legalName: 'Cooperativa Lafken Datos Abiertos', rut: rut(65_407_259), size: 'micro', comunaCode: '09112',
    description: 'Cooperativa de Padre Las Casas que publica y explica datos públicos locales.',
    categories: ['data-analytics', 'civic-initiative'],
  },
  ciudadana: {
    kind: 'association', legalName: 'Asociación Ciudadana Temuco Transparente', rut: rut(65_288_514), size: 'micro', comunaCode: '09101',
    description: 'Vecinas y vecinos de Temuco que siguen el gasto municipal y lo explican en lenguaje claro.',
    categories: ['civic-initiative'],
  },
} satisfies Record<string, SupplierInput>;
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

const lot = (l: Partial<LotInput> & Pick<LotInput, 'title' | 'budgetAmount' | 'category'>, bidsUntil: number, deliveryDays = 300): LotInput => ({
  description: '', regionCode: '09', admitCount: 2, budgetLine: '22.11.003',
  questionsUntil: day(bidsUntil - 7, 21), bidsUntil: day(bidsUntil, 18), awardBy: date(bidsUntil + 15),
  deliveryStart: date(bidsUntil + 20), deliveryEnd: date(bidsUntil + 20 + deliveryDays), ...l,
});
const criterion = (kind: CriterionInput['kind'], name: string, weight: number, description = '', minScore: number | null = null): CriterionInput => ({
  kind, name, description, weight, minScore,
});

const FRAMEWORK: CallInput = {
  kind: 'framework', title: 'Convenio marco de servicios de desarrollo ágil',
  description: 'El Gobierno Regional de La Araucanía contrata servicios de desarrollo ágil para sus programas y los municipios '
    + 'de la región, en lotes por provincia y especialidad, con presupuesto y calendario fijos. Cada lote admite a dos '
    + 'proveedores, que luego reciben órdenes de compra directas o por nueva competencia entre ellos. Se valoran el arraigo '
    + 'local y el tamaño de la empresa, para que pymes y cooperativas de la región puedan competir.',
  maxLotsBid: 3, maxLotsWon: 2, standstillDays: 5,
  lots: [
    lot({ title: 'Desarrollo web y móvil — Malleco', budgetAmount: 180_000_000, category: 'software-development',
      description: 'Sitios, aplicaciones móviles y trámites en línea para el GORE y los municipios de la provincia de Malleco.' }, -40),
    lot({ title: 'Datos y analítica — Cautín', budgetAmount: 120_000_000, category: 'data-analytics',
      description: 'Tableros, integración de datos y análisis territorial para la provincia de Cautín.' }, -40),
    lot({ title: 'Diseño de servicios (UX) — toda la región', budgetAmount: 60_000_000, category: 'ux-design',
      description: 'Investigación con usuarios, prototipos y pruebas de usabilidad de servicios digitales regionales.' }, -40),
  ],
  criteria: [
    criterion('price', 'Precio', 30, 'Menor precio ofertado ÷ precio de la oferta × 100.'),
    criterion('technical', 'Propuesta técnica', 35, 'Metodología ágil, calidad, accesibilidad y software libre.', 50),
    criterion('team', 'Equipo de trabajo', 15, 'Experiencia y dedicación del equipo propuesto.'),
    criterion('local', 'Arraigo local', 10, 'Proveedor de la región del comprador.'),
    criterion('sme', 'Empresa de menor tamaño', 10, 'Micro y pequeñas empresas, cooperativas y asociaciones (Ley 20.416).'),
  ],
};

const GRANT: CallInput = {
  kind: 'grant', title: 'Fondo concursable de iniciativas digitales de la sociedad civil',
  description: 'La Municipalidad de Temuco financia, sin tomar participación, iniciativas digitales de organizaciones de la '
    + 'sociedad civil de la comuna. Las iniciativas exitosas pueden convertirse en servicios públicos digitales permanentes.',
  maxLotsBid: null, maxLotsWon: 1, standstillDays: 5,
  lots: [
    lot({ title: 'Alfabetización digital de personas mayores', budgetAmount: 12_000_000, category: 'civic-initiative', admitCount: 1,
      budgetLine: '24.01.999', description: 'Talleres en sedes vecinales y acompañamiento en trámites en línea.' }, -35, 180),
    lot({ title: 'Datos abiertos y control ciudadano', budgetAmount: 10_000_000, category: 'civic-initiative', admitCount: 1,
      budgetLine: '24.01.999', description: 'Iniciativas que usen datos públicos de la comuna para informar a la ciudadanía.' }, -3, 180),
  ],
  criteria: [
    criterion('technical', 'Impacto y calidad de la iniciativa', 50, 'A quién llega, qué cambia y cómo se medirá.', 40),
    criterion('team', 'Equipo y trayectoria de la organización', 30),
    criterion('local', 'Arraigo en la comuna', 20),
  ],
};

const OPEN_TENDER: CallInput = {
  kind: 'single_tender', title: 'Plataforma de reservas de recintos deportivos municipales',
  description: 'Desarrollo y puesta en marcha de una plataforma para reservar canchas, gimnasios y piscinas municipales '
    + 'en línea y por teléfono, con pago electrónico y atención presencial en los recintos.',
  maxLotsBid: null, maxLotsWon: null, standstillDays: 5,
  lots: [
    lot({ title: 'Desarrollo de la plataforma', budgetAmount: 45_000_000, category: 'software-development', admitCount: 1 }, 21, 240),
    lot({ title: 'Diseño de servicio y pruebas con usuarios', budgetAmount: 15_000_000, category: 'ux-design', admitCount: 1 }, 21, 120),
  ],
  criteria: FRAMEWORK.criteria,
};

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
