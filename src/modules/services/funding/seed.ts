// The funding area's demo (issue 10), on the registry's demo services (registry/seed-data.ts; a slug missing there
// is skipped): spending entries of the live services over 2025–2026, each with its source; Temuco's grant agreement
// of the procurement demo ("Alfabetización digital de personas mayores", signed and partly paid) graduated into a
// service in investigación through the graduation command; the GORE's framework agreement for service design linked
// to its school-enrolment helper; and participation's accepted Temuco proposal (inclusive playgrounds) graduated
// too. Each act is audited under the demo official who would do it (funcionaria.temuco / gore.araucania).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import type { Config } from '../../../core/config.js';
import { people } from '../../../core/auth/schema.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { findContractsForServices } from '../../procurement/index.js';
import { findProposalsForServices } from '../../participation/index.js';
import type { DemoServices } from '../registry/seed.js';
import { findServiceById } from '../registry/queries.js';
import { servicesIncubators } from '../registry/schema.js';
import { graduateService } from '../graduation/commands/graduate-service.js';
import { addSpending, type SpendingInput } from './commands/spending.js';
import { linkContract } from './commands/link-contract.js';

const TEMUCO = 'funcionaria.temuco@demo.cabildo.cl';
const GORE = 'gore.araucania@demo.cabildo.cl';

const SPENDING: Record<string, Array<SpendingInput & { by: string }>> = {
  'permisos-edificacion-en-linea': [
    { by: TEMUCO, year: 2025, amount: 14_400_000, budgetLine: '21.01', description: 'Media jornada de una arquitecta de la Dirección de Obras, marzo a diciembre (planilla municipal).' },
    { by: TEMUCO, year: 2025, amount: 1_180_000, budgetLine: '22.11.003', description: 'Alojamiento en la nube y dominio del servicio (facturas del Departamento de Informática).' },
    { by: TEMUCO, year: 2026, amount: 17_280_000, budgetLine: '21.01', description: 'Media jornada de la arquitecta líder y apoyo de un dibujante técnico (planilla municipal).' },
    { by: TEMUCO, year: 2026, amount: 640_000, description: 'Pruebas con usuarios: traslado y colación de diez arquitectos independientes.' },
  ],
  'asistente-postulacion-escolar': [
    { by: GORE, year: 2025, amount: 24_000_000, budgetLine: '21.02', description: 'Dos profesionales del programa GovTech regional, media jornada (personal a contrata del GORE).' },
    { by: GORE, year: 2026, amount: 26_400_000, budgetLine: '21.02', description: 'Dos profesionales del programa GovTech regional, media jornada (personal a contrata del GORE).' },
    { by: GORE, year: 2026, amount: 3_900_000, budgetLine: '22.11.003', description: 'Capacidad adicional en la nube durante el proceso de admisión 2026.' },
  ],
  'agenda-horas-cesfam': [
    { by: TEMUCO, year: 2025, amount: 5_600_000, budgetLine: '21.01', description: 'Horas de una profesional del Departamento de Salud Municipal, junio a diciembre.' },
    { by: TEMUCO, year: 2026, amount: 9_600_000, budgetLine: '21.01', description: 'Horas de una profesional del Departamento de Salud Municipal y de un TENS del CESFAM Amanecer.' },
    { by: TEMUCO, year: 2026, amount: 2_150_000, description: 'Mensajes SMS de confirmación de horas (proveedor contratado por el Departamento de Salud).' },
  ],
};

async function actorOf(tx: Tx, email: string) {
  const [p] = await tx.select({ id: people.id, label: people.name }).from(people).where(eq(people.email, email));
  if (!p) throw new Error(`demo seed: the demo account ${email} is missing (core/seed-demo.ts)`);
  return p;
}

async function incubatorId(tx: Tx, slug: string) {
  const [row] = await tx.select({ id: servicesIncubators.id }).from(servicesIncubators).where(eq(servicesIncubators.slug, slug));
  return row?.id ?? null;
}

export async function seedFundingDemo(tx: Tx, services: DemoServices, config: Pick<Config, 'baseUrl'>): Promise<void> {
  // The installation's address: the graduated grant's incubatorRef is the service's public URL.
  const { baseUrl } = config;
  for (const [slug, entries] of Object.entries(SPENDING)) {
    const id = services.get(slug);
    const service = id === undefined ? null : await findServiceById(tx, id);
    if (!service) continue;
    for (const { by, ...entry } of entries) await addSpending(tx, service, entry, await actorOf(tx, by));
  }
  await linkServiceDesignAgreement(tx, services, baseUrl);
  await graduateDemoGrant(tx, baseUrl);
  await graduateDemoProposal(tx, baseUrl);
}

/** The GORE's framework agreement for service design (procurement demo) funds its school-enrolment helper's research. */
async function linkServiceDesignAgreement(tx: Tx, services: DemoServices, baseUrl: string) {
  const id = services.get('asistente-postulacion-escolar');
  const gore = await findInstitution(tx, 'gore-la-araucania');
  const service = id === undefined ? null : await findServiceById(tx, id);
  if (!service || !gore) return;
  const contract = (await findContractsForServices(tx, { institutionIds: [gore.id] })).find((c) => c.title.startsWith('Convenio marco — Diseño de servicios'));
  if (contract) await linkContract(tx, service, contract.id, await actorOf(tx, GORE), baseUrl);
}

async function graduateDemoGrant(tx: Tx, baseUrl: string) {
  const temuco = await findInstitution(tx, 'temuco');
  const lab = await incubatorId(tx, 'laboratorio-temuco');
  if (!temuco || lab === null) return;
  const grant = (await findContractsForServices(tx, { institutionIds: [temuco.id], grantsOnly: true })).find((c) => c.title.includes('Alfabetización digital de personas mayores'));
  if (!grant) return;
  await graduateService(tx, {
    origin: { kind: 'grant', id: grant.id }, slug: 'acompanamiento-digital-personas-mayores', title: 'Acompañamiento digital de personas mayores',
    mission: 'Muchas personas mayores de Pueblo Nuevo y Amanecer no logran hacer solas sus trámites en línea (citas de salud, pensiones, '
      + 'permisos) y dependen de un familiar o pierden el día en una fila. Los talleres financiados por el fondo concursable mostraron qué '
      + 'les falta: saber a quién preguntar cerca de su casa y en qué horario.',
    incubatorId: lab, leadEmail: TEMUCO, leadTitle: 'Profesional de la Dirección de Desarrollo Comunitario',
  }, await actorOf(tx, TEMUCO), baseUrl);
}

async function graduateDemoProposal(tx: Tx, baseUrl: string) {
  const temuco = await findInstitution(tx, 'temuco');
  const lab = await incubatorId(tx, 'laboratorio-temuco');
  if (!temuco || lab === null) return;
  const proposal = (await findProposalsForServices(tx, { institutionIds: [temuco.id], acceptedOnly: true })).find((p) => p.title.startsWith('Juegos inclusivos'));
  if (!proposal) return;
  await graduateService(tx, {
    origin: { kind: 'proposal', id: proposal.id }, slug: 'plazas-inclusivas-temuco', title: 'Plazas inclusivas de Temuco',
    mission: 'Las familias con niñas y niños con discapacidad no saben, antes de salir de casa, qué plazas de Temuco tienen juegos inclusivos, '
      + 'piso de caucho y accesos para sillas de ruedas, ni cuándo estarán listas las que el municipio renovará.',
    incubatorId: lab, leadEmail: TEMUCO, leadTitle: 'Profesional de la Dirección de Obras Municipales',
  }, await actorOf(tx, TEMUCO), baseUrl);
}
