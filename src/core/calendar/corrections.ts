// Holidays the date-holidays library (CL) lacks, each with the law that declares it. The library covers the national
// feriados of the Código del Trabajo and their movable rules; it does not know election days, holidays declared by a
// one-off law, or regional/communal holidays keyed by CUT code. Add a row here when a law declares a new one (and a
// test next to it in holidays.test.ts); a holiday declared after a release can also come through opts.extraHolidays.
import type { CalendarDate } from './calendar-date.js';

/**
 * Where a holiday applies, as CUT code prefixes: '15' a region, '102' a province, '16101' a comuna
 * (data/territory.json). No `territories` means the whole country.
 */
type Scope = { territories?: readonly string[] };
type Source = { name: string; law: string };

export type HolidayCorrection =
  | (Source & Scope & { date: CalendarDate })
  | (Source & Scope & { annual: `${string}-${string}`; since: number });

// Ley 18.700 art. 169: "el día de la elección será feriado legal"; Ley 20.640 extends it to primaries. Elections fall
// on Sundays, so they move no deadline today, but the provenance of a deadline must still name them.
const ELECTION = 'Ley 18.700 art. 169';
const PRIMARIES = 'Ley 20.640';

export const holidayCorrections: readonly HolidayCorrection[] = [
  { annual: '06-07', since: 2013, territories: ['15'], name: 'Asalto y Toma del Morro de Arica', law: 'Ley 20.663' },
  // Chillán (16101) and Chillán Viejo (16103) have been in Ñuble since Ley 21.033 (2018); their codes before were 084xx.
  { annual: '08-20', since: 2014, territories: ['16101', '16103'], name: "Natalicio de Bernardo O'Higgins", law: 'Ley 20.768' },
  { date: '2023-09-08', territories: ['02'], name: 'Fiesta de Nuestra Señora de Guadalupe de Ayquina', law: 'Ley 21.609' },
  { date: '2023-09-20', territories: ['04'], name: 'Fiesta de La Pampilla', law: 'Ley 21.609' },
  {
    date: '2024-09-21', territories: ['12', '102'],
    name: 'Toma de posesión del Estrecho de Magallanes', law: 'Ley 21.704',
  },
  { date: '2024-06-09', name: 'Elecciones primarias', law: PRIMARIES },
  // Ley 21.693 spread these elections over Saturday 26 and Sunday 27 October 2024; only the Sunday is a feriado.
  { date: '2024-10-27', name: 'Elecciones municipales y regionales', law: `${ELECTION}; Ley 21.693` },
  // The run-off for regional governor was held only where no candidate won in the first round.
  {
    date: '2024-11-24', territories: ['02', '03', '04', '05', '06', '07', '08', '09', '10', '13', '15'],
    name: 'Segunda vuelta de gobernadores regionales', law: ELECTION,
  },
  { date: '2025-06-29', name: 'Elecciones primarias', law: PRIMARIES },
  { date: '2025-11-16', name: 'Elección presidencial y parlamentaria', law: ELECTION },
  { date: '2025-12-14', name: 'Segunda vuelta presidencial', law: ELECTION },
];

/** Whether a holiday scoped to `territories` applies to an institution in `territory` (a CUT code, or none). */
function coversTerritory(territories: readonly string[] | undefined, territory: string | undefined): boolean {
  if (!territories) return true;
  return territory !== undefined && territories.some((prefix) => territory.startsWith(prefix));
}

/** The corrections falling in `year` that apply to `territory`. */
export function findCorrections(year: number, territory: string | undefined) {
  return holidayCorrections.flatMap((c) => {
    if (!coversTerritory(c.territories, territory)) return [];
    const date = 'date' in c ? c.date : year >= c.since ? `${year}-${c.annual}` : undefined;
    return date?.startsWith(`${year}-`) ? [{ date, name: c.name, law: c.law }] : [];
  });
}
