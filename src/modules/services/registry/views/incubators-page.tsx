// /servicios/incubadoras: every incubator, public, with its host, kind, region and how many services it holds; links
// to create one (and edit each) for those who may run them.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { IncubatorListItem } from '../queries.js';
import { INCUBATORS_PATH, incubatorEditPath } from '../present.js';
import { servicesCrumbs } from '../../crumbs.js';

export function IncubatorsPage({ ctx, incubators, canCreate, canEdit }: {
  ctx: ViewContext; incubators: IncubatorListItem[]; canCreate: boolean; canEdit: (i: IncubatorListItem) => boolean;
}) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  return (
    <Layout ctx={ctx} title={t('services.registry.incubatorsTitle')} breadcrumbs={servicesCrumbs(ctx, { label: t('services.registry.incubators') })}>
      <h1>{t('services.registry.incubatorsTitle')}</h1>
      <p>{t('services.registry.incubatorsIntro')}</p>
      {canCreate && <p><a class="button button-secondary" href={`${INCUBATORS_PATH}/nueva`}>{t('services.registry.newIncubator')}</a></p>}
      <div class="svc-incubators"><Table ctx={ctx} caption={t('services.registry.incubatorsCaption')} rows={incubators} columns={[
        { header: t('services.registry.field.name'), rowHeader: true, cell: (i) => <>
          <a href={`/servicios?incubadora=${i.slug}`}>{i.name}</a>
          {i.description && <span class="cell-note">{i.description}</span>}
          {canEdit(i) && <span class="cell-note"><a href={incubatorEditPath(i.slug)}>{t('services.registry.editIncubatorLink', { name: i.name })}</a></span>}
        </> },
        { header: t('services.registry.field.kind'), cell: (i) => t(`services.incubatorKind.${i.kind}`) },
        { header: t('services.registry.field.institution'), cell: (i) => <a href={`/instituciones/${i.institutionSlug}`}>{i.institutionName}</a> },
        { header: t('services.registry.region'), cell: (i) => i.regionName ?? '—' },
        { header: t('services.registry.servicesCount'), numeric: true, cell: (i) => number.format(i.services) },
      ]} /></div>
    </Layout>
  );
}
