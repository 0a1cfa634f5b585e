// Checks the registry's commands make before writing anything: each refusal is a 422 on the field at fault
// (InvalidField), in the reader's language, and nothing is written.
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { toDayNumber } from '../../../../core/calendar/calendar-date.js';
import { InvalidField } from '../../../../core/http/errors.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { checkPhaseSequence, type DatedPhase } from '../../phases.js';

/** Today in Chile: a phase dated after it has not started yet. */
export const todayInChile = () => toSantiagoDate(new Date());

/** A real calendar date ('2026-02-30' is not), not after today in Santiago. */
export function checkPastDay(field: string, value: string, today = todayInChile()) {
  try { toDayNumber(value); } catch { throw new InvalidField(field, 'services.error.date'); }
  if (value > today) throw new InvalidField(field, 'services.error.future');
}

/** Links open in readers' browsers: http(s) only (no javascript:, data: or file: URLs). Empty: null. */
export function checkUrl(field: string, value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL;
  try { url = new URL(text); } catch { throw new InvalidField(field, 'services.error.url'); }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidField(field, 'services.error.url');
  return url.href;
}

/** Text that must say something: at least three characters once trimmed. */
export function checkText(field: string, value: string | null | undefined, key: MessageKey = 'services.error.text'): string {
  const text = (value ?? '').trim();
  if (text.length < 3) throw new InvalidField(field, key);
  return text;
}

/** A short address: lower-case letters, digits and single hyphens, up to 80 characters (services and incubators alike). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlug(field: string, value: string): string {
  if (!SLUG_PATTERN.test(value) || value.length > 80) throw new InvalidField(field, 'services.error.slug');
  return value;
}

/** A value of a closed list (the API's schema already says so; the commands hold the rule for every caller). */
export function checkOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidField(field, 'services.error.choice');
  return value as T;
}

/** The phase history a change would leave must follow the rules (phases.ts), or the change is refused on `field`. */
export function checkPhases(field: string, phases: readonly DatedPhase[]) {
  const problem = checkPhaseSequence(phases);
  if (problem) throw new InvalidField(field, `services.error.phase.${problem.problem}`);
}
