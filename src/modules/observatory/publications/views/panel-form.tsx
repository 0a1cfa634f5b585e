// The steward's form for a panel (new or edit): title, description, start typed in Chile's time (datetime-local),
// duration, speakers one a line, and, after the panel, the video link and the summary note.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import { toSantiagoLocal } from '../../../../core/i18n/santiago-time.js';
import type { PanelRow } from '../queries.js';
import { speakersText } from '../rules.js';
import { PANELS_PATH, panelUrl } from '../present.js';
import { crumbs } from './parts.js';
import type { FormState } from './publication-form.js';

export const panelValues = (p: PanelRow): Record<string, string> => ({
  title: p.title, description: p.description, startsAt: toSantiagoLocal(p.startsAt), durationMinutes: String(p.durationMinutes),
  speakers: speakersText(p.speakers), videoUrl: p.videoUrl ?? '', summary: p.summary ?? '',
});

export function PanelFormPage({ ctx, current, form }: { ctx: ViewContext; current?: PanelRow; form: FormState }) {
  const { t } = ctx;
  const title = current ? t('observatory.panel.editTitle') : t('observatory.panel.new');
  const v = form.values;
  const e = form.errors ?? {};
  const labels = { title: t('observatory.panel.title'), description: t('observatory.panel.description'), startsAt: t('observatory.panel.startsAt'),
    durationMinutes: t('observatory.panel.duration'), speakers: t('observatory.panel.speakers'), videoUrl: t('observatory.panel.video'), summary: t('observatory.panel.summary') };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, 'panels', title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={e} labels={labels} />
      <Form ctx={ctx} action={current ? `${panelUrl(current.slug)}/editar` : PANELS_PATH} class="obs-form">
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <TextArea name="description" label={labels.description} value={v.description} error={e.description} rows={5} required hint={t('observatory.markdownHint')} />
        <DateTimeField name="startsAt" label={labels.startsAt} value={v.startsAt} error={e.startsAt} hint={t('observatory.panel.startsAtHint')} />
        <Field name="durationMinutes" type="number" inputmode="numeric" label={labels.durationMinutes} value={v.durationMinutes ?? '60'} error={e.durationMinutes}
          hint={t('observatory.panel.durationHint')} />
        <TextArea name="speakers" label={labels.speakers} value={v.speakers} error={e.speakers} rows={4} required hint={t('observatory.panel.speakersHint')} />
        <Field name="videoUrl" type="url" label={labels.videoUrl} value={v.videoUrl} error={e.videoUrl} hint={t('observatory.panel.videoHint')} />
        <TextArea name="summary" label={labels.summary} value={v.summary} error={e.summary} rows={8} hint={t('observatory.panel.summaryHint')} />
        <Button>{t('observatory.panel.save')}</Button>
      </Form>
    </Layout>
  );
}
