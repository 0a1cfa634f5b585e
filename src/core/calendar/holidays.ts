// Feriados that make a day inhábil (Ley 19.880 art. 25): the national public holidays of date-holidays' CL calendar,
// fixed where it disagrees with the law, plus the corrections table (elections, one-off and regional holidays) and the
// caller's extra holidays. Lists are cached per year and territory: a 20-business-day deadline reads a map or two.
import Holidays from 'date-holidays';
import { toDayNumber, type CalendarDate } from './calendar-date.js';
import { findCorrections } from './corrections.js';

export type Holiday = { date: CalendarDate; name: string; law?: string };

export type CalendarOptions = {
  /** CUT code of the institution's territory: region ('15'), province ('102') or comuna ('16101'). */
  territory?: string;
  /** Holidays the library and the corrections table do not know yet (e.g. declared by a law after this release). */
  extraHolidays?: readonly Holiday[];
};

const library = new Holidays('CL');
// Ley 2.977 makes Sábado Santo a feriado and says nothing of Easter Sunday (a Sunday anyway); the library has the
// opposite, which would name the wrong day in a deadline's provenance and in the list of the year.
library.unsetRule('easter');
library.setHoliday('easter -1', { name: { es: 'Sábado Santo' }, type: 'public' });

const cache = new Map<string, ReadonlyMap<CalendarDate, Holiday>>();

// The law behind each of the library's rules (it names none), so a deadline's provenance can cite it; the sources are
// listed in docs/calendar.md and checked day by day in holidays.test.ts. Rules missing here get no law, not a guess.
const LEY_2977 = 'Ley 2.977';
const LAW_OF_RULE: Record<string, string> = {
  '01-01': LEY_2977, 'easter -2': LEY_2977, 'easter -1': LEY_2977, '05-21': LEY_2977, '08-15': LEY_2977,
  '09-18': LEY_2977, '09-19': LEY_2977, '11-01': LEY_2977, '12-08': LEY_2977, '12-25': LEY_2977,
  '05-01': 'Ley 19.973 art. 2', '07-16': 'Ley 20.148',
};
const LAW_OF_RULE_PREFIX: [string, string][] = [
  ['june solstice', 'Ley 21.357'], ['06-29', 'Ley 19.668'], ['10-12', 'Ley 19.668'], ['10-31', 'Ley 20.299'],
  ['09-20', 'Ley 20.215'], ['09-17', 'Ley 20.983'], ['01-02', 'Ley 20.983'],
];
const lawOf = (rule: string) => LAW_OF_RULE[rule] ?? LAW_OF_RULE_PREFIX.find(([prefix]) => rule.startsWith(prefix))?.[1];

/** Keep 'public' only: 31 December is a bank holiday that the Ley General de Bancos says is no feriado for legal effects. */
function findLibraryHolidays(year: number): Holiday[] {
  return library.getHolidays(year, 'es')
    .filter((h) => h.type === 'public')
    .map((h) => {
      const law = lawOf(h.rule);
      return { date: h.date.slice(0, 10), name: h.name, ...(law ? { law } : {}) };
    });
}

function findYearHolidays(year: number, territory: string | undefined): ReadonlyMap<CalendarDate, Holiday> {
  const key = `${year}:${territory ?? ''}`;
  let byDate = cache.get(key);
  if (!byDate) {
    const all = [...findLibraryHolidays(year), ...findCorrections(year, territory)];
    const map = new Map<CalendarDate, Holiday>();
    // First name wins when two holidays share a day (2025-06-29: San Pedro y San Pablo and the primaries).
    for (const h of all.sort((a, b) => a.date.localeCompare(b.date))) if (!map.has(h.date)) map.set(h.date, h);
    cache.set(key, (byDate = map));
  }
  return byDate;
}

const TERRITORY = /^\d{2}(\d|\d{3})?$/;

/**
 * A lookup date -> holiday for one calendar (territory + extra holidays), options checked once: a bad territory or
 * extra date throws RangeError rather than silently computing a deadline on the national calendar.
 */
export function lookupHolidays(opts: CalendarOptions = {}): (date: CalendarDate) => Holiday | undefined {
  const { territory, extraHolidays = [] } = opts;
  if (territory !== undefined && !TERRITORY.test(territory)) throw new RangeError(`not a CUT code: ${territory}`);
  const extras = new Map<CalendarDate, Holiday>();
  for (const h of extraHolidays) {
    toDayNumber(h.date);
    if (!extras.has(h.date)) extras.set(h.date, h);
  }
  return (date) => extras.get(date) ?? findYearHolidays(Number(date.slice(0, 4)), territory).get(date);
}

/** Every holiday of a year for a calendar, by date (one entry per day, as deadlines see them). */
export function listHolidays(year: number, opts: CalendarOptions = {}): Holiday[] {
  const holidayOn = lookupHolidays(opts);
  const dates = new Set([...findYearHolidays(year, opts.territory).keys(), ...(opts.extraHolidays ?? []).map((h) => h.date)]);
  return [...dates].filter((d) => d.startsWith(`${year}-`)).sort().map((d) => holidayOn(d)!);
}
