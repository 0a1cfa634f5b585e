// /servicios/nuevo and /servicios/{slug}/editar: the service's record. The mission states the users' problem without
// presupposing a digital solution (the roadmap's second rule, beta.gouv.fr's "problème" before any "solution"); the
// lead official is named by their account's email, which is never published; the team is rows of name and role.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { ACCESSIBILITY, REACHES, THEMES, USER_TYPES } from '../schema.js';
import type { IncubatorListItem, ServiceRecord } from '../queries.js';
import type { InstitutionOption } from '../options.js';
import { editPath, servicePath } from '../present.js';
import { TeamRows, many, one, type FormState } from './parts.js';
import { servicesCrumbs } from '../../crumbs.js';

const FIELDS = ['incubator', 'slug', 'title', 'mission', 'leadEmail', 'leadTitle', 'sponsors', 'team', 'userTypes', 'themes', 'reach', 'link', 'repository',
  'contact', 'accessibility', 'accessibilityUrl', 'riskAnalysisUrl', 'phase', 'startedOn', 'note'] as const;

export interface ServiceFormProps {
  ctx: ViewContext;
  /** Registering: the incubators offered; editing: the service. */
  incubators?: IncubatorListItem[];
  service?: ServiceRecord;
  sponsors: InstitutionOption[];
  today: string;
  form: FormState;
}

export function ServiceFormPage({ ctx, incubators = [], service, sponsors, today, form }: ServiceFormProps) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const labels = Object.fromEntries(FIELDS.map((k) => [k, t(`services.registry.field.${k}`)])) as Record<(typeof FIELDS)[number], string>;
  const title = service ? t('services.registry.editTitle', { title: service.title }) : t('services.registry.newTitle');
  const text = (name: 'title' | 'leadTitle' | 'contact' | 'slug', hint?: string) =>
    <Field name={name} label={labels[name]} hint={hint} value={one(v[name])} error={err[name]} required={name === 'title' || name === 'slug'} />;
  const url = (name: 'link' | 'repository' | 'accessibilityUrl' | 'riskAnalysisUrl') =>
    <Field name={name} type="url" label={labels[name]} hint={t(`services.registry.hint.${name}`)} value={one(v[name])} error={err[name]} />;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={servicesCrumbs(ctx, ...(service ? [{ href: servicePath(service.slug), label: service.title }] : []), { label: service ? t('services.registry.edit') : t('services.registry.new') })}>
      <h1>{title}</h1>
      {!service && incubators.length === 0 ? <p class="notice">{t('services.registry.noIncubator')} <a href="/servicios/incubadoras/nueva">{t('services.registry.newIncubator')}</a></p> : <>
        <p class="lead">{t('services.registry.formIntro')}</p>
        <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
        <Form ctx={ctx} action={service ? editPath(service.slug) : '/servicios/nuevo'}>
          {!service && <Select name="incubator" label={labels.incubator} hint={t('services.registry.hint.incubator')} value={one(v.incubator)} error={err.incubator}
            options={incubators.map((i) => ({ value: i.slug, label: i.name }))} />}
          {!service && text('slug', t('services.registry.hint.slug'))}
          {text('title')}
          <TextArea name="mission" label={labels.mission} hint={t('services.registry.hint.mission')} value={one(v.mission)} error={err.mission} rows={5} required />
          <Field name="leadEmail" type="email" label={labels.leadEmail} autocomplete="off" value={one(v.leadEmail)} error={err.leadEmail} required={!service}
            hint={service ? t('services.registry.hint.leadEmailEdit', { name: service.leadName }) : t('services.registry.hint.leadEmail')} />
          {text('leadTitle', t('services.registry.hint.leadTitle'))}
          <Checkboxes name="sponsors" legend={labels.sponsors} hint={t('services.registry.hint.sponsors')} checked={many(v.sponsors)} error={err.sponsors}
            options={sponsors.map((s) => ({ value: s.slug, label: s.name }))} />
          <TeamRows ctx={ctx} names={many(v.teamName)} roles={many(v.teamRole)} error={err.team} />
          <Checkboxes name="userTypes" legend={labels.userTypes} checked={many(v.userTypes)} error={err.userTypes}
            options={USER_TYPES.map((u) => ({ value: u, label: t(`services.userType.${u}`) }))} />
          <Checkboxes name="themes" legend={labels.themes} checked={many(v.themes)} error={err.themes}
            options={THEMES.map((u) => ({ value: u, label: t(`services.theme.${u}`) }))} />
          <Select name="reach" label={labels.reach} hint={t('services.registry.hint.reach')} value={one(v.reach) ?? 'comunal'} error={err.reach}
            options={REACHES.map((r) => ({ value: r, label: t(`services.reach.${r}`) }))} />
          <h2>{t('services.registry.transparency')}</h2>
          <p class="hint">{t('services.registry.transparencyHint')}</p>
          {url('link')}
          {url('repository')}
          {text('contact', t('services.registry.hint.contact'))}
          <Select name="accessibility" label={labels.accessibility} value={one(v.accessibility) ?? ''} error={err.accessibility}
            options={[{ value: '', label: t('services.registry.notDeclared') }, ...ACCESSIBILITY.map((a) => ({ value: a, label: t(`services.accessibility.${a}`) }))]} />
          {url('accessibilityUrl')}
          {url('riskAnalysisUrl')}
          {!service && <>
            <h2>{t('services.registry.firstPhase')}</h2>
            <Select name="phase" label={labels.phase} hint={t('services.registry.hint.phase')} value={one(v.phase)} error={err.phase}
              options={(['investigacion', 'construccion'] as const).map((p) => ({ value: p, label: t(`services.phase.${p}`) }))} />
            <Field name="startedOn" type="date" label={labels.startedOn} hint={t('services.registry.hint.day', { today })} value={one(v.startedOn) ?? today} error={err.startedOn} required />
            <Field name="note" label={labels.note} value={one(v.note)} error={err.note} />
          </>}
          <Button>{service ? t('services.registry.save') : t('services.registry.register')}</Button>
        </Form>
      </>}
    </Layout>
  );
}
