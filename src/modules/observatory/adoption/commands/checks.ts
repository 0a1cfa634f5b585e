// Checks every tracker command makes before writing anything: each refusal is a 422 on the field at fault
// (InvalidField), in the reader's language, and nothing is written.
import { InvalidField } from '../../../../core/http/errors.js';
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { toDayNumber } from '../../../../core/calendar/calendar-date.js';
import type { Actor } from '../../../../core/policy.js';
import type { TrackedRegion } from '../queries.js';

/** Who records: a person acting in public (audited by id and name, never by email). */
export type Recorder = Pick<Actor, 'personId' | 'name'>;

/** Today in Chile: a status, a workshop or a visit dated after it has not happened yet. */
export const todayInChile = () => toSantiagoDate(new Date());

/** A real calendar date ('2026-02-30' is not), not after today in Santiago. */
export function checkPastDay(field: string, value: string, today = todayInChile()) {
  try { toDayNumber(value); } catch { throw new InvalidField(field, 'observatory.adoption.error.date'); }
  if (value > today) throw new InvalidField(field, 'observatory.adoption.error.future');
}

/** A comuna of the region that has a municipality (12202 Antártica has none). */
export function checkMunicipality(region: TrackedRegion, field: string, cut: string) {
  const found = region.municipalities.find((m) => m.cut === cut);
  if (!found) throw new InvalidField(field, 'observatory.adoption.error.municipality');
  return found;
}

/** Text that must say something (evidence, place, topic, purpose): at least three characters once trimmed. */
export function checkText(field: string, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (text.length < 3) throw new InvalidField(field, 'observatory.adoption.error.text');
  return text;
}

/** An evidence link opens in readers' browsers: http(s) only (no javascript:, data: or file: URLs). */
export function checkUrl(field: string, value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL;
  try { url = new URL(text); } catch { throw new InvalidField(field, 'observatory.adoption.error.url'); }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidField(field, 'observatory.adoption.error.url');
  return url.href;
}
