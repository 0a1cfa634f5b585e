// Everything the body's page and GET …/bodies/{institution} show, read once: members, draws with their volunteer
// lists, observation counts and reports.
import type { Db } from '../../../core/db/client.js';
import type { CalendarDate } from '../../../core/calendar/index.js';
import { listDraws, listMembers, listReports, listVolunteers, observationCounts, type Body } from './queries.js';
import { bodyPath, presentDraw, presentMember } from './present.js';

export async function loadOverview(db: Db, body: Body, today: CalendarDate) {
  const [members, draws, reports, counts] = await Promise.all([listMembers(db, body.id), listDraws(db, body.id), listReports(db, body.id), observationCounts(db, body.id, today)]);
  const drawViews = await Promise.all(draws.map(async (d) => presentDraw(d, await listVolunteers(db, d.id), members)));
  return { members, draws: drawViews, reports, counts };
}
export type Overview = Awaited<ReturnType<typeof loadOverview>>;

export function presentBody(institution: { id: number; slug: string; name: string }, body: Body, overview: Overview, today: CalendarDate) {
  return {
    id: body.id, institution: { id: institution.id, slug: institution.slug, name: institution.name }, seats: body.seats, termMonths: body.termMonths,
    answerDays: body.answerDays, members: overview.members.map((m) => presentMember(m, today)), draws: overview.draws, url: bodyPath(institution.slug),
  };
}
