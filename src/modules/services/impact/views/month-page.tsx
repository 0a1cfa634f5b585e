// /servicios/{slug}/indicadores/mes: one month's values for every indicator at once, as a team fills them in from its
// monthly report. The month is chosen with a GET form (no script), by default the previous month (the last complete
// one); each box is prefilled with the value already recorded for that month, so an emptied box removes it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, type FieldErrors } from '../../../../core/views/components/form.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { IndicatorWithSeries } from '../queries.js';
import { addMonths, targetAt } from '../series.js';
import { managePath, monthPath } from '../present.js';
import { formatMonth, formatValue } from './format.js';
import { serviceCrumbs } from '../../crumbs.js';

/** How far back the selector reaches: two years of months (older corrections go through the CSV import). */
const SELECTABLE_MONTHS = 24;

export const valueField = (code: string) => `v-${code}`;

export function MonthPage({ ctx, service, indicators, month, currentMonth, values, errors }: {
  ctx: ViewContext; service: ServiceRecord; indicators: IndicatorWithSeries[]; month: string; currentMonth: string;
  /** The boxes' contents: the recorded values, or what was typed when the form is shown again with errors. */
  values: Record<string, string>; errors?: FieldErrors;
}) {
  const { t, locale } = ctx;
  const title = t('services.impact.month.title');
  const months = Array.from({ length: SELECTABLE_MONTHS }, (_, i) => addMonths(currentMonth, -i));
  const labels = Object.fromEntries(indicators.map((i) => [valueField(i.code), i.name]));
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={serviceCrumbs(ctx, service, { href: managePath(service.slug), label: t('services.impact.manage.title') }, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('services.impact.month.lead')}</p>
      <Form ctx={ctx} action={monthPath(service.slug)} method="get" class="svc-impact-inline-form">
        <Select name="mes" label={t('services.impact.month.choose')} value={month} options={months.map((m) => ({ value: m, label: formatMonth(locale, m) }))} />
        <Button variant="secondary">{t('services.impact.month.show')}</Button>
      </Form>
      {indicators.length === 0 ? <EmptyState><a href={managePath(service.slug)}>{t('services.impact.month.noIndicators')}</a></EmptyState> : (
        <>
          <h2>{t('services.impact.month.heading', { month: formatMonth(locale, month) })}</h2>
          <ErrorSummary ctx={ctx} errors={errors} labels={{ ...labels, month: t('services.impact.field.month') }} />
          <Form ctx={ctx} action={monthPath(service.slug)}>
            <input type="hidden" name="month" value={month} />
            {indicators.map((i) => {
              const target = targetAt(i.targets, month);
              const hint = [t(`services.unit.${i.unit}`), target && t('services.impact.month.target', { value: formatValue(t, locale, i.unit, target.value), month: formatMonth(locale, target.month) })]
                .filter(Boolean).join(' · ');
              return <Field name={valueField(i.code)} label={i.name} hint={hint} value={values[valueField(i.code)]} error={errors?.[valueField(i.code)]} inputmode="decimal" autocomplete="off" />;
            })}
            <p class="hint">{t('services.impact.month.emptyHint')}</p>
            <Button>{t('services.impact.month.submit')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
