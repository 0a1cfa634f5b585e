// /servicios/incubadoras/nueva and /servicios/incubadoras/{slug}/editar: an incubator's name, address, kind, host
// (the institutions the actor may run one in) and, for a regional programme, its region.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { INCUBATOR_KINDS } from '../schema.js';
import type { IncubatorRow } from '../queries.js';
import type { InstitutionOption } from '../options.js';
import { INCUBATORS_PATH, incubatorEditPath } from '../present.js';
import { one, type FormState } from './parts.js';
import { servicesCrumbs } from '../../crumbs.js';

const FIELDS = ['name', 'slug', 'kind', 'institution', 'regionCode', 'description'] as const;

export function IncubatorFormPage({ ctx, incubator, hosts, regions, form }: {
  ctx: ViewContext; incubator?: IncubatorRow; hosts: InstitutionOption[]; regions: Array<{ code: string; name: string }>; form: FormState;
}) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const labels = Object.fromEntries(FIELDS.map((k) => [k, t(`services.registry.field.${k}`)]));
  const title = incubator ? t('services.registry.editIncubator', { name: incubator.name }) : t('services.registry.newIncubator');
  const groups = [...new Set(hosts.map((h) => h.regionName ?? t('services.registry.national')))]
    .map((group) => ({ group, options: hosts.filter((h) => (h.regionName ?? t('services.registry.national')) === group).map((h) => ({ value: h.slug, label: h.name })) }));
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={servicesCrumbs(ctx, { href: INCUBATORS_PATH, label: t('services.registry.incubators') }, { label: title })}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={incubator ? incubatorEditPath(incubator.slug) : `${INCUBATORS_PATH}/nueva`}>
        <Field name="name" label={labels.name!} value={one(v.name)} error={err.name} required />
        <Field name="slug" label={labels.slug!} hint={t('services.registry.hint.incubatorSlug')} value={one(v.slug)} error={err.slug} required />
        <Select name="kind" label={labels.kind!} hint={t('services.registry.hint.kind')} value={one(v.kind)} error={err.kind}
          options={INCUBATOR_KINDS.map((k) => ({ value: k, label: t(`services.incubatorKind.${k}`) }))} />
        <Select name="institution" label={labels.institution!} value={one(v.institution)} error={err.institution} options={groups} />
        <Select name="regionCode" label={labels.regionCode!} hint={t('services.registry.hint.region')} value={one(v.regionCode) ?? ''} error={err.regionCode}
          options={[{ value: '', label: t('services.registry.noRegion') }, ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
        <TextArea name="description" label={labels.description!} value={one(v.description)} error={err.description} rows={3} />
        <Button>{t('services.registry.saveIncubator')}</Button>
      </Form>
    </Layout>
  );
}
