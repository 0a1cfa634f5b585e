// /observatorio/adopcion/{region}/talleres: the regional government's workshops (date, place, topic, municipalities,
// officials attending), exportable, with the form for its team (a checkbox list of the region's comunas).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { ExportLinks, Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { formatters } from '../../../../core/i18n/index.js';
import { canManageRegionalProgramme } from '../../policy.js';
import type { TrackedRegion, Workshop } from '../queries.js';
import { adoptionPath } from '../present.js';
import { IllustrativeNotice, IllustrativeTag, RegionTabs, formatDay, regionCrumbs } from './parts.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export function WorkshopList({ ctx, rows, caption, names }: { ctx: ViewContext; rows: Workshop[]; caption: string; names?: Map<string, string> }) {
  const { t } = ctx;
  return <Table ctx={ctx} caption={caption} rows={rows} columns={[
    { header: t('observatory.adoption.workshop.heldOn'), rowHeader: true, cell: (w) => formatDay(ctx, w.heldOn) },
    { header: t('observatory.adoption.workshop.topic'), cell: (w) => <>{w.topic}<span class="cell-note">{w.place}</span>{w.illustrative && <span class="cell-note"><IllustrativeTag ctx={ctx} /></span>}</> },
    { header: t('observatory.adoption.workshop.municipalities'), cell: (w) => (names ? w.municipalities.map((c) => names.get(c) ?? c).join(', ')
      : t('observatory.adoption.workshop.municipalityCount', { n: w.municipalities.length })) },
    { header: t('observatory.adoption.workshop.attendees'), numeric: true, cell: (w) => String(w.attendees) },
  ]} />;
}

const LABELS = ['heldOn', 'place', 'topic', 'municipalities', 'attendees'] as const;

export function WorkshopsPage({ ctx, region, rows, form = { values: {} } }: { ctx: ViewContext; region: TrackedRegion; rows: Workshop[]; form?: FormState }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  const path = `${adoptionPath(region.code)}/talleres`;
  const names = new Map(region.municipalities.map((m) => [m.cut, m.name]));
  const v = form.values;
  const err = form.errors ?? {};
  const labels = Object.fromEntries(LABELS.map((k) => [k, t(`observatory.adoption.workshop.${k}`)]));
  return (
    <Layout ctx={ctx} title={t('observatory.adoption.workshopsTitle', { region: region.name })} breadcrumbs={regionCrumbs(ctx, region, t('observatory.adoption.tab.workshops'))}>
      <h1>{t('observatory.adoption.workshopsTitle', { region: region.name })}<span class="subtitle">{region.regionalGovernmentName}</span></h1>
      <RegionTabs ctx={ctx} code={region.code} current="workshops" />
      {rows.some((w) => w.illustrative) && <IllustrativeNotice ctx={ctx} />}
      <p class="obs-key-figure">{t('observatory.adoption.workshopsSummary', { count: number.format(rows.length),
        attendees: number.format(rows.reduce((s, w) => s + w.attendees, 0)), reached: new Set(rows.flatMap((w) => w.municipalities)).size })}</p>
      <WorkshopList ctx={ctx} rows={rows} caption={t('observatory.adoption.workshopsCaption')} names={names} />
      <ExportLinks ctx={ctx} baseUrl={path} />
      {canManageRegionalProgramme(ctx.actor, region.regionalGovernmentId) && <section aria-labelledby="workshop-form">
        <h2 id="workshop-form">{t('observatory.adoption.workshop.new')}</h2>
        <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
        <Form ctx={ctx} action={path}>
          <Field name="heldOn" label={labels.heldOn!} hint={t('observatory.adoption.dateHint')} value={v.heldOn} error={err.heldOn} inputmode="numeric" required />
          <Field name="place" label={labels.place!} value={v.place} error={err.place} required />
          <Field name="topic" label={labels.topic!} value={v.topic} error={err.topic} required />
          <Checkboxes name="municipalities" legend={labels.municipalities!} options={region.municipalities.map((m) => ({ value: m.cut, label: m.name }))}
            checked={(v.municipalities ?? '').split(',').filter(Boolean)} error={err.municipalities} />
          <Field name="attendees" type="number" label={labels.attendees!} hint={t('observatory.adoption.workshop.attendeesHint')} value={v.attendees} error={err.attendees} inputmode="numeric" required />
          <Button>{t('observatory.adoption.workshop.save')}</Button>
        </Form>
      </section>}
    </Layout>
  );
}
