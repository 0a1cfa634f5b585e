// Reads of the engagement area: a service's needs backlog (participation's proposals of its process, most supported
// first, by cursor) and its satisfaction surveys with their results once participation makes them public.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { consultationResults, countPublicProposals, findConsultation, listNeedsBacklog, type NeedRow } from '../../participation/index.js';
import { servicesSurveys } from '../schema.js';
import { summariseGrades, type Satisfaction } from './satisfaction.js';

export type { NeedRow };

/** `limit + 1` needs after the cursor (for pageOf), and how many the backlog holds; empty before its first need. */
export async function findBacklog(db: DbOrTx, processId: number | null, limit: number, after: unknown[] | null = null) {
  if (processId === null) return { rows: [] as NeedRow[], total: 0 };
  return { rows: await listNeedsBacklog(db, processId, limit, after), total: await countPublicProposals(db, processId) };
}

export const needKey = (r: NeedRow) => [r.supportsCount, r.id];

export interface SurveyView {
  id: number;
  consultationId: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
  resultsAt: Date;
  respondents: string;
  /** Null until results_at: before then not even the number of responses is public (participation's rule). */
  results: Satisfaction | null;
}

/** The service's surveys, newest first; `limit` for the service page's summary. */
export async function listSurveys(db: DbOrTx, serviceId: number, now: Date, limit?: number): Promise<SurveyView[]> {
  const query = db.select().from(servicesSurveys).where(eq(servicesSurveys.serviceId, serviceId)).orderBy(desc(servicesSurveys.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  const views: SurveyView[] = [];
  for (const s of rows) {
    const c = (await findConsultation(db, s.consultationId))!;
    let results: Satisfaction | null = null;
    if (now >= c.resultsAt) {
      const grade = (await consultationResults(db, c)).questions.find((q) => q.questionId === s.gradeQuestionId);
      results = summariseGrades(grade?.distribution ?? []);
    }
    views.push({ id: s.id, consultationId: c.id, title: c.title, opensAt: c.opensAt, closesAt: c.closesAt, resultsAt: c.resultsAt, respondents: c.respondents, results });
  }
  return views;
}
