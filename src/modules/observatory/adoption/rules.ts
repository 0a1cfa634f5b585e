// The tracker's arithmetic, pure so the dashboard, the API, the indicator values and the tests share it. A status
// holds from its effective date until the next one (a platform may go back a stage: a certificate lapses, a node is
// switched off), so "the stage on a day" is the latest event effective on or before that day, ties broken by the
// order they were recorded in. A municipality with no event is 'not_started'.
import { ADOPTION_STATUSES, PLATFORMS, type AdoptionStatus, type Platform } from '../pillars.js';

export interface StageEvent { id: number; cut: string; platform: Platform; status: AdoptionStatus; effectiveOn: string }

export const stageIndex = (status: AdoptionStatus) => ADOPTION_STATUSES.indexOf(status);

/**
 * The stage each platform's published figure counts (La Araucanía's regional government: FirmaGob "enabled",
 * DocDigital "in production", ClaveÚnica "allowed", PISEE node "requested"): the trend follows these, and the
 * headline sentence of each platform says how many reached it.
 */
export const KEY_STAGE: Record<Platform, AdoptionStatus> = { firmagob: 'enabled', docdigital: 'in_production', claveunica: 'enabled', pisee: 'requested' };

/** The map's shade: how many of the four platforms a municipality has enabled or in production. */
export const MAP_STAGE: AdoptionStatus = 'enabled';

/** Survey answers of 5, 6 or 7 on the Chilean 1–7 scale count as positive (4 is the pass mark, not satisfaction). */
export const POSITIVE_MIN = 5;

const byRecordOrder = (a: StageEvent, b: StageEvent) => (a.effectiveOn === b.effectiveOn ? a.id - b.id : a.effectiveOn < b.effectiveOn ? -1 : 1);

/** The events in force order: by effective date, then by id. */
export const sortEvents = <E extends StageEvent>(events: readonly E[]) => [...events].sort(byRecordOrder);

/** The event in force on `day` among one municipality's events for one platform, or null before the first. */
export function eventOn<E extends StageEvent>(events: readonly E[], day: string): E | null {
  let found: E | null = null;
  for (const e of sortEvents(events)) if (e.effectiveOn <= day) found = e;
  return found;
}

export const statusOn = (events: readonly StageEvent[], day: string): AdoptionStatus => eventOn(events, day)?.status ?? 'not_started';

/** One indicator value per year, from the first event's year to `currentYear`: the stage index held on 31 December. */
export function yearlyStages(events: readonly StageEvent[], currentYear: number): Array<{ year: number; stage: number; eventIds: number[] }> {
  const sorted = sortEvents(events);
  if (sorted.length === 0) return [];
  const out = [];
  for (let year = Number(sorted[0]!.effectiveOn.slice(0, 4)); year <= currentYear; year++) {
    const upTo = sorted.filter((e) => e.effectiveOn <= `${year}-12-31`);
    out.push({ year, stage: stageIndex(upTo.at(-1)?.status ?? 'not_started'), eventIds: upTo.map((e) => e.id) });
  }
  return out;
}

/** Groups events by municipality and platform ("09101:firmagob"). */
export function groupEvents<E extends StageEvent>(events: readonly E[]): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const e of events) {
    const key = `${e.cut}:${e.platform}`;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  return map;
}

/** How many municipalities hold each stage on `day`, and how many reached at least each stage. */
export function stageCounts(cuts: readonly string[], grouped: Map<string, StageEvent[]>, platform: Platform, day: string) {
  const exactly = Object.fromEntries(ADOPTION_STATUSES.map((s) => [s, 0])) as Record<AdoptionStatus, number>;
  for (const cut of cuts) exactly[statusOn(grouped.get(`${cut}:${platform}`) ?? [], day)]++;
  const atLeast = Object.fromEntries(ADOPTION_STATUSES.map((s, i) =>
    [s, ADOPTION_STATUSES.slice(i).reduce((sum, t) => sum + exactly[t], 0)])) as Record<AdoptionStatus, number>;
  return { exactly, atLeast };
}

/** Calendar quarters from the one holding `from` to the one holding `to`, each with its last day. */
export function quartersBetween(from: string, to: string): Array<{ label: string; lastDay: string }> {
  const out = [];
  let [y, q] = [Number(from.slice(0, 4)), Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1];
  const [ty, tq] = [Number(to.slice(0, 4)), Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1];
  while (y < ty || (y === ty && q <= tq)) {
    out.push({ label: `${y}-T${q}`, lastDay: `${y}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}` });
    [y, q] = q === 4 ? [y + 1, 1] : [y, q + 1];
  }
  return out;
}

/** Per quarter, how many municipalities held each platform's key stage (or beyond) at its end; the current quarter ends today. */
export function keyStageTrend(cuts: readonly string[], grouped: Map<string, StageEvent[]>, firstDay: string | null, today: string) {
  if (!firstDay) return [];
  return quartersBetween(firstDay, today).map(({ label, lastDay }) => {
    const day = lastDay < today ? lastDay : today;
    const counts = Object.fromEntries(PLATFORMS.map((p) => [p, stageCounts(cuts, grouped, p, day).atLeast[KEY_STAGE[p]]])) as Record<Platform, number>;
    return { quarter: label, day, counts };
  });
}

/** Count, share of positive answers (5–7) and mean of survey answers; null share and mean without answers. */
export function summariseScores(scores: readonly number[]) {
  if (scores.length === 0) return { answers: 0, positive: 0, positiveShare: null, mean: null };
  const positive = scores.filter((s) => s >= POSITIVE_MIN).length;
  return { answers: scores.length, positive, positiveShare: positive / scores.length, mean: scores.reduce((a, b) => a + b, 0) / scores.length };
}
