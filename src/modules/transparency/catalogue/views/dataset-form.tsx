// The dataset's record as a form, to publish a new one or edit it; with its errors and values kept when refused (422).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import type { CatalogueEntry } from '../entries.js';
import { DEFAULT_LICENCE } from '../vocabularies.js';
import { frequencyOptions, licenceOptions, themeOptions } from './labels.js';
import type { FormState } from './manage-forms.js';

/** A stored dataset's record as the form's values. */
export const valuesOf = (e: CatalogueEntry): Record<string, string> => ({
  title: e.title, description: e.description, theme: e.theme, keywords: e.keywords.join(', '), licence: e.licence, frequency: e.frequency,
  temporalStart: e.temporalStart ?? '', temporalEnd: e.temporalEnd ?? '', spatialCode: e.spatial?.code ?? '',
});

export function DatasetFormPage({ ctx, institution, entry, form }: {
  ctx: ViewContext; institution: { slug: string; name: string; cutCode: string | null }; entry?: CatalogueEntry; form?: FormState;
}) {
  const { t } = ctx;
  const title = entry ? t('transparency.catalogue.editTitle', { title: entry.title }) : t('transparency.catalogue.newTitle');
  const values = form?.values ?? (entry ? valuesOf(entry) : { licence: DEFAULT_LICENCE, spatialCode: institution.cutCode ?? '', frequency: 'ANNUAL' });
  const errors = form?.errors ?? {};
  const label = (f: string) => t(`transparency.catalogue.field.${f}` as Parameters<typeof t>[0]);
  const labels = Object.fromEntries(['title', 'description', 'theme', 'keywords', 'licence', 'frequency', 'temporalStart', 'temporalEnd', 'spatialCode'].map((f) => [f, label(f)]));
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={[{ href: '/', label: t('nav.home') },
      { href: `/instituciones/${institution.slug}/datos`, label: t('transparency.catalogue.institutionTitle', { name: institution.name }) }, { label: title }]}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={entry ? `/datos/${entry.name}/editar` : `/instituciones/${institution.slug}/datos`}>
        <Field name="title" label={labels.title!} value={values.title} error={errors.title} required />
        <TextArea name="description" label={labels.description!} hint={t('transparency.catalogue.field.description.hint')} value={values.description} error={errors.description} required />
        <Select name="theme" label={labels.theme!} value={values.theme} options={[{ value: '', label: t('transparency.catalogue.field.choose') }, ...themeOptions(t)]} error={errors.theme} />
        <Field name="keywords" label={labels.keywords!} hint={t('transparency.catalogue.field.keywords.hint')} value={values.keywords} error={errors.keywords} />
        <Select name="licence" label={labels.licence!} value={values.licence} options={licenceOptions()} error={errors.licence} />
        <Select name="frequency" label={labels.frequency!} value={values.frequency} options={frequencyOptions(t)} error={errors.frequency} />
        <Field name="temporalStart" label={labels.temporalStart!} hint={t('transparency.catalogue.field.date.hint')} value={values.temporalStart} error={errors.temporalStart} inputmode="numeric" />
        <Field name="temporalEnd" label={labels.temporalEnd!} hint={t('transparency.catalogue.field.date.hint')} value={values.temporalEnd} error={errors.temporalEnd} inputmode="numeric" />
        <Field name="spatialCode" label={labels.spatialCode!} hint={t('transparency.catalogue.field.spatialCode.hint')} value={values.spatialCode} error={errors.spatialCode} inputmode="numeric" />
        <Button>{entry ? t('transparency.catalogue.save') : t('transparency.catalogue.create')}</Button>
      </Form>
    </Layout>
  );
}
