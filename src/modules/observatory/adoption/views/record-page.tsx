// /observatorio/adopcion/{region}/municipios/{cut}: one municipality's adoption record. Its stage on each platform
// today, the history per platform (date it took effect, stage, evidence, illustrative flag), and, for the regional
// team and the municipality's own officials, the form to record a new status (going back a stage included).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { ADOPTION_STATUSES, PLATFORMS, type Platform } from '../../pillars.js';
import type { AdoptionEvent, RegionMunicipality, TrackedRegion } from '../queries.js';
import { recordPath } from '../present.js';
import { eventOn, sortEvents } from '../rules.js';
import { IllustrativeNotice, IllustrativeTag, formatDay, platformName, regionCrumbs, statusName } from './parts.js';
import type { FormState } from './workshops-page.js';

export function RecordPage({ ctx, region, municipality, events, today, canUpdate, form = { values: {} } }: {
  ctx: ViewContext; region: TrackedRegion; municipality: RegionMunicipality; events: AdoptionEvent[]; today: string; canUpdate: boolean; form?: FormState;
}) {
  const { t } = ctx;
  const of = (p: Platform) => events.filter((e) => e.platform === p);
  const labels = { platform: t('observatory.adoption.platform'), status: t('observatory.adoption.status'), effectiveOn: t('observatory.adoption.effectiveOn'),
    evidence: t('observatory.adoption.evidence'), evidenceUrl: t('observatory.adoption.evidenceUrl'), cut: t('observatory.adoption.municipality') };
  const v = form.values;
  const err = form.errors ?? {};
  return (
    <Layout ctx={ctx} title={t('observatory.adoption.recordTitle', { name: municipality.name })} breadcrumbs={regionCrumbs(ctx, region, municipality.name)}>
      <h1>{t('observatory.adoption.recordTitle', { name: municipality.name })}<span class="subtitle">{region.name} · CUT {municipality.cut}</span></h1>
      {events.some((e) => e.illustrative) && <IllustrativeNotice ctx={ctx} />}
      <dl class="facts obs-record-now">
        {PLATFORMS.map((p) => {
          const now = eventOn(of(p), today);
          return <div><dt>{platformName(ctx, p)}</dt><dd>{statusName(ctx, now?.status ?? 'not_started')}
            {now && <span class="cell-note">{t('observatory.adoption.since', { date: formatDay(ctx, now.effectiveOn) })}</span>}</dd></div>;
        })}
      </dl>
      <p><a href={`/observatorio/municipios/${municipality.cut}`}>{t('observatory.adoption.indexLink', { name: municipality.name })}</a></p>

      <h2 id="historial">{t('observatory.adoption.history')}</h2>
      {PLATFORMS.map((p) => <>
        <h3>{platformName(ctx, p)}</h3>
        <Table ctx={ctx} caption={t('observatory.adoption.historyCaption', { platform: platformName(ctx, p) })} rows={sortEvents(of(p)).reverse()} columns={[
          { header: t('observatory.adoption.effectiveOn'), rowHeader: true, cell: (e) => formatDay(ctx, e.effectiveOn) },
          { header: t('observatory.adoption.status'), cell: (e) => statusName(ctx, e.status) },
          { header: t('observatory.adoption.evidence'), cell: (e) => <>{e.evidence}{e.evidenceUrl && <span class="cell-note"><a href={e.evidenceUrl} rel="nofollow noopener">{t('observatory.adoption.evidenceLink')}</a></span>}
            {e.illustrative && <span class="cell-note"><IllustrativeTag ctx={ctx} /></span>}</> },
        ]} />
      </>)}

      {canUpdate && <section aria-labelledby="status-form">
        <h2 id="status-form">{t('observatory.adoption.newStatus')}</h2>
        <p class="hint">{t('observatory.adoption.newStatusHint')}</p>
        <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
        <Form ctx={ctx} action={recordPath(region.code, municipality.cut)}>
          <Select name="platform" label={labels.platform} value={v.platform} error={err.platform} options={PLATFORMS.map((p) => ({ value: p, label: platformName(ctx, p) }))} />
          <Select name="status" label={labels.status} value={v.status} error={err.status} options={ADOPTION_STATUSES.map((s) => ({ value: s, label: statusName(ctx, s) }))} />
          <Field name="effectiveOn" label={labels.effectiveOn} hint={t('observatory.adoption.dateHint')} value={v.effectiveOn} error={err.effectiveOn} inputmode="numeric" required />
          <TextArea name="evidence" label={labels.evidence} hint={t('observatory.adoption.evidenceHint')} value={v.evidence} error={err.evidence} rows={3} required />
          <Field name="evidenceUrl" type="url" label={labels.evidenceUrl} hint={t('observatory.adoption.evidenceUrlHint')} value={v.evidenceUrl} error={err.evidenceUrl} />
          <Button>{t('observatory.adoption.saveStatus')}</Button>
        </Form>
      </section>}
    </Layout>
  );
}
