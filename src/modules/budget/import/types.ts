// What every budget importer (dipres-ley, dipres-ejecucion, cabildo-csv, Fiscal Data Package) produces: the leaves of
// the classification hierarchy as facts, and the names of every node as dimension labels. Only leaves are facts, so
// nothing is double counted; the levels above are kept as dimensions (partida … asignación) and rebuilt by aggregation.
// Amounts are integer pesos (bigint): the files are in thousands of pesos with a decimal comma, parsed exactly.

/** Codes as strings, zero-padded as published ("01", "003"); empty string where the level does not apply. */
export interface ClassificationCode {
  partida: string;
  capitulo: string;
  programa: string;
  subtitulo: string;
  item: string;
  asignacion: string;
}

export type Currency = 'CLP' | 'USD';

export interface BudgetFact extends ClassificationCode {
  /** Subtítulos 01–15 are ingresos, 21–35 gastos (clasificador presupuestario, Decreto 854/2004). */
  tipo: 'ingreso' | 'gasto';
  moneda: Currency;
  /** 1–12 for monthly execution; null for the Ley (a yearly figure). */
  mes: number | null;
  /** Pesos (or US dollars when moneda is USD), whole units. Null when the source does not give this measure. */
  inicial: bigint | null;
  vigente: bigint | null;
  ejecutado: bigint | null;
  /** Line in the source file, for error messages and provenance. */
  line: number;
}

/** The name of one node of the hierarchy (a partida, a capítulo, … an asignación), from the file. */
export interface NodeLabel extends ClassificationCode {
  label: string;
}

export interface ParsedBudget {
  year: number | null;
  facts: BudgetFact[];
  labels: NodeLabel[];
}

/** A file rejected whole: where and why, in words for the person who uploaded it. */
export interface ImportProblem {
  line: number;
  /** A short machine code ("not_csv", "columns", "amount", "truncated", …) and a message in English for logs/CLI. */
  code: string;
  message: string;
}

export type ParseResult = { ok: true; budget: ParsedBudget } | { ok: false; problems: ImportProblem[] };
