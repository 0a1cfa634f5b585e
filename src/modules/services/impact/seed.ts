// The impact area's demo (issue 10): on each demo service that got past investigation (it has a construcción phase),
// 2–4 indicators chosen by what the service does (permits, school enrolment, health appointments, or a generic pair),
// monthly values Dec 2025–Oct 2026 from its latest launch month (and up to its end if it was abandoned), one gap (no
// satisfaction survey in May 2026), and targets as a trajectory. Nothing for services still in investigation, stopped
// there, or ended before the window.
// The series are deterministic (no randomness) so the demo and its screenshots read the same on every start; written
// through the commands, so the audit log has them too.
import type { Tx } from '../../../core/db/client.js';
import type { AuditActor } from '../../../core/audit/log.js';
import { findServiceById } from '../registry/queries.js';
import type { DemoServices } from '../registry/seed.js';
import { FINAL_PHASES, LAUNCH_PHASE } from '../phases.js';
import type { IndicatorInput } from './commands/define-indicator.js';
import { defineIndicator } from './commands/define-indicator.js';
import { setTarget } from './commands/targets.js';
import { upsertValues } from './commands/record-values.js';
import { currentMonthInChile } from './queries.js';
import { monthsBetween } from './series.js';

const FIRST = '2025-12';
const LAST = '2026-10';
const GAP = '2026-05';
const DEMO: AuditActor = { id: null, label: 'demo' };

interface DemoIndicator { input: IndicatorInput; value: (k: number) => number; targets: Array<[string, number]>; gap?: boolean }

const round1 = (v: number) => Math.round(v * 10) / 10;
/** Monthly growth with a gentle seasonal wobble: plausible, never random. */
const grow = (start: number, rate: number) => (k: number) => Math.round(start * (1 + rate) ** k * (1 + 0.05 * Math.sin(k * 1.3)));

const satisfaction: DemoIndicator = {
  input: { code: 'satisfaccion', name: 'Satisfacción de las personas usuarias', kind: 'satisfaction', unit: 'grade_1_7', direction: 'up',
    method: 'Nota promedio de 1 a 7 en la encuesta breve al terminar el trámite; en mayo de 2026 no se aplicó la encuesta.' },
  value: (k) => round1(Math.min(6.4, 5.1 + 0.12 * k + 0.1 * Math.sin(k))), targets: [['2026-06', 5.8], ['2026-12', 6.2]], gap: true,
};

const PERMITS: DemoIndicator[] = [
  { input: { code: 'permisos-en-linea', name: 'Permisos ingresados en línea', kind: 'usage', unit: 'count', direction: 'up',
    method: 'Solicitudes de permiso ingresadas por el formulario en línea en el mes, según el registro del sistema.' },
  value: grow(420, 0.07), targets: [['2026-06', 650], ['2026-12', 950]] },
  { input: { code: 'dias-hasta-permiso', name: 'Días hasta el permiso', kind: 'impact', unit: 'days', direction: 'down',
    method: 'Mediana de días corridos entre el ingreso de la solicitud y la emisión del permiso, para los permisos emitidos en el mes.' },
  value: (k) => round1(Math.max(7, 18.5 - 1.1 * k + 0.6 * Math.sin(k))), targets: [['2026-06', 12], ['2026-12', 8]] },
  { input: { code: 'tramites-en-linea', name: 'Porcentaje de trámites en línea', kind: 'impact', unit: 'percent', direction: 'up',
    method: 'Permisos ingresados en línea dividido por el total de permisos ingresados (en línea y presenciales) en el mes.' },
  value: (k) => round1(Math.min(72, 24 + 4.3 * k)), targets: [['2026-06', 45], ['2026-12', 65]] },
  satisfaction,
];

const SCHOOLS: DemoIndicator[] = [
  { input: { code: 'postulaciones-completas', name: 'Postulaciones completadas con la ayuda', kind: 'usage', unit: 'count', direction: 'up',
    method: 'Familias que terminaron su postulación después de usar el asistente, según el registro del asistente.' },
  value: grow(150, 0.09), targets: [['2026-08', 300], ['2026-12', 450]] },
  { input: { code: 'minutos-para-postular', name: 'Minutos para postular', kind: 'impact', unit: 'minutes', direction: 'down',
    method: 'Mediana de minutos entre el inicio y el envío de la postulación, en las sesiones del mes.' },
  value: (k) => round1(Math.max(14, 42 - 2.6 * k)), targets: [['2026-06', 30], ['2026-12', 20]] },
  satisfaction,
];

const HEALTH: DemoIndicator[] = [
  { input: { code: 'horas-confirmadas', name: 'Horas confirmadas en línea', kind: 'usage', unit: 'count', direction: 'up',
    method: 'Horas de atención confirmadas por las personas desde el mensaje del servicio, según el registro de la agenda.' },
  value: grow(380, 0.08), targets: [['2026-08', 700], ['2026-12', 1000]] },
  { input: { code: 'inasistencias', name: 'Horas perdidas por inasistencia', kind: 'impact', unit: 'percent', direction: 'down',
    method: 'Horas agendadas a las que la persona no asistió ni avisó, sobre el total de horas agendadas del mes.' },
  value: (k) => round1(Math.max(9, 24 - 1.6 * k)), targets: [['2026-08', 18], ['2026-12', 12]] },
  satisfaction,
];

const GENERIC: DemoIndicator[] = [
  { input: { code: 'personas-atendidas', name: 'Personas atendidas', kind: 'usage', unit: 'count', direction: 'up',
    method: 'Personas distintas que usaron el servicio en el mes, según el registro del sistema.' },
  value: grow(260, 0.05), targets: [['2026-12', 480]] },
  satisfaction,
];

function indicatorsFor(slug: string): DemoIndicator[] {
  if (/permis|licencia|patente|obra/.test(slug)) return PERMITS;
  if (/matricul|escuel|escolar|colegio|postula/.test(slug)) return SCHOOLS;
  if (/cesfam|salud|horas/.test(slug)) return HEALTH;
  return GENERIC;
}

export async function seedImpactDemo(tx: Tx, services: DemoServices): Promise<void> {
  const current = currentMonthInChile();
  for (const id of services.values()) {
    const service = await findServiceById(tx, id);
    // The latest launch: a service that pivoted back to investigation measures again from its new construction.
    const launch = [...(service?.phases ?? [])].reverse().find((p) => p.phase === LAUNCH_PHASE);
    if (!service || !launch) continue;
    const end = service.phases.find((p) => (FINAL_PHASES as readonly string[]).includes(p.phase))?.startedOn.slice(0, 7) ?? LAST;
    const start = launch.startedOn.slice(0, 7) > FIRST ? launch.startedOn.slice(0, 7) : FIRST;
    const months = monthsBetween(start, end < LAST ? end : LAST).filter((m) => m <= current);
    if (months.length === 0) continue;
    for (const demo of indicatorsFor(service.slug)) {
      const indicator = await defineIndicator(tx, service, demo.input, DEMO);
      for (const [month, value] of demo.targets) await setTarget(tx, service, indicator, { month, value }, DEMO, current);
      // k counts from December 2025 whatever the launch month, so a late service joins the same curve.
      const rows = months.filter((m) => !(demo.gap && m === GAP))
        .map((month, at) => ({ indicator, month, value: demo.value(monthsBetween(FIRST, month).length - 1), at }));
      if (rows.length > 0) await upsertValues(tx, service, rows, 'import', DEMO, current);
    }
  }
}
