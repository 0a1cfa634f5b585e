// The requests demo for Temuco: a dozen information requests in every state, with the subjects residents and
// journalists really ask municipalities about, filed and worked through the real commands (so their events, audit
// rows and cached deadlines are genuine), with dates relative to the day the seed runs: "overdue", "appeal window
// open" and "awaiting correction" stay true whenever the demo is installed. Most requesters keep their name private.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { fileRequest } from './commands/file-request.js';
import { recordRequestEvent } from './commands/record-event.js';
import type { Author } from './lifecycle.js';
import type { RequestEventKind } from './events.js';

/** A step: days before today, hour in Santiago, kind, data and who writes it (an official unless said). */
type Step = [daysAgo: number, hour: number, kind: RequestEventKind, data: Record<string, unknown>, by?: Author];
type DemoRequest = { subject: string; body: string; name: string; showName?: boolean; filed: [number, number]; steps?: Step[] };

const at = (daysAgo: number, hour: number) =>
  fromSantiagoLocal(`${toSantiagoDate(new Date(Date.now() - daysAgo * 86_400_000))}T${String(hour).padStart(2, '0')}:00`)!;

const DEMO: DemoRequest[] = [
  { subject: 'Contratos vigentes de recolección de basura', body: 'Solicito copia de los contratos vigentes de recolección de residuos domiciliarios, con sus anexos, bases de licitación y el detalle de pagos mensuales de 2025.',
    name: 'Camila Fuentes Araya', showName: true, filed: [1, 9] },
  { subject: 'Horas extraordinarias pagadas al personal municipal en 2025', body: 'Monto total pagado por horas extraordinarias en 2025, por dirección municipal y por mes, y el número de funcionarios que las recibieron.',
    name: 'Jorge Millán Huenchullán', filed: [10, 11], steps: [[9, 10, 'acknowledged', {}]] },
  { subject: 'Licencias de conducir otorgadas en 2024 por clase', body: 'Número de licencias de conducir otorgadas por la Dirección de Tránsito durante 2024, por clase de licencia y por mes, y número de exámenes reprobados.',
    name: 'Francisca Rojas', filed: [45, 12], steps: [[44, 9, 'acknowledged', {}], [20, 16, 'note', { text: 'Pedir la planilla a Tránsito; no ha llegado.' }]] },
  { subject: 'Actas del concejo municipal 2023 y 2024', body: 'Copia de todas las actas de sesiones ordinarias y extraordinarias del concejo municipal de 2023 y 2024, y el registro de asistencia de cada concejal.',
    name: 'Diario Austral de La Araucanía', showName: true, filed: [26, 10], steps: [[25, 9, 'acknowledged', {}],
      [2, 15, 'extended', { reasons: 'Las actas de 2023 están en papel en la Secretaría Municipal y deben digitalizarse; son 96 sesiones.' }]] },
  { subject: 'Información sobre la municipalidad', body: 'Quiero toda la información de la municipalidad.',
    name: 'Pedro Sandoval', filed: [4, 18], steps: [[3, 10, 'correction_requested', { reasons: 'La solicitud no identifica qué información pide (Ley 20.285 art. 12 b). Indique qué documentos o datos, de qué unidad y de qué periodo.' }]] },
  { subject: 'Gastos', body: 'Gastos.', name: 'Anónimo', filed: [30, 20], steps: [
    [29, 10, 'correction_requested', { reasons: 'Indique de qué gastos, de qué unidad municipal y de qué periodo.' }], [15, 1, 'correction_expired', {}, 'system']] },
  { subject: 'Permisos de circulación pagados en Temuco en 2025', body: 'Número de permisos de circulación pagados en la comuna en 2025, por tipo de vehículo.',
    name: 'Rodrigo Painemal', filed: [20, 13], steps: [[12, 19, 'withdrawn', { reasons: 'Encontré los datos en el portal de transparencia activa.' }, 'requester']] },
  { subject: 'Licencias de conducir otorgadas en Padre Las Casas', body: 'Número de licencias de conducir otorgadas por la Dirección de Tránsito de Padre Las Casas en 2025.',
    name: 'María José Catrileo', filed: [15, 9], steps: [[14, 12, 'transferred', { toBody: 'Municipalidad de Padre Las Casas', reasons: 'Las licencias de Padre Las Casas las otorga su propia Dirección de Tránsito (Ley 20.285 art. 13).' }]] },
  { subject: 'Pagos 2025 del contrato de recolección de residuos', body: 'Detalle de los pagos mensuales hechos en 2025 a la empresa concesionaria de recolección de residuos, con multas aplicadas.',
    name: 'Tomás Lagos Vidal', showName: true, filed: [60, 10], steps: [[59, 9, 'acknowledged', {}],
      [40, 12, 'answered', { kind: 'delivered', text: 'Se adjunta la planilla de pagos mensuales y las dos multas cursadas en 2025.' }],
      [38, 20, 'satisfaction', { satisfied: true, text: 'Completo y a tiempo, gracias.' }, 'requester']] },
  { subject: 'Correos electrónicos del alcalde en 2024', body: 'Copia de todos los correos electrónicos enviados y recibidos por el alcalde durante 2024.',
    name: 'Valentina Soto', filed: [25, 11], steps: [[24, 9, 'acknowledged', {}],
      [3, 17, 'answered', { kind: 'denied', cause: '21.1.c', text: 'Se trata de un requerimiento genérico, referido a un elevado número de actos, cuya atención distraería indebidamente a los funcionarios (Ley 20.285 art. 21 nº 1 letra c).' }],
      [2, 21, 'comment', { text: 'Voy a reformular la solicitud por meses y a presentar un amparo.' }, 'requester']] },
  { subject: 'Remuneraciones del personal a honorarios de la Dirección de Obras', body: 'Nómina del personal a honorarios de la Dirección de Obras Municipales con sus remuneraciones y horas extra de 2025.',
    name: 'Colectivo Datos Abiertos Araucanía', showName: true, filed: [50, 10], steps: [[49, 9, 'acknowledged', {}],
      [48, 12, 'third_party_notified', { label: 'Personas contratadas a honorarios' }],
      [47, 15, 'third_party_opposed', { reasons: 'Tres personas se oponen a que se publiquen sus nombres junto a sus honorarios.' }],
      [30, 16, 'answered', { kind: 'partially_delivered', cause: '21.2', text: 'Se entregan los montos por función; se reservan los nombres de quienes se opusieron (art. 20).' }]] },
  { subject: 'Estudios de tránsito del sector Pedro de Valdivia', body: 'Copia de los estudios de impacto vial o de tránsito encargados para el sector Pedro de Valdivia desde 2020.',
    name: 'Junta de Vecinos Pedro de Valdivia', filed: [70, 10], steps: [[69, 9, 'acknowledged', {}],
      [35, 11, 'answered', { kind: 'not_held', text: 'La municipalidad no ha encargado estudios de tránsito para ese sector; el último lo hizo el MOP en 2018.' }]] },
  { subject: 'Presupuesto municipal 2026', body: 'Presupuesto municipal aprobado para 2026, por programa.',
    name: 'Ignacio Reyes', filed: [8, 15], steps: [[6, 10, 'answered', { kind: 'already_public', text: 'Está publicado en transparencia activa y en el presupuesto abierto de Cabildo.', url: 'https://www.portaltransparencia.cl/' }]] },
  { subject: 'Subsidios y aportes municipales entregados en 2026', body: 'Listado de subsidios de arriendo y aportes a organizaciones entregados por la municipalidad en 2026, con montos y fechas.',
    name: 'Francisca Millán', filed: [22, 12], steps: [[21, 9, 'acknowledged', {}],
      [9, 13, 'answered', { kind: 'partially_delivered', cause: '21.2', text: 'Se entrega la planilla de subsidios y aportes; los datos personales de las personas naturales van tarjados (art. 21 nº 2 y Ley 19.628).' }]] },
];

export async function seedRequestsDemo(tx: Tx): Promise<void> {
  const temuco = await findInstitution(tx, 'temuco');
  if (!temuco) return;
  const padreLasCasas = await findInstitution(tx, 'padre-las-casas');
  const [official] = await tx.select({ id: people.id }).from(people).where(eq(people.email, 'funcionaria.temuco@demo.cabildo.cl'));
  for (const d of DEMO) {
    const { id } = await fileRequest(tx, {
      institutionId: temuco.id, subject: d.subject, body: d.body, requesterName: d.name,
      requesterEmail: `${d.name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@example.cl`,
      showName: d.showName ?? false, rules: { thirdPartySuspends: false }, at: at(...d.filed),
    });
    let notice = 0;
    for (const [daysAgo, hour, kind, data, by = 'official'] of d.steps ?? []) {
      // The ids a step refers to are known only once written: the transfer's target, the opposed notice.
      const extra = kind === 'transferred' && padreLasCasas ? { toInstitutionId: padreLasCasas.id }
        : kind === 'third_party_opposed' ? { notifiedEventId: notice } : {};
      const { eventId } = await recordRequestEvent(tx, {
        requestId: id, kind, data: { ...data, ...extra }, author: by, personId: by === 'official' ? official?.id ?? null : null, at: at(daysAgo, hour),
      });
      if (kind === 'third_party_notified') notice = eventId;
    }
  }
}
