// /servicios/graduar/{convenios|propuestas}/{id}: the registration of a service in investigación, pre-filled from the
// grant agreement or the accepted proposal. The mission is a first draft: the roadmap's second rule asks it to state
// the users' problem, not a solution, so the form says to rewrite it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import type { IncubatorListItem } from '../../registry/queries.js';
import type { Graduable } from '../origins.js';
import { servicesCrumbs } from '../../crumbs.js';

export interface GraduateForm { values: Record<string, string>; errors?: FieldErrors }

export function GraduateFormPage({ ctx, origin, incubators, graduatedAs, form }: {
  ctx: ViewContext; origin: Graduable; incubators: IncubatorListItem[]; graduatedAs: string | null; form: GraduateForm;
}) {
  const { t } = ctx;
  const v = form.values;
  const e = form.errors ?? {};
  const labels = {
    origin: t(`services.funding.originLabel.${origin.kind}`), slug: t('services.funding.field.slug'), title: t('services.funding.field.title'),
    mission: t('services.funding.field.mission'), incubator: t('services.funding.field.incubator'), leadEmail: t('services.funding.field.leadEmail'),
    leadTitle: t('services.funding.field.leadTitle'), sponsors: t('services.funding.field.sponsors'),
  };
  const title = t('services.funding.graduateFormTitle', { title: origin.title });
  const path = `/servicios/graduar/${origin.kind === 'grant' ? 'convenios' : 'propuestas'}/${origin.id}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={servicesCrumbs(ctx, { href: '/servicios/graduar', label: t('services.funding.graduateTitle') }, origin.title)}>
      <h1>{title}</h1>
      <dl class="facts">
        <div><dt>{labels.origin}</dt><dd><a href={origin.path}>{origin.title}</a></dd></div>
        <div><dt>{labels.sponsors}</dt><dd>{origin.institutionName}</dd></div>
        <div><dt>{t('services.funding.firstPhase')}</dt><dd>{t('services.phase.investigacion')}</dd></div>
      </dl>
      {origin.problem && <p class="error-message" role="alert">{t(`services.funding.error.${origin.problem}`)}</p>}
      {graduatedAs && <p class="error-message" role="alert">{t('services.funding.error.alreadyGraduated')}{' '}
        <a href={`/servicios/${graduatedAs}`}>{t('services.funding.seeService')}</a></p>}
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      {e.origin && <p class="error-message" id="f-origin">{e.origin}</p>}
      {!graduatedAs && <Form ctx={ctx} action={path}>
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <Field name="slug" label={labels.slug} hint={t('services.funding.hint.slug')} value={v.slug} error={e.slug} required />
        <TextArea name="mission" label={labels.mission} hint={t('services.funding.hint.mission')} value={v.mission} error={e.mission} rows={5} required />
        <Select name="incubator" label={labels.incubator} value={v.incubator} error={e.incubator}
          options={incubators.map((i) => ({ value: String(i.id), label: `${i.name} (${i.institutionName})` }))} />
        <Field name="leadEmail" type="email" label={labels.leadEmail} hint={t('services.funding.hint.leadEmail')} value={v.leadEmail} error={e.leadEmail} autocomplete="off" required />
        <Field name="leadTitle" label={labels.leadTitle} value={v.leadTitle} error={e.leadTitle} />
        <Button>{t('services.funding.convert')}</Button>
      </Form>}
    </Layout>
  );
}
