// Small pieces the active-transparency pages share: a cell shown as its Table Schema type says (pesos as money,
// dates in the reader's format, links as links), a column's content described for the upload form, and the
// Santiago date of an update.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import type { Cell } from '../parsing.js';
import type { ActiveField } from '../table-schema.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A 'YYYY-MM-DD' as the reader writes dates (31-01-2026 in Chile, or in words); the date has no time zone. */
export function formatDay(ctx: ViewContext, day: string, style: 'medium' | 'long' = 'medium') {
  let f = dayFormats.get(`${ctx.locale}-${style}`);
  if (!f) dayFormats.set(`${ctx.locale}-${style}`, f = new Intl.DateTimeFormat(ctx.locale, { dateStyle: style, timeZone: 'UTC' }));
  return f.format(new Date(`${day}T00:00:00Z`));
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** A period 'YYYY-MM' as its readers say it: "octubre de 2026", "October 2026". */
export function formatPeriod(ctx: ViewContext, period: string) {
  let f = monthFormats.get(ctx.locale);
  if (!f) monthFormats.set(ctx.locale, f = new Intl.DateTimeFormat(ctx.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return f.format(new Date(`${period}-01T00:00:00Z`));
}

/** The columns in reading order: first the one that names a row (the first free-text field), then the rest as defined. */
export function displayFields(fields: readonly ActiveField[]): ActiveField[] {
  const head = fields.find((f) => f.type === 'string' && !f.enum && !f.format) ?? fields[0]!;
  return [head, ...fields.filter((f) => f !== head)];
}

export const formatInstant = (ctx: ViewContext, at: Date) => formatters(ctx.locale).date.format(at);

export function CellValue({ ctx, field, value }: { ctx: ViewContext; field: ActiveField; value: Cell | undefined }) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return <>{ctx.t(value ? 'transparency.active.yes' : 'transparency.active.no')}</>;
  if (typeof value === 'number') return <>{field.pesos ? '$' : ''}{formatters(ctx.locale).number.format(value)}</>;
  if (field.type === 'date') return <time dateTime={value}>{formatDay(ctx, value)}</time>;
  if (field.format === 'uri') return <a href={value} rel="nofollow noopener">{value.replace(/^https?:\/\//, '').slice(0, 40)}</a>;
  return <>{value}</>;
}

export function describeType(ctx: ViewContext, field: ActiveField): string {
  if (field.enum) return ctx.t('transparency.active.type.enum', { values: field.enum.join(', ') });
  if (field.pesos) return ctx.t('transparency.active.type.pesos');
  if (field.format === 'uri') return ctx.t('transparency.active.type.uri');
  return ctx.t(`transparency.active.type.${field.type}` as MessageKey);
}
