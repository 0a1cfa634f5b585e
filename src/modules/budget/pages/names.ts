// How the pages name what they show: a measure or level in the reader's language, a node as "code name".
import type { ViewContext } from '../../../core/views/context.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import type { Level, Measure } from '../babbage/model.js';

export const measureName = (ctx: ViewContext, m: Measure) => ctx.t(`budget.measure.${m}` as MessageKey);
export const levelName = (ctx: ViewContext, level: Level) => ctx.t(`budget.dimension.${level}` as MessageKey);
/** "07 Ministerio de Economía" — the code leads, as in the Ley's own tables. */
export const named = (code: string, label: string) => (label && label !== code ? `${code} ${label}` : code);
