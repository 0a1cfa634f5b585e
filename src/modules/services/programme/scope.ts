// What a programme request asks for, checked before counting: the day (a real calendar day, not after today in
// Santiago; today by default) and the incubator (an unknown slug is a 404, not an empty programme).
import { Type } from '@sinclair/typebox';
import type { DbOrTx } from '../../../core/db/client.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { notFound } from '../../../core/http/errors.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { todayInChile } from '../registry/commands/checks.js';
import { findProgramme, NATIONAL, type Programme, type ProgrammeFilter } from './queries.js';

export const IncubatorParam = Type.String({ maxLength: 100, pattern: '^[a-z0-9-]+$', description: "An incubator's slug" });
export const RegionParam = Type.String({ pattern: `^(\\d{2}|${NATIONAL})$`, description: `A region's 2-digit CUT code, or '${NATIONAL}' (national bodies' incubators)` });
export const DayParam = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Count as of this Santiago day (YYYY-MM-DD); today by default' });

/** The day to count at, or the reason it cannot be. */
export function checkAsOf(day: string | undefined, today = todayInChile()): { asOf: string; error?: MessageKey } {
  if (!day) return { asOf: today };
  try { toDayNumber(day); } catch { return { asOf: today, error: 'services.error.date' }; }
  return day > today ? { asOf: today, error: 'services.error.future' } : { asOf: day };
}

/** The programme for the filter at `asOf`; a 404 when the incubator named does not exist. */
export async function findProgrammeOr404(db: DbOrTx, filter: ProgrammeFilter, asOf: string): Promise<Programme> {
  const programme = await findProgramme(db, filter, asOf);
  if (filter.incubator && !programme.incubators.some((i) => i.slug === filter.incubator)) throw notFound();
  return programme;
}
