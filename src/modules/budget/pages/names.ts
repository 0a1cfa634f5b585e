// How the pages name what they show: a measure or level in the reader's language, a node as "code name".
import type { ViewContext } from '../../../core/views/context.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import type { Level, Measure } from '../babbage/model.js';
import type { BudgetDataset } from '../queries.js';

export const measureName = (ctx: ViewContext, m: Measure) => ctx.t(`budget.measure.${m}` as MessageKey);
export const levelName = (ctx: ViewContext, level: Level) => ctx.t(`budget.dimension.${level}` as MessageKey);
/** "07 Ministerio de Economía" — the code leads, as in the Ley's own tables. */
export const named = (code: string, label: string) => (label && label !== code ? `${code} ${label}` : code);

type Named = Pick<BudgetDataset, 'id' | 'institutionId' | 'year' | 'kind' | 'sourceNames'>;
/**
 * A dataset's name: its kind ("Ejecución presupuestaria") and, when `listed` holds another dataset of the same
 * institution, year and kind (an imported execution beside the procurement payments Cabildo records), its source, so
 * the two can be told apart. A folder import names its first file and how many more.
 */
export function datasetName(ctx: ViewContext, d: Named, listed: readonly Named[]): string {
  const kind = ctx.t(`budget.explorer.kind.${d.kind}` as MessageKey);
  if (!listed.some((o) => o.id !== d.id && o.institutionId === d.institutionId && o.year === d.year && o.kind === d.kind)) return kind;
  const [first, ...rest] = d.sourceNames;
  return `${kind} · ${first}${rest.length > 0 ? ` +${rest.length}` : ''}`;
}
