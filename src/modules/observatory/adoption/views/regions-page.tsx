// /observatorio/adopcion: the sixteen regions' trackers, one line each (municipalities followed, latest status date,
// workshops), each leading to its regional dashboard.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { listRegionSummaries } from '../queries.js';
import { adoptionPath } from '../present.js';
import { formatDay } from './parts.js';

type Summary = Awaited<ReturnType<typeof listRegionSummaries>>[number];

export function RegionsPage({ ctx, regions }: { ctx: ViewContext; regions: Summary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('observatory.adoption.title')} breadcrumbs={[{ href: '/observatorio', label: t('observatory.name') }, { label: t('observatory.adoption.title') }]}>
      <h1>{t('observatory.adoption.title')}</h1>
      <p class="lead">{t('observatory.adoption.lead')}</p>
      <ul class="obs-region-list">
        {regions.map((r) => (
          <li>
            <a href={adoptionPath(r.code)}>{r.name}</a>
            <span class="cell-note">{r.tracked === 0 ? t('observatory.adoption.regionLineEmpty', { total: r.municipalities })
              : t('observatory.adoption.regionLine', { tracked: r.tracked, total: r.municipalities, date: formatDay(ctx, r.latest!), workshops: r.workshops })}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
