// What an explorer view shows, read from and written to its URL, so every view is a permalink that works without
// JavaScript: /instituciones/<slug>/presupuesto/<year>?cubo=…&tipo=gasto&medida=vigente&partida=07&capitulo=01…
// The path is a prefix of the hierarchy (partida → … → asignación); a level given without its parents is ignored.
import { Type, type Static } from '@sinclair/typebox';
import { HIERARCHY, MEASURE_NAMES, type Level, type Measure } from '../babbage/model.js';
import type { Cut } from '../babbage/grammar.js';

/** Clasificador codes are 2–3 digits; '' is the level a budget does not use (municipal budgets have no partida). */
const Code = Type.Optional(Type.String({ pattern: '^[0-9]{0,3}$' }));
export const ExplorerQuery = Type.Object({
  cubo: Type.Optional(Type.String({ maxLength: 100, pattern: '^[a-z0-9-]*$' })),
  tipo: Type.Optional(Type.Union([Type.Literal('gasto'), Type.Literal('ingreso')])),
  medida: Type.Optional(Type.Union(MEASURE_NAMES.map((m) => Type.Literal(m)))),
  ...Object.fromEntries(HIERARCHY.map((level) => [level, Code])) as Record<Level, typeof Code>,
});
export type ExplorerQuery = Static<typeof ExplorerQuery>;

export type Path = { level: Level; code: string }[];

export interface ExplorerState {
  cube: string;
  tipo: 'gasto' | 'ingreso';
  measure: Measure;
  path: Path;
}

/** The contiguous prefix of levels present in the query. */
export function pathOf(query: Partial<Record<Level, string>>): Path {
  const path: Path = [];
  for (const level of HIERARCHY) {
    const code = query[level];
    if (code === undefined) break;
    path.push({ level, code });
  }
  return path;
}

/** The level the view lists: the first one below the path, or none at a leaf. */
export const nextLevel = (path: Path): Level | null => HIERARCHY[path.length] ?? null;

/** The path as Babbage cuts, plus the tipo; levels the budget does not use ('') cut nothing and are left out. */
export const cutsOf = (state: Pick<ExplorerState, 'tipo' | 'path'>): Cut[] => [
  ...state.path.filter((p) => p.code !== '').map((p) => ({ dimension: p.level, values: [p.code] })),
  { dimension: 'tipo', values: [state.tipo] },
  { dimension: 'moneda', values: ['CLP'] },
];

/** The path's levels and the level listed: each node named under its own parents (capítulo 01 of partida 07). */
export const drilldownOf = (path: Path, level: Level | null): Level[] => [...path.map((p) => p.level), ...(level ? [level] : [])];

/** The URL of a view: base is the explorer's path, the rest its state (defaults spelled out, so links are stable). */
export function viewUrl(base: string, state: ExplorerState, lang?: string): string {
  const params = new URLSearchParams({ cubo: state.cube, tipo: state.tipo, medida: state.measure });
  for (const p of state.path) params.set(p.level, p.code);
  if (lang) params.set('lang', lang);
  return `${base}?${params.toString()}`;
}

/** The same view's aggregate in the OpenSpending API, as JSON or CSV: what the table shows, for reuse. */
export function apiUrl(state: ExplorerState, level: Level | null, format: 'json' | 'csv'): string {
  const cut = cutsOf(state).map((c) => `${c.dimension}:${c.values.join(';')}`).join('|');
  const params = new URLSearchParams({ cut, order: `${state.measure}.sum:desc` });
  const drilldown = drilldownOf(state.path, level);
  if (drilldown.length > 0) params.set('drilldown', drilldown.join('|'));
  if (format === 'csv') params.set('format', 'csv');
  return `/api/3/cubes/${state.cube}/aggregate?${params.toString()}`;
}
