// What a module source gives the observatory: values per municipality (its 5-digit CUT) and calendar year in Chile,
// each with its provenance (the module, the definition, the figures behind it), so the municipality page and the API
// can show how a number was made. A source yields a value only where the municipality had activity in its module that
// year (a denominator above zero): missing is not zero (OECD/JRC Handbook, 2008, step 3 on missing data).
import type { DbOrTx } from '../../../../core/db/client.js';
import { fromSantiagoLocal } from '../../../../core/i18n/santiago-time.js';

export interface ComputedValue { cut: string; year: number; indicator: string; value: number; provenance: Record<string, unknown> }

export interface SourceContext {
  /** Institution id → CUT, for the institutions of kind municipality. */
  municipalities: ReadonlyMap<number, string>;
  /** Population of a comuna in a year (SINIM's context.population, else the INE 2024 projection), with where it came from. */
  population: (cut: string, year: number) => { people: number; from: string } | null;
  /** Today in Chile (YYYY-MM-DD): what is overdue now. */
  today: string;
}

export interface IndicatorSource {
  module: string;
  /** The years with activity in the module, so a full refresh knows what to compute. */
  years: (db: DbOrTx, ctx: SourceContext) => Promise<number[]>;
  compute: (db: DbOrTx, year: number, ctx: SourceContext) => Promise<ComputedValue[]>;
}

/** The instants a calendar year spans in Chile, as ISO strings for SQL. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: fromSantiagoLocal(`${year}-01-01T00:00`)!.toISOString(), to: fromSantiagoLocal(`${year + 1}-01-01T00:00`)!.toISOString() };
}

/** A share in percent, kept finite and within 0–100 (the parts never exceed the whole in these queries). */
export const percent = (part: number, whole: number) => Math.min(100, (100 * part) / whole);
