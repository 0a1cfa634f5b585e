import type { BudgetFact, ClassificationCode, NodeLabel } from './types.js';

// The clasificador presupuestario (Decreto 854/2004, Hacienda) nests subtítulo (2 digits) > ítem (2) > asignación (3)
// under each partida > capítulo > programa. SOURCES.md: the DIPRES files list every level as its own row, so a row
// is a fact only when it is a leaf. Depth is not enough to tell: in the Ley, subtítulo 22 is only a total (a
// subtítulo row with nothing below IS a leaf) and subtítulo 29 stops at ítem. A row is a leaf when no other row of
// the same group (file, program and currency) is its descendant.

const LEVELS = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion'] as const;

/** Decreto 854/2004: subtítulos 01–15 are ingresos, 21–35 gastos; 16–20 and above 35 do not exist. */
export function tipoOfSubtitulo(subtitulo: string): BudgetFact['tipo'] | null {
  if (!/^\d{2}$/.test(subtitulo)) return null;
  const n = Number(subtitulo);
  if (n >= 1 && n <= 15) return 'ingreso';
  if (n >= 21 && n <= 35) return 'gasto';
  return null;
}

/**
 * Why a code is not a well-formed clasificador code, or null when it is. Partida/capítulo/programa may be empty (the
 * municipal classifier has none); an asignación needs its ítem.
 */
export function checkCode(code: ClassificationCode): string | null {
  for (const level of ['partida', 'capitulo', 'programa'] as const) {
    if (!/^(\d{2})?$/.test(code[level])) return `${level} must be 2 digits, got "${code[level]}"`;
  }
  if (tipoOfSubtitulo(code.subtitulo) === null) {
    return `subtítulo must be 01–15 (ingresos) or 21–35 (gastos), got "${code.subtitulo}"`;
  }
  if (!/^(\d{2})?$/.test(code.item)) return `ítem must be 2 digits, got "${code.item}"`;
  if (!/^(\d{3})?$/.test(code.asignacion)) return `asignación must be 3 digits, got "${code.asignacion}"`;
  if (code.asignacion !== '' && code.item === '') return 'an asignación needs an ítem';
  return null;
}

/** The code down to its deepest non-empty level; ancestors are its prefixes, which is what leaves are tested with. */
function nodePath(code: ClassificationCode): string[] {
  const path = LEVELS.map((level) => code[level]);
  while (path.length > 0 && path[path.length - 1] === '') path.pop();
  return path;
}

/**
 * For each row, whether it is a leaf within its group. O(rows): every proper ancestor of every row is put in a set;
 * a row whose own path is in that set has a descendant.
 */
export function findLeaves<T extends ClassificationCode>(rows: readonly T[], groupOf: (row: T) => string): boolean[] {
  const inner = new Set<string>();
  const keys = rows.map((row) => {
    const path = nodePath(row);
    const group = groupOf(row);
    for (let depth = 1; depth < path.length; depth++) inner.add(`${group}|${path.slice(0, depth).join('.')}`);
    return `${group}|${path.join('.')}`;
  });
  return keys.map((key) => !inner.has(key));
}

export function codeOf(code: ClassificationCode): ClassificationCode {
  const { partida, capitulo, programa, subtitulo, item, asignacion } = code;
  return { partida, capitulo, programa, subtitulo, item, asignacion };
}

/** One label per node: the first name seen wins (P and D files repeat the same names). */
export function labelsOf(rows: readonly (ClassificationCode & { label: string })[]): NodeLabel[] {
  const byKey = new Map<string, NodeLabel>();
  for (const row of rows) {
    const key = nodePath(row).join('.');
    if (!byKey.has(key)) byKey.set(key, { ...codeOf(row), label: row.label });
  }
  return [...byKey.values()];
}
