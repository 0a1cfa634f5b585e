// The regional dashboard's figures, computed from the region's rows as of a day: per platform the municipalities at
// each stage and at least at each stage; the quarterly trend of each platform's key stage; the municipality ×
// platform matrix (with the map's level); workshops (officials trained) and visits (answers, positive share, mean).
import { PLATFORMS, type AdoptionStatus, type Platform } from '../pillars.js';
import { eventOn, groupEvents, keyStageTrend, KEY_STAGE, MAP_STAGE, stageCounts, stageIndex, summariseScores } from './rules.js';
import type { AdoptionEvent, TrackedRegion, Visit, Workshop } from './queries.js';

export interface MatrixRow {
  cut: string; name: string; statuses: Record<Platform, AdoptionStatus>; since: Record<Platform, string | null>;
  /** How many of the four platforms are enabled or in production: the map's level 0–4. */
  enabledPlatforms: number; illustrative: boolean;
}

export type Dashboard = ReturnType<typeof computeDashboard>;

export function computeDashboard(region: TrackedRegion, events: AdoptionEvent[], workshops: Workshop[], visits: Visit[], today: string) {
  const cuts = region.municipalities.map((m) => m.cut);
  const grouped = groupEvents(events);
  const platforms = PLATFORMS.map((platform) => ({ platform, keyStage: KEY_STAGE[platform], ...stageCounts(cuts, grouped, platform, today) }));
  const matrix: MatrixRow[] = region.municipalities.map((m) => {
    const inForce = Object.fromEntries(PLATFORMS.map((p) => [p, eventOn(grouped.get(`${m.cut}:${p}`) ?? [], today)])) as Record<Platform, AdoptionEvent | null>;
    const statuses = Object.fromEntries(PLATFORMS.map((p) => [p, inForce[p]?.status ?? 'not_started'])) as Record<Platform, AdoptionStatus>;
    return {
      cut: m.cut, name: m.name, statuses, since: Object.fromEntries(PLATFORMS.map((p) => [p, inForce[p]?.effectiveOn ?? null])) as Record<Platform, string | null>,
      enabledPlatforms: PLATFORMS.filter((p) => stageIndex(statuses[p]) >= stageIndex(MAP_STAGE)).length,
      illustrative: PLATFORMS.some((p) => inForce[p]?.illustrative),
    };
  });
  const firstDay = events.filter((e) => e.effectiveOn <= today).map((e) => e.effectiveOn).sort()[0] ?? null;
  const reached = new Set(workshops.flatMap((w) => w.municipalities));
  return {
    region: { code: region.code, name: region.name, regionalGovernment: region.regionalGovernmentName },
    asOf: today, municipalities: cuts.length, tracked: new Set(events.map((e) => e.cut)).size, platforms, matrix,
    trend: keyStageTrend(cuts, grouped, firstDay, today),
    workshops: { count: workshops.length, attendees: workshops.reduce((s, w) => s + w.attendees, 0), municipalitiesReached: reached.size },
    visits: { count: visits.length, ...summariseScores(visits.flatMap((v) => v.scores)) },
    illustrative: events.some((e) => e.illustrative) || workshops.some((w) => w.illustrative) || visits.some((v) => v.illustrative),
  };
}
