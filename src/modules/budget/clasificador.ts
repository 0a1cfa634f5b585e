// Official names and descriptions of the clasificador presupuestario (Decreto 854/2004, Ministerio de Hacienda) for
// subtítulos 22, 29, 30 and 31, shown where a reader meets a code: what "22.11.003" or "29.07" covers.
// data/budget/clasificador-22-29-30-31.csv: subtítulo;ítem;asignación;nombre;descripción (codes unpadded, no header;
// a description may itself contain ';'). Source in data/ATTRIBUTION.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../../data/budget/clasificador-22-29-30-31.csv', import.meta.url));

export interface ClassifierEntry { name: string; description: string }

let entries: Map<string, ClassifierEntry> | undefined;

/** "22", "22.11", "22.11.003": the codes as budgets write them (two-digit ítem, three-digit asignación). */
const key = (subtitulo: string, item = '', asignacion = '') =>
  [subtitulo.padStart(2, '0'), item && item.padStart(2, '0'), asignacion && asignacion.padStart(3, '0')].filter(Boolean).join('.');

function load(): Map<string, ClassifierEntry> {
  if (entries) return entries;
  entries = new Map();
  for (const line of readFileSync(FILE, 'utf8').split(/\r?\n/).filter(Boolean)) {
    const [subtitulo, item, asignacion, name, ...description] = line.split(';');
    entries.set(key(subtitulo, item, asignacion), { name: name.trim(), description: description.join(';').replace(/\s+/g, ' ').trim() });
  }
  return entries;
}

/** The entry of a subtítulo, ítem or asignación, or undefined outside subtítulos 22, 29, 30 and 31. */
export function classifierEntry(subtitulo: string, item = '', asignacion = ''): ClassifierEntry | undefined {
  return subtitulo ? load().get(key(subtitulo, item, asignacion)) : undefined;
}

/** The names of a subtítulo's or ítem's entries one level down ("001 Programas Computacionales"), for codes the decree leaves undescribed. */
export function classifierChildren(subtitulo: string, item = ''): string[] {
  const parent = key(subtitulo, item);
  const depth = parent.split('.').length;
  return [...load()].filter(([k]) => k.startsWith(`${parent}.`) && k.split('.').length === depth + 1)
    .map(([k, e]) => `${k.split('.').at(-1)} ${e.name}`);
}
