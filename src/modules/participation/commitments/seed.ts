// The accountability demo: a commitment for each funded participatory-budget project (milestones, some progress, one
// overdue), and the institution's open-government action plan with three pillars and the four transversal axes of
// the regional model, its lines as commitments (one split into weighted sub-commitments, to show the roll-up).
// Dates are relative to the day the seed runs, so "overdue" and "on time" stay true whenever the demo is installed.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { createCommitment, updateCommitment } from './commands/save-commitment.js';
import { addEvidence, addMilestone, setMilestoneDone } from './commands/milestones.js';
import { createActionPlan } from './commands/create-plan.js';
import { findCommitment } from './queries.js';
import type { Official } from './commands/record-change.js';

export interface CommitmentsDemoContext {
  institutionId: number; officialId: number; processId: number; fundedProjects: Array<{ id: number; title: string; cost: number }>;
}

const STEPS = ['Diseño y especificaciones técnicas', 'Licitación en Mercado Público', 'Ejecución de obras', 'Recepción y entrega a la comunidad'];
const PILLARS = ['Modernización', 'Transparencia', 'Participación'];
const AXES = ['Gestión del cambio', 'Equidad de género', 'Innovación', 'Tecnología'];

export async function seedCommitmentsDemo(tx: Tx, ctx: CommitmentsDemoContext): Promise<{ commitmentIds: number[] }> {
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, ctx.officialId));
  const official: Official = { personId: ctx.officialId, name: person?.name ?? 'Funcionaria municipal',
    roles: [{ role: 'official', institutionId: ctx.institutionId, permissions: ['participation'] }] };
  const todayNumber = toDayNumber(toSantiagoDate(new Date()));
  const day = (offset: number) => fromDayNumber(todayNumber + offset);
  const ids: number[] = [];
  const base = { institutionId: ctx.institutionId, responsibleUnit: 'Secretaría Comunal de Planificación (SECPLA)' };

  for (const [k, project] of ctx.fundedProjects.entries()) {
    // The first project is well along; the second has a milestone past due (overdue); the rest are starting.
    const id = await createCommitment(tx, { ...base, title: `Ejecutar «${project.title}»`, originType: 'budget_project', originId: project.id, processId: ctx.processId,
      description: `Proyecto ganador del presupuesto participativo, con un costo aprobado de $${project.cost.toLocaleString('es-CL')}.`, dueDate: day(240 + 30 * k) }, official);
    const milestoneIds: number[] = [];
    for (const [s, title] of STEPS.entries()) milestoneIds.push(await addMilestone(tx, { id, institutionId: ctx.institutionId }, { title, dueDate: day((k === 1 ? -75 : 45) + 60 * s) }, official));
    const target = { id, institutionId: ctx.institutionId };
    if (k === 0) {
      await setMilestoneDone(tx, target, milestoneIds[0]!, day(-20), official);
      await addEvidence(tx, target, { kind: 'document', title: 'Especificaciones técnicas aprobadas', url: 'https://www.mercadopublico.cl/', milestoneId: milestoneIds[0] }, official);
      await update(tx, id, official, { progress: 35, status: 'in_progress', note: 'Diseño aprobado por la SECPLA; bases de licitación en revisión jurídica.' });
    } else if (k === 1) await update(tx, id, official, { progress: 10, status: 'in_progress', note: 'El diseño se retrasó por la revisión de la Dirección de Obras.' });
    ids.push(id);
  }

  const plan = await createActionPlan(tx, { institutionId: ctx.institutionId, title: 'Plan de Acción de Gobierno Abierto 2025-2027', period: '2025-2027',
    description: 'Compromisos de la institución con una gestión abierta, cercana y digital, elaborados con la ciudadanía.', pillars: PILLARS, axes: AXES }, official);
  const pillar = (name: string) => plan.pillars.find((p) => p.name === name)!.id;
  const axes = (...names: string[]) => plan.axes.filter((a) => names.includes(a.name)).map((a) => a.id);
  const lines: Array<{ title: string; pillar: string; axes: string[]; due: number; progress: number; status?: 'done' | 'in_progress' | 'planned'; unit: string; children?: Array<[string, number, number]> }> = [
    { title: 'Ventanilla digital única de trámites municipales', pillar: 'Modernización', axes: ['Tecnología', 'Gestión del cambio'], due: 300, progress: 0, unit: 'Departamento de Informática',
      children: [['Catálogo de los 40 trámites más pedidos', 1, 100], ['Pago en línea de permisos de circulación y patentes', 2, 40]] },
    { title: 'Capacitación en herramientas digitales para funcionarias y funcionarios', pillar: 'Modernización', axes: ['Gestión del cambio', 'Equidad de género'], due: 120, progress: 60, unit: 'Departamento de Personas' },
    { title: 'Portal de datos abiertos con el presupuesto y las compras municipales', pillar: 'Transparencia', axes: ['Tecnología', 'Innovación'], due: 180, progress: 100, status: 'done', unit: 'Dirección de Control' },
    { title: 'Respuesta a solicitudes de acceso a la información en 15 días hábiles', pillar: 'Transparencia', axes: ['Gestión del cambio'], due: -30, progress: 70, status: 'in_progress', unit: 'Unidad de Transparencia' },
    { title: 'Consejos vecinales de presupuesto con paridad de género', pillar: 'Participación', axes: ['Equidad de género'], due: 200, progress: 25, unit: 'Dirección de Desarrollo Comunitario (DIDECO)' },
    { title: 'Laboratorio de innovación ciudadana con liceos de la comuna', pillar: 'Participación', axes: ['Innovación', 'Equidad de género'], due: 420, progress: 0, status: 'planned', unit: 'Dirección de Desarrollo Comunitario (DIDECO)' },
  ];
  for (const line of lines) {
    const common = { ...base, responsibleUnit: line.unit, originType: 'action_plan_line' as const, actionPlanId: plan.id, pillarId: pillar(line.pillar), axisIds: axes(...line.axes) };
    const id = await createCommitment(tx, { ...common, title: line.title, dueDate: day(line.due), progress: line.children ? 0 : line.progress,
      status: line.status ?? (line.progress > 0 ? 'in_progress' : 'planned') }, official);
    for (const [title, weight, progress] of line.children ?? []) {
      await createCommitment(tx, { ...common, parentId: id, title, weight, dueDate: day(line.due - 60), progress, status: progress === 100 ? 'done' : 'in_progress' }, official);
    }
    ids.push(id);
  }
  return { commitmentIds: ids };
}

async function update(tx: Tx, id: number, official: Official, input: Parameters<typeof updateCommitment>[2]) {
  const current = (await findCommitment(tx, id, toSantiagoDate(new Date())))!;
  await updateCommitment(tx, current, input, official);
}
