// /instituciones/{slug}/transparencia/activa/{category}: the table of one period (the current one unless another is
// chosen), paginated by cursor, with the period selector (a GET form: no script), the last update date, the
// downloads of that period and the category's Table Schema; officials get the link to publish the monthly update.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination, Table } from '../../../../core/views/components/table.js';
import type { ActiveCategory } from '../categories.js';
import type { ActiveUpdate, PeriodRow } from '../queries.js';
import type { ActiveRow } from '../parsing.js';
import { canPublishActive } from '../policy.js';
import { activePath, categoryPath, schemaPath, uploadPath } from '../present.js';
import { lang } from '../table-schema.js';
import { CellValue, displayFields, formatInstant, formatPeriod } from './parts.js';

export function ActiveCategoryPage({ ctx, institution, category, update, isCurrent, periods, rows, next, firstPage }: {
  ctx: ViewContext; institution: { id: number; slug: string; name: string }; category: ActiveCategory; update: ActiveUpdate | null; isCurrent: boolean;
  periods: PeriodRow[]; rows: ActiveRow[]; next: string | null; firstPage: boolean;
}) {
  const { t } = ctx;
  const l = lang(ctx.locale);
  const base = categoryPath(institution.slug, category.key);
  const pageUrl = isCurrent || !update ? base : `${base}?periodo=${update.period}`;
  const about = update && { period: formatPeriod(ctx, update.period), date: formatInstant(ctx, update.publishedAt), rows: update.rowCount };
  return (
    <Layout ctx={ctx} title={`${category.title[l]} · ${institution.name}`} institution={institution} breadcrumbs={[
      { href: `/instituciones/${institution.slug}`, label: institution.name },
      { href: activePath(institution.slug), label: t('transparency.active.title') }, { label: category.title[l] }]}>
      <h1>{category.title[l]}<span class="subtitle">{institution.name}</span></h1>
      <p><span class="tag">{t('transparency.active.article', { letter: category.letter })}</span></p>
      <p class="lead">{category.description[l]}</p>
      {canPublishActive(ctx.actor, institution.id) && (
        <p><a class="button button-primary" href={uploadPath(institution.slug, category.key)}>{t('transparency.active.category.publish')}</a></p>
      )}
      {!update ? <EmptyState>{t('transparency.active.category.none')}</EmptyState> : (
        <>
          <p>{isCurrent ? t('transparency.active.category.current', about!)
            : <>{t('transparency.active.category.old', about!)} <a href={base}>{t('transparency.active.category.backToCurrent')}</a></>}</p>
          {periods.length > 1 && (
            <Form ctx={ctx} action={base} method="get" class="filters">
              <Select name="periodo" label={t('transparency.active.category.periodLabel')} value={update.period}
                options={periods.map((p) => ({ value: p.period, label: formatPeriod(ctx, p.period) }))} />
              <Button variant="secondary">{t('transparency.active.category.show')}</Button>
            </Form>
          )}
          <Table ctx={ctx} caption={t('transparency.active.category.caption', { title: category.title[l], period: formatPeriod(ctx, update.period) })} rows={rows}
            columns={displayFields(category.fields).map((f, i) => ({ header: f.title[l], rowHeader: i === 0, numeric: f.type === 'integer', cell: (r: ActiveRow) => <CellValue ctx={ctx} field={f} value={r[f.name]} /> }))} />
          <Pagination ctx={ctx} baseUrl={pageUrl} nextCursor={next} isFirstPage={firstPage} />
          <ExportLinks ctx={ctx} baseUrl={`${base}?periodo=${update.period}`} />
        </>
      )}
      <p><a href={schemaPath(institution.slug, category.key)}>{t('transparency.active.category.schema')}</a></p>
    </Layout>
  );
}
