// The funding area's part of the public service page (/servicios/{slug}, public/): the total spent to date and this
// year and the link to the budget page (the service's origin is in the page's record, public/). Null when nothing was
// spent, except for the service's managers, who see the way to record it.
import type { ComponentChildren } from 'preact';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { ServiceRecord } from '../registry/queries.js';
import { canManageService } from '../policy.js';
import { todayInChile } from '../registry/commands/checks.js';
import { loadServiceBudget } from './queries.js';
import { spentIn } from './budget.js';
import { budgetPath, pesos } from './views/parts.js';

export async function loadFundingSection(db: DbOrTx, service: ServiceRecord, ctx: ViewContext): Promise<ComponentChildren> {
  const budget = await loadServiceBudget(db, service.id);
  const thisYear = Number(todayInChile().slice(0, 4));
  const empty = budget.sums.years.length === 0;
  if (empty && !canManageService(ctx.actor, service.parties)) return null;
  const { t } = ctx;
  return (
    <section class="svc-funding" aria-labelledby="svc-funding-title">
      <h2 id="svc-funding-title">{t('services.funding.sectionTitle')}</h2>
      {empty ? <p>{t('services.funding.nothingYet')}</p> : (
        <dl class="facts svc-budget-facts">
          <div><dt>{t('services.funding.totalToDate')}</dt><dd>{pesos(ctx, budget.sums.total.total)}</dd></div>
          <div><dt>{t('services.funding.totalYear', { year: thisYear })}</dt><dd>{pesos(ctx, spentIn(budget.sums, thisYear))}</dd></div>
        </dl>
      )}
      <p><a href={budgetPath(service.slug)}>{t('services.funding.sectionLink')}</a></p>
    </section>
  );
}
