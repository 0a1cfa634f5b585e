// Reads of action plans: a plan with its taxonomy, an institution's plans, and the dashboard: progress of the plan's
// lines by pillar and by axis (rules.ts weightedProgress over the lines, cancelled ones left out), with how many are
// done and overdue (queries.ts overdueSql: the same flag as every list). A line's sub-commitments count through
// their line's progress, not again as lines of their own. A plan holds tens of lines, read at once.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { CalendarDate } from '../../../core/calendar/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationActionPlans as plans, participationCommitmentAxes as ca, participationCommitments as c, participationPlanAxes as axes,
  participationPlanPillars as pillars } from './schema.js';
import { overdueSql } from './queries.js';
import { weightedProgress } from './rules.js';

export async function findPlan(db: DbOrTx, id: number) {
  const [plan] = await db.select({ id: plans.id, institutionId: plans.institutionId, title: plans.title, description: plans.description, period: plans.period,
    createdAt: plans.createdAt, institutionSlug: institutions.slug, institutionName: institutions.name })
    .from(plans).innerJoin(institutions, eq(institutions.id, plans.institutionId)).where(eq(plans.id, id));
  if (!plan) return null;
  const [pillarRows, axisRows] = await Promise.all([
    db.select({ id: pillars.id, name: pillars.name }).from(pillars).where(eq(pillars.planId, id)).orderBy(asc(pillars.position)),
    db.select({ id: axes.id, name: axes.name }).from(axes).where(eq(axes.planId, id)).orderBy(asc(axes.position)),
  ]);
  return { ...plan, pillars: pillarRows, axes: axisRows };
}
export type PlanDetail = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export const plansOf = (db: DbOrTx, institutionId: number) =>
  db.select({ id: plans.id, title: plans.title, period: plans.period }).from(plans).where(eq(plans.institutionId, institutionId)).orderBy(desc(plans.id));

export interface Tally { id: number; name: string; lines: number; done: number; overdue: number; progress: number }

export async function planDashboard(db: DbOrTx, plan: PlanDetail, today: CalendarDate) {
  const lines = await db.select({ id: c.id, title: c.title, pillarId: c.pillarId, progress: c.progress, weight: c.weight, status: c.status, dueDate: c.dueDate,
    overdue: overdueSql(today) }).from(c).where(and(eq(c.actionPlanId, plan.id), isNull(c.parentId))).orderBy(asc(c.id));
  const links = lines.length === 0 ? [] : await db.select({ commitmentId: ca.commitmentId, axisId: ca.axisId }).from(ca).innerJoin(c, eq(c.id, ca.commitmentId))
    .where(eq(c.actionPlanId, plan.id));
  const tally = (id: number, name: string, of: typeof lines): Tally => ({ id, name, lines: of.length, done: of.filter((l) => l.status === 'done').length,
    overdue: of.filter((l) => l.overdue).length, progress: weightedProgress(of) });
  const axesOf = (lineId: number) => links.filter((l) => l.commitmentId === lineId).map((l) => l.axisId);
  return {
    total: tally(0, plan.title, lines),
    byPillar: plan.pillars.map((p) => tally(p.id, p.name, lines.filter((l) => l.pillarId === p.id))),
    byAxis: plan.axes.map((a) => tally(a.id, a.name, lines.filter((l) => axesOf(l.id).includes(a.id)))),
    lines: lines.map((l) => ({ ...l, axisIds: axesOf(l.id) })),
  };
}
export type Dashboard = Awaited<ReturnType<typeof planDashboard>>;
