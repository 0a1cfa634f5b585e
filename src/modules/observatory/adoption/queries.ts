// Reads of the adoption tracker: a region with its regional government and its municipalities, the events of its
// municipalities, its workshops and support visits with their survey answers, and one line per region for the index.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { comunas, institutions, regions } from '../../../core/tenancy/schema.js';
import { observatoryAdoptionEvents as events, observatoryVisitRatings as ratings, observatoryVisits as visits, observatoryWorkshops as workshops } from '../schema.js';

export interface RegionMunicipality { cut: string; name: string; municipalityId: number }
export interface TrackedRegion {
  code: string; name: string; regionalGovernmentId: number; regionalGovernmentName: string; municipalities: RegionMunicipality[];
}

/** The region of a path ("09"), its regional government and its municipalities in CUT order; 404 when unknown. */
export async function findTrackedRegion(db: DbOrTx, code: string): Promise<TrackedRegion> {
  const [region] = await db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.code, code));
  if (!region) throw notFound();
  const [gore] = await db.select({ id: institutions.id, name: institutions.name }).from(institutions)
    .where(and(eq(institutions.kind, 'regional_government'), eq(institutions.cutCode, code)));
  if (!gore) throw notFound();
  const municipalities = await db.select({ cut: comunas.code, name: comunas.name, municipalityId: institutions.id }).from(comunas)
    .innerJoin(institutions, and(eq(institutions.kind, 'municipality'), eq(institutions.cutCode, comunas.code)))
    .where(eq(comunas.regionCode, code)).orderBy(asc(comunas.code));
  return { ...region, regionalGovernmentId: gore.id, regionalGovernmentName: gore.name, municipalities };
}

/** One municipality of the region, or a 404 (an unknown CUT, or one of another region, or 12202 without municipality). */
export function municipalityIn(region: TrackedRegion, cut: string): RegionMunicipality {
  const found = region.municipalities.find((m) => m.cut === cut);
  if (!found) throw notFound();
  return found;
}

export type AdoptionEvent = Awaited<ReturnType<typeof listEvents>>[number];

/** The events of these municipalities (all platforms), in force order. */
export function listEvents(db: DbOrTx, cuts: string[]) {
  if (cuts.length === 0) return Promise.resolve([]);
  return db.select({
    id: events.id, cut: events.cut, platform: events.platform, status: events.status, effectiveOn: events.effectiveOn, evidence: events.evidence,
    evidenceUrl: events.evidenceUrl, illustrative: events.illustrative, recordedAt: events.recordedAt,
  }).from(events).where(inArray(events.cut, cuts)).orderBy(asc(events.effectiveOn), asc(events.id));
}

export type Workshop = Awaited<ReturnType<typeof listWorkshops>>[number];

export function listWorkshops(db: DbOrTx, regionCode: string) {
  return db.select({
    id: workshops.id, heldOn: workshops.heldOn, place: workshops.place, topic: workshops.topic, municipalities: workshops.municipalities,
    attendees: workshops.attendees, illustrative: workshops.illustrative,
  }).from(workshops).where(eq(workshops.regionCode, regionCode)).orderBy(desc(workshops.heldOn), desc(workshops.id));
}

export interface Visit { id: number; cut: string; visitedOn: string; purpose: string; illustrative: boolean; scores: number[]; comments: string[] }

/** The region's visits, newest first, each with its survey answers (scores and the comments left). */
export async function listVisits(db: DbOrTx, regionCode: string): Promise<Visit[]> {
  const rows = await db.select({ id: visits.id, cut: visits.cut, visitedOn: visits.visitedOn, purpose: visits.purpose, illustrative: visits.illustrative })
    .from(visits).where(eq(visits.regionCode, regionCode)).orderBy(desc(visits.visitedOn), desc(visits.id));
  const answers = rows.length === 0 ? [] : await db.select({ visitId: ratings.visitId, score: ratings.score, comment: ratings.comment }).from(ratings)
    .where(inArray(ratings.visitId, rows.map((r) => r.id))).orderBy(asc(ratings.id));
  return rows.map((r) => {
    const own = answers.filter((a) => a.visitId === r.id);
    return { ...r, scores: own.map((a) => a.score), comments: own.flatMap((a) => (a.comment ? [a.comment] : [])) };
  });
}

/** Every region with its municipalities, how many have a status recorded, the latest effective date, and its workshops. */
export async function listRegionSummaries(db: DbOrTx) {
  const [all, municipalities, tracked, held] = await Promise.all([
    db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code)),
    db.select({ code: comunas.regionCode, n: sql<number>`count(*)::int` }).from(institutions)
      .innerJoin(comunas, and(eq(institutions.kind, 'municipality'), eq(comunas.code, institutions.cutCode))).groupBy(comunas.regionCode),
    db.select({ code: comunas.regionCode, n: sql<number>`count(distinct ${events.cut})::int`, latest: sql<string>`max(${events.effectiveOn})::text` })
      .from(events).innerJoin(comunas, eq(comunas.code, events.cut)).groupBy(comunas.regionCode),
    db.select({ code: workshops.regionCode, n: sql<number>`count(*)::int` }).from(workshops).groupBy(workshops.regionCode),
  ]);
  const by = <R extends { code: string }>(rows: R[]) => new Map(rows.map((r) => [r.code, r]));
  const [m, tr, w] = [by(municipalities), by(tracked), by(held)];
  return all.map((r) => ({ ...r, municipalities: Number(m.get(r.code)?.n ?? 0), tracked: Number(tr.get(r.code)?.n ?? 0), latest: tr.get(r.code)?.latest ?? null,
    workshops: Number(w.get(r.code)?.n ?? 0) }));
}
