import { checkFieldCount, checkHeader, splitSemicolonFile } from './csv-lines.js';
import { decodeText } from '../../../core/text-files.js';
import { readCode, readThousands, reportDuplicates } from './dipres-rows.js';
import { codeOf, findLeaves, labelsOf, tipoOfSubtitulo } from './hierarchy.js';
import { ProblemList } from './problems.js';
import type { BudgetFact, ClassificationCode, ParseResult } from './types.js';

// `dipres-ley`: the Ley de Presupuestos as DIPRES publishes it per year (SOURCES.md, ley/): latin1, `;`, one row per
// node of the hierarchy from subtítulo down, `Monto Pesos` and `Monto Dólar` in thousands. The file carries no year:
// the caller gives it (the source names files <year>.csv).

export const LEY_COLUMNS = [
  'Partida', 'Capítulo', 'Programa', 'Subtítulo', 'Item', 'Asignación', 'Denominación', 'Monto Pesos', 'Monto Dólar',
] as const;

interface LeyRow extends ClassificationCode {
  line: number;
  label: string;
  pesos: bigint;
  dollars: bigint;
}

export function parseDipresLey(bytes: Uint8Array, options: { year: number }): ParseResult {
  const problems = new ProblemList();
  const file = splitSemicolonFile(decodeText(bytes).text, problems);
  if (file === null || !checkHeader(file.header, LEY_COLUMNS, problems)) return problems.rejected();

  const rows: LeyRow[] = [];
  for (const { line, fields } of file.rows) {
    if (!checkFieldCount({ line, fields }, LEY_COLUMNS.length, problems)) continue;
    const code = readCode(fields, line, problems);
    const pesos = readThousands(fields[7], 'Monto Pesos', line, problems);
    const dollars = readThousands(fields[8], 'Monto Dólar', line, problems);
    if (code === null || pesos === null || dollars === null) continue;
    rows.push({ ...code, line, label: fields[6].trim(), pesos, dollars });
  }
  // Codes are unique in a Ley file (one row per node): a repeat would be counted twice.
  reportDuplicates(rows, () => '', problems);

  return problems.result(() => {
    const leaves = findLeaves(rows, () => '');
    return { year: options.year, facts: rows.filter((_, i) => leaves[i]).flatMap(factsOfLeaf), labels: labelsOf(rows) };
  });
}

/**
 * A leaf gives a CLP fact and, when `Monto Dólar` is non-zero, a USD fact too: the Ley appropriates both currencies
 * for the same item (e.g. foreign-service programs), and the two cannot be added, so ~130 leaves a year yield two
 * facts. A dollar-only leaf (pesos 0) gives only the USD fact; a leaf with both zero keeps a CLP fact of 0 so the
 * node is still there.
 */
function factsOfLeaf(row: LeyRow): BudgetFact[] {
  // Never null: readCode rejected subtítulos outside 01–15 and 21–35.
  const tipo = tipoOfSubtitulo(row.subtitulo)!;
  const base = { ...codeOf(row), tipo, mes: null, vigente: null, ejecutado: null, line: row.line };
  const facts: BudgetFact[] = [];
  if (row.pesos !== 0n || row.dollars === 0n) facts.push({ ...base, moneda: 'CLP', inicial: row.pesos });
  if (row.dollars !== 0n) facts.push({ ...base, moneda: 'USD', inicial: row.dollars });
  return facts;
}
