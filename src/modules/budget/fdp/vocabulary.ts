// The Fiscal Data Package words Cabildo writes (descriptor.ts) and reads (parse-descriptor.ts), in one place so the
// export and the import cannot drift apart.
//
// FDP 1.0-rc.1 (specs.frictionlessdata.io/fiscal-data-package) names what each CSV column means with a `columnType` from
// its budget taxonomy (…/fiscal-data-package--budgets); OpenSpending's loaders (os-types) read the older v0.3 `model`:
// measures with a currency and a phase, dimensions whose attributes point at columns, with `parent` and `labelfor`.
import type { Level, Measure } from '../babbage/model.js';
import type { BudgetFact, Currency } from '../import/types.js';

/**
 * The clasificador's six levels as the two FDP classifications: partida > capítulo > programa is who spends (the
 * administrative classification), subtítulo > ítem > asignación what on (the economic one, Decreto 854/2004).
 */
export const LEVEL_TYPES: Record<Level, { classification: 'administrative' | 'economic'; level: 1 | 2 | 3 }> = {
  partida: { classification: 'administrative', level: 1 },
  capitulo: { classification: 'administrative', level: 2 },
  programa: { classification: 'administrative', level: 3 },
  subtitulo: { classification: 'economic', level: 1 },
  item: { classification: 'economic', level: 2 },
  asignacion: { classification: 'economic', level: 3 },
};

const levelPrefix = (level: Level) => `${LEVEL_TYPES[level].classification}-classification:generic:level${LEVEL_TYPES[level].level}`;
/**
 * A capítulo code ("01") means something only under its partida: a code *part*, os-types' `…:code:part`. FDP 1.0 types
 * a name by its longest known prefix, so `…:code:part` is also a `…:code` there.
 */
export const codeType = (level: Level) => `${levelPrefix(level)}:code:part`;
export const labelType = (level: Level) => `${levelPrefix(level)}:label`;

export const FISCAL_YEAR = 'date:fiscal-year';
/**
 * Not in the budget taxonomy, which has no month: a custom type, allowed by FDP 1.0 ("implicit typing" from its known
 * prefix `date`). 1–12, the month of an execution figure; empty for a yearly one.
 */
export const FISCAL_MONTH = 'date:fiscal-month';
/** os-types `direction`: expenditure or revenue, the same for a whole row. */
export const DIRECTION = 'direction';
export const VALUE = 'value';
/** FDP 1.0 budget taxonomy: the currency of a row's amounts, when a column gives it. */
export const CURRENCY = 'value-currency:code';

export const DIRECTION_OF_TIPO: Record<BudgetFact['tipo'], string> = { gasto: 'expenditure', ingreso: 'revenue' };

/**
 * FDP v0.3 measure phases for Cabildo's measures: the Ley appropriates (approved), modifications give the current budget
 * (adjusted), execution spends (executed). "proposed" (the bill before Congress) has no place in Cabildo.
 */
export const PHASE_OF_MEASURE: Record<Measure, string> = { inicial: 'approved', vigente: 'adjusted', ejecutado: 'executed' };

export const CURRENCIES: readonly Currency[] = ['CLP', 'USD'];
export const isCurrency = (code: string): code is Currency => (CURRENCIES as readonly string[]).includes(code);

/** The package's layout: the descriptor at the root, the facts under data/ (FDP 0.3 "File structures"). */
export const DESCRIPTOR = 'datapackage.json';
