// Processes as cards (title, institution, territory, state and dates) with pagination and export links: shared by
// the overview and an institution's page.
import type { ViewContext } from '../../../../core/views/context.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import type { ProcessRow } from '../queries.js';
import { stateOfSpan } from '../phases.js';
import { processPath } from '../paths.js';

export const scopeLabel = (ctx: ViewContext, r: { scope: string; scopeName: string | null; scopeCode: string }) =>
  ctx.t(`participation.process.scope.${r.scope}` as MessageKey, { name: r.scopeName ?? r.scopeCode });

export const stateLabel = (ctx: ViewContext, state: string) => ctx.t(`participation.process.state.${state}` as MessageKey);

export function spanLabel(ctx: ViewContext, from: Date | null, to: Date | null) {
  if (!from || !to) return ctx.t('participation.process.noDates');
  const { date } = formatters(ctx.locale);
  return ctx.t('participation.process.span', { from: date.format(from), to: date.format(to) });
}

export function ProcessList({ ctx, items, next, isFirstPage, showInstitution = true }: {
  ctx: ViewContext; items: ProcessRow[]; next: string | null; isFirstPage: boolean; showInstitution?: boolean;
}) {
  const now = new Date();
  if (items.length === 0) return <EmptyState>{ctx.t('participation.process.none')}</EmptyState>;
  return (
    <>
      <ul class="card-grid">
        {items.map((r) => (
          <li class="card">
            <h3><a href={processPath(r.id)}>{r.title}</a></h3>
            {showInstitution && <p>{r.institutionName}</p>}
            <p>{scopeLabel(ctx, r)}</p>
            <p><span class="tag">{stateLabel(ctx, stateOfSpan(r.startsAt, r.endsAt, now))}</span>{' '}
              {spanLabel(ctx, r.startsAt, r.endsAt)}</p>
          </li>
        ))}
      </ul>
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={isFirstPage} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </>
  );
}
