// Demo content of processes: Temuco's "Plan de plazas y espacios públicos 2027" with an information phase and a
// binding vote already past, and a phase open now for proposals, debate and a consultation; the official who runs it
// and a few residents the other areas' seeds use as authors. Demo people have no password (nobody signs in as them)
// and "(demo)" in their names, like the core's demo people.
import type { Tx } from '../../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { createPerson } from '../../../core/auth/commands/create-person.js';
import { grantRole } from '../../../core/auth/commands/grant-role.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { createProcess } from './commands/create-process.js';

const DAY = 86_400_000;
const RESIDENTS = [
  'Francisca Millán Soto (demo)', 'Juan Carlos Ñancupil Huenchual (demo)', 'Valentina Rojas Catrileo (demo)',
  'Matías Fuentes Parra (demo)', 'Rosa Huaiquil Lefiñir (demo)',
];

export interface ProcessesDemo { processId: number; institutionId: number; officialId: number; residentIds: number[] }

export async function seedProcessesDemo(tx: Tx): Promise<ProcessesDemo> {
  const temuco = await findInstitution(tx, 'temuco');
  if (!temuco) throw new Error('demo seed: Temuco is missing; load the reference data first');
  const official = await createPerson(tx, { email: null, name: 'Carolina Painemal Huenchullán (demo)' }, SYSTEM_ACTOR);
  await grantRole(tx, { personId: official.id, role: 'official', institutionId: temuco.id, permissions: ['participation'] }, SYSTEM_ACTOR);
  const residentIds: number[] = [];
  for (const name of RESIDENTS) residentIds.push((await createPerson(tx, { email: null, name }, SYSTEM_ACTOR)).id);
  // Whole hours, so the dates read cleanly on the page.
  const at = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 3600_000) * 3600_000);
  const { process } = await createProcess(tx, {
    institutionId: temuco.id, scope: 'comuna', scopeCode: temuco.cutCode ?? '09101',
    title: 'Plan de plazas y espacios públicos 2027',
    description: 'La Municipalidad de Temuco invita a vecinas y vecinos a decidir qué plazas y espacios públicos se renuevan '
      + 'en 2027 y cómo, con un presupuesto de $1.200 millones del Fondo de Inversión Municipal.\n\n'
      + 'Primero votamos qué plazas son prioritarias por macrosector; ahora recibimos propuestas de diseño para las plazas '
      + 'elegidas (juegos, sombra, iluminación, áreas verdes, accesibilidad) y preguntamos por su uso en una consulta breve. '
      + 'Las propuestas que reúnan los apoyos necesarios serán evaluadas por la Secretaría Comunal de Planificación, que '
      + 'responderá públicamente a cada una.',
    phases: [
      { title: 'Información y diagnóstico', startsAt: at(-75), endsAt: at(-45), components: [],
        description: 'Recorridos por los macrosectores, diagnóstico del estado de 48 plazas y publicación de los criterios.' },
      { title: 'Votación de plazas prioritarias y del presupuesto participativo', startsAt: at(-45), endsAt: at(-30), components: ['vote', 'budget'],
        description: 'Votación vinculante: cada persona verificada eligió hasta tres plazas de su macrosector y los proyectos del presupuesto participativo 2027.' },
      { title: 'Propuestas, consulta y debate', startsAt: at(-30), endsAt: at(30), components: ['consultation', 'proposals', 'debate'],
        description: 'Envíe propuestas de diseño para las plazas elegidas, apoye las que le parezcan mejores, comente y responda la consulta sobre el uso de las plazas.' },
    ],
  }, { personId: official.id, name: official.name });
  return { processId: process.id, institutionId: temuco.id, officialId: official.id, residentIds };
}
