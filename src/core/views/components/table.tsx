// Data tables with a caption and header cells, an empty state, cursor pagination and export links.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../context.js';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ComponentChildren;
  /** Right-align numbers so digits line up. */
  numeric?: boolean;
  /** The cell that names its row (`<th scope="row">`), so a screen reader announces it with every other cell. */
  rowHeader?: boolean;
}

export function Table<Row>({ ctx, caption, columns, rows, footer }: {
  ctx: ViewContext; caption: string; columns: Column<Row>[]; rows: Row[];
  /** A totals row (`<tfoot>`): its cells, header cell first. */
  footer?: ComponentChildren;
}) {
  if (rows.length === 0) return <EmptyState>{ctx.t('table.empty')}</EmptyState>;
  const cell = (c: Column<Row>, row: Row) => (c.rowHeader
    ? <th scope="row" class={c.numeric ? 'num' : undefined}>{c.cell(row)}</th>
    : <td class={c.numeric ? 'num' : undefined}>{c.cell(row)}</td>);
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead><tr>{columns.map((c) => <th scope="col" class={c.numeric ? 'num' : undefined}>{c.header}</th>)}</tr></thead>
        <tbody>
          {rows.map((row) => <tr>{columns.map((c) => cell(c, row))}</tr>)}
        </tbody>
        {footer && <tfoot><tr>{footer}</tr></tfoot>}
      </table>
    </div>
  );
}

export function EmptyState({ children }: { children: ComponentChildren }) {
  return <p class="empty-state">{children}</p>;
}

/** Cursor pagination: a "next" link carrying the opaque cursor, and a way back to the first page. */
export function Pagination({ ctx, baseUrl, nextCursor, isFirstPage }: { ctx: ViewContext; baseUrl: string; nextCursor: string | null; isFirstPage: boolean }) {
  if (!nextCursor && isFirstPage) return null;
  const link = (cursor: string | null) => {
    const u = new URL(baseUrl, 'http://x');
    if (cursor) u.searchParams.set('cursor', cursor); else u.searchParams.delete('cursor');
    return u.pathname + u.search;
  };
  return (
    <nav class="pagination" aria-label={ctx.t('pagination.label')}>
      {!isFirstPage && <a href={link(null)}>{ctx.t('pagination.first')}</a>}
      {nextCursor && <a href={link(nextCursor)} rel="next">{ctx.t('pagination.next')} →</a>}
    </nav>
  );
}

/** Links to the same list as CSV and JSON (DESIGN.md convention 7: every list is exportable). */
export function ExportLinks({ ctx, baseUrl }: { ctx: ViewContext; baseUrl: string }) {
  const link = (format: string) => {
    const u = new URL(baseUrl, 'http://x');
    u.searchParams.delete('cursor');
    u.searchParams.set('format', format);
    return u.pathname + u.search;
  };
  return (
    <p class="export-links">
      {ctx.t('export.label')}: <a href={link('csv')}>{ctx.t('export.csv')}</a> · <a href={link('json')}>{ctx.t('export.json')}</a>
    </p>
  );
}
