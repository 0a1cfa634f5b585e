// Names of partidas, capítulos and programas, which DIPRES's files leave out (their rows start at subtítulo). They come
// from data/budget/institution-names.csv (scripts/derive-budget-names.ts: DIPRES's 2017 list and BCN's 2012–2020
// lists; data/ATTRIBUTION.md). A node takes the name of its own year or, failing that, of the nearest year listed
// (2009–2011 take 2012's): bodies keep their codes across years far more often than not, and a wrong old name is
// less misleading than a bare code. A name the file itself gives always wins.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodeLabel, ParsedBudget } from './types.js';

const NAMES_FILE = fileURLToPath(new URL('../../../../data/budget/institution-names.csv', import.meta.url));

/** "partida;capítulo;programa" → [year, name][] (codes zero-padded, '' above the level). */
let names: Map<string, [number, string][]> | undefined;

function loadNames() {
  if (names) return names;
  names = new Map();
  const lines = readFileSync(NAMES_FILE, 'utf8').split('\n').slice(1).filter(Boolean);
  for (const line of lines) {
    const [year, partida, capitulo, programa, ...name] = line.split(';');
    const key = `${partida};${capitulo};${programa}`;
    const list = names.get(key) ?? [];
    list.push([Number(year), name.join(';')]);
    names.set(key, list);
  }
  return names;
}

export function institutionName(year: number, partida: string, capitulo = '', programa = ''): string | undefined {
  const list = loadNames().get(`${partida};${capitulo};${programa}`);
  if (!list) return undefined;
  let best = list[0];
  for (const entry of list) if (Math.abs(entry[0] - year) < Math.abs(best[0] - year) || (entry[0] === year)) best = entry;
  return best[1];
}

/** The budget with a label for each partida, capítulo and programa of its facts that has none yet, named as in `year`. */
export function withInstitutionNames(budget: ParsedBudget, year: number): ParsedBudget {
  const named = new Set(budget.labels.filter((l) => l.subtitulo === '').map((l) => `${l.partida};${l.capitulo};${l.programa}`));
  const added: NodeLabel[] = [];
  const add = (partida: string, capitulo: string, programa: string) => {
    const key = `${partida};${capitulo};${programa}`;
    if (partida === '' || named.has(key)) return;
    named.add(key);
    const label = institutionName(year, partida, capitulo, programa);
    if (label) added.push({ partida, capitulo, programa, subtitulo: '', item: '', asignacion: '', label });
  };
  for (const f of budget.facts) {
    add(f.partida, '', '');
    if (f.capitulo) add(f.partida, f.capitulo, '');
    if (f.capitulo && f.programa) add(f.partida, f.capitulo, f.programa);
  }
  return added.length === 0 ? budget : { ...budget, labels: [...budget.labels, ...added] };
}
