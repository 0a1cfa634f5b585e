// /servicios/{slug}/indicadores (the service's managers: policy.ts canManageService): the indicators with their latest
// value and targets, and the form defining a new one; /servicios/{slug}/indicadores/{code}: editing one and its targets.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, PostButton, Select, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { DIRECTIONS, INDICATOR_KINDS, INDICATOR_UNITS } from '../schema.js';
import { importPath, managePath, monthPath, statsPath, type IndicatorReport } from '../present.js';
import { formatMonth, formatMonthYear, formatValue } from './format.js';
import { serviceCrumbs } from '../../crumbs.js';

export interface FormState { values?: Record<string, string>; errors?: FieldErrors }

function IndicatorFields({ ctx, values = {}, errors = {} }: { ctx: ViewContext } & FormState) {
  const { t } = ctx;
  const options = <K extends string>(list: readonly K[], key: (k: K) => Parameters<typeof t>[0]) => list.map((k) => ({ value: k, label: t(key(k)) }));
  return (
    <>
      <Field name="name" label={t('services.impact.field.name')} value={values.name} error={errors.name} required />
      <Field name="code" label={t('services.impact.field.code')} hint={t('services.impact.field.codeHint')} value={values.code} error={errors.code} required autocomplete="off" />
      <Select name="kind" label={t('services.impact.field.kind')} value={values.kind} error={errors.kind} options={options(INDICATOR_KINDS, (k) => `services.indicatorKind.${k}`)} />
      <Select name="unit" label={t('services.impact.field.unit')} value={values.unit} error={errors.unit} options={options(INDICATOR_UNITS, (k) => `services.unit.${k}`)} />
      <Select name="direction" label={t('services.impact.field.direction')} value={values.direction} error={errors.direction} options={options(DIRECTIONS, (k) => `services.impact.direction.${k}`)} />
      <TextArea name="description" label={t('services.impact.field.description')} value={values.description} error={errors.description} rows={2} />
      <TextArea name="method" label={t('services.impact.field.method')} hint={t('services.impact.field.methodHint')} value={values.method} error={errors.method} rows={3} />
    </>
  );
}

const fieldLabels = (ctx: ViewContext) => Object.fromEntries(['name', 'code', 'kind', 'unit', 'direction', 'description', 'method', 'month', 'value']
  .map((f) => [f, ctx.t(`services.impact.field.${f}` as Parameters<typeof ctx.t>[0])]));

const crumbs = (ctx: ViewContext, service: ServiceRecord, label: string, extra: Array<{ href: string; label: string }> = []) =>
  serviceCrumbs(ctx, service, ...extra, label);

export function ManagePage({ ctx, service, reports, form = {} }: { ctx: ViewContext; service: ServiceRecord; reports: IndicatorReport[]; form?: FormState }) {
  const { t, locale } = ctx;
  const title = t('services.impact.manage.title');
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={crumbs(ctx, service, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('services.impact.manage.lead', { service: service.title })}</p>
      <p class="svc-impact-actions"><a href={monthPath(service.slug)}>{t('services.impact.month.title')}</a> · <a href={importPath(service.slug)}>{t('services.impact.import.title')}</a>
        {' · '}<a href={statsPath(service.slug)}>{t('services.impact.stats.crumb')}</a></p>
      <Table ctx={ctx} caption={t('services.impact.manage.caption')} rows={reports} columns={[
        { header: t('services.impact.field.name'), rowHeader: true, cell: (r) => <a href={`${managePath(service.slug)}/${r.indicator.code}`}>{r.indicator.name}</a> },
        { header: t('services.impact.field.code'), cell: (r) => <code>{r.indicator.code}</code> },
        { header: t('services.impact.field.unit'), cell: (r) => t(`services.unit.${r.indicator.unit}`) },
        { header: t('services.impact.manage.latest'), cell: (r) => (r.headline ? `${formatValue(t, locale, r.indicator.unit, r.headline.value)} (${formatMonth(locale, r.headline.month)})` : '—') },
        { header: t('services.impact.manage.targets'), numeric: true, cell: (r) => String(r.targets.length) },
      ]} />
      <h2 id="nuevo">{t('services.impact.manage.define')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={fieldLabels(ctx)} />
      <Form ctx={ctx} action={managePath(service.slug)}>
        <IndicatorFields ctx={ctx} values={form.values} errors={form.errors} />
        <Button>{t('services.impact.manage.defineSubmit')}</Button>
      </Form>
    </Layout>
  );
}

export function IndicatorPage({ ctx, service, report, form = {}, targetForm = {} }: {
  ctx: ViewContext; service: ServiceRecord; report: IndicatorReport; form?: FormState; targetForm?: FormState;
}) {
  const { t, locale } = ctx;
  const ind = report.indicator;
  const base = `${managePath(service.slug)}/${ind.code}`;
  const values = form.values ?? { name: ind.name, code: ind.code, kind: ind.kind, unit: ind.unit, direction: ind.direction, description: ind.description, method: ind.method };
  return (
    <Layout ctx={ctx} title={`${ind.name} · ${service.title}`} breadcrumbs={crumbs(ctx, service, ind.name, [{ href: managePath(service.slug), label: t('services.impact.manage.title') }])}>
      <h1>{ind.name}</h1>
      <h2>{t('services.impact.targets.title')}</h2>
      <p>{t('services.impact.targets.lead')}</p>
      <Table ctx={ctx} caption={t('services.impact.targets.caption', { name: ind.name })} rows={report.targets} columns={[
        { header: t('services.impact.field.month'), rowHeader: true, cell: (x) => formatMonthYear(locale, x.month) },
        { header: t('services.impact.stats.target'), numeric: true, cell: (x) => formatValue(t, locale, ind.unit, x.value) },
        { header: t('services.impact.stats.met'), cell: (x) => t(`services.impact.outcome.${x.outcome}`) },
        { header: t('services.impact.targets.actions'), cell: (x) => <PostButton ctx={ctx} action={`${base}/metas/${x.month}/eliminar`} label={t('services.impact.targets.remove', { month: x.month })} /> },
      ]} />
      <ErrorSummary ctx={ctx} errors={targetForm.errors} labels={fieldLabels(ctx)} />
      <Form ctx={ctx} action={`${base}/metas`} class="svc-impact-inline-form">
        <Field name="month" label={t('services.impact.field.month')} hint={t('services.impact.field.monthHint')} value={targetForm.values?.month} error={targetForm.errors?.month} required />
        <Field name="value" label={t('services.impact.field.value')} value={targetForm.values?.value} error={targetForm.errors?.value} inputmode="decimal" required />
        <Button variant="secondary">{t('services.impact.targets.set')}</Button>
      </Form>
      <h2>{t('services.impact.manage.edit')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={fieldLabels(ctx)} />
      <Form ctx={ctx} action={base}>
        <IndicatorFields ctx={ctx} values={values} errors={form.errors} />
        <Button>{t('services.impact.manage.save')}</Button>
      </Form>
    </Layout>
  );
}
