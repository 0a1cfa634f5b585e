// A dataset's rows written with COPY (core/db/copy.ts): the import's bulk, at 4–7 times the rate of the unnest() of
// column arrays it replaced on PostgreSQL (bench/budget-import.ts). Rows are encoded as COPY pulls them, so a generated
// source of ten million facts (synthetic.ts) never exists in memory at once. Facts and rollups (rollups.ts) share
// their dimension columns and their encoding.
import { getTableName } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import { COPY_NULL, copyInto, escapeCopyText } from '../../core/db/copy.js';
import type { BudgetFact, ClassificationCode, NodeLabel } from './import/types.js';
import { budgetFacts, budgetLabels } from './schema.js';
import type { TechnologyMatcher } from './technology.js';

/** Facts in any order, counted beforehand: a parser's array, or a generator with its length (synthetic.ts). */
export type FactSource = Iterable<BudgetFact> & { readonly length: number };
export type Measures = Pick<BudgetFact, 'inicial' | 'vigente' | 'ejecutado'>;

interface Cube { datasetId: number; institutionId: number }

export const DIMENSION_COLUMNS = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'mes', 'tecnologia', 'tipo', 'moneda'] as const;
export const MEASURE_COLUMNS = ['inicial', 'vigente', 'ejecutado'] as const;
const FACT_COLUMNS = ['dataset_id', 'institution_id', ...DIMENSION_COLUMNS, ...MEASURE_COLUMNS];
const LABEL_COLUMNS = ['dataset_id', 'institution_id', 'partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'label'];

/** Rows per piece of COPY text: ~70 KB of facts, small enough to stream, big enough that the pieces cost nothing. */
const CHUNK_ROWS = 1000;
/** Facts between two progress reports. */
const PROGRESS_EVERY = 50_000;

export type Dimensions = ClassificationCode & Pick<BudgetFact, 'mes' | 'tipo' | 'moneda'>;

/** The DIMENSION_COLUMNS as COPY text, tab-separated: the classification levels first (rollups.ts relies on it). */
export const dimensionFields = (d: Dimensions, tecnologia: boolean) =>
  `${escapeCopyText(d.partida)}\t${escapeCopyText(d.capitulo)}\t${escapeCopyText(d.programa)}\t${escapeCopyText(d.subtitulo)}\t`
  + `${escapeCopyText(d.item)}\t${escapeCopyText(d.asignacion)}\t${d.mes ?? COPY_NULL}\t${tecnologia ? 't' : 'f'}\t${d.tipo}\t${d.moneda}`;

const amount = (v: bigint | null) => (v === null ? COPY_NULL : v);
/** The MEASURE_COLUMNS as COPY text, tab-separated. */
export const measureFields = (m: Measures) => `${amount(m.inicial)}\t${amount(m.vigente)}\t${amount(m.ejecutado)}`;

export interface CopyFactsOptions {
  onProgress?: (done: number, total: number) => void;
  /** Called with each fact's dimension fields as encoded, and the fact (the rollups sum them: rollups.ts). */
  onFact?: (fields: string, fact: BudgetFact) => void;
}

/**
 * Appends the facts, each flagged by `isTechnology`. Checks that the source gives as many facts as it announced,
 * since the dataset row already says how many it has.
 */
export async function copyFacts(tx: Tx, cube: Cube, facts: FactSource, isTechnology: TechnologyMatcher, options: CopyFactsOptions = {}) {
  await copyInto(tx, getTableName(budgetFacts), FACT_COLUMNS, inChunks(factRows(facts, cube, isTechnology, options)));
}

function* factRows(facts: FactSource, { datasetId, institutionId }: Cube, isTechnology: TechnologyMatcher,
  { onProgress = () => {}, onFact = () => {} }: CopyFactsOptions) {
  let done = 0;
  for (const f of facts) {
    const fields = dimensionFields(f, isTechnology(f));
    onFact(fields, f);
    yield `${datasetId}\t${institutionId}\t${fields}\t${measureFields(f)}\n`;
    if (++done % PROGRESS_EVERY === 0) onProgress(done, facts.length);
  }
  if (done !== facts.length) throw new Error(`the budget announced ${facts.length} facts and gave ${done}`);
  if (done % PROGRESS_EVERY !== 0) onProgress(done, facts.length);
}

/** Appends the labels; a node named twice (e.g. a program's peso and dollar files) keeps its first name. */
export async function copyLabels(tx: Tx, cube: Cube, labels: readonly NodeLabel[]) {
  await copyInto(tx, getTableName(budgetLabels), LABEL_COLUMNS, inChunks(labelRows(labels, cube)));
}

function* labelRows(labels: readonly NodeLabel[], { datasetId, institutionId }: Cube) {
  const seen = new Set<string>();
  for (const l of labels) {
    const codes = `${escapeCopyText(l.partida)}\t${escapeCopyText(l.capitulo)}\t${escapeCopyText(l.programa)}\t`
      + `${escapeCopyText(l.subtitulo)}\t${escapeCopyText(l.item)}\t${escapeCopyText(l.asignacion)}`;
    if (seen.has(codes)) continue;
    seen.add(codes);
    yield `${datasetId}\t${institutionId}\t${codes}\t${escapeCopyText(l.label)}\n`;
  }
}

/** COPY text rows joined CHUNK_ROWS at a time: a stream of single rows would cost more in chunks than in data. */
export function* inChunks(rows: Iterable<string>) {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += row;
    if (++count === CHUNK_ROWS) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk !== '') yield chunk;
}
