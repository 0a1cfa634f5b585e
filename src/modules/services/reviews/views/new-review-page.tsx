// /servicios/{slug}/revisiones/nueva — the incubator's committee records a review: the evidence as it stands today
// (the indicators' live snapshot and the schedule) above the form, so the decision is taken looking at it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import { type FormState, one } from '../../registry/views/parts.js';
import { servicesCrumbs } from '../../crumbs.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { nextPhases } from '../../phases.js';
import { DECISIONS, type EvidenceIndicator } from '../schema.js';
import type { ReviewSchedule } from '../schedule.js';
import { newReviewPath, reviewsPath } from '../present.js';
import { EvidenceTable, ScheduleNotice } from './parts.js';

export function NewReviewPage({ ctx, service: s, schedule, indicators, today, mayDeclareNational, form }: {
  ctx: ViewContext; service: ServiceRecord; schedule: ReviewSchedule; indicators: EvidenceIndicator[]; today: string;
  mayDeclareNational: boolean; form?: FormState;
}) {
  const { t } = ctx;
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  const decision = one(v.decision) ?? 'continue';
  const mayGoBack = !!s.current && nextPhases(s.current.phase).includes('investigacion');
  const labels = { heldOn: t('services.reviews.form.heldOn'), decision: t('services.reviews.form.decision'), evidence: t('services.reviews.form.evidence'),
    reasons: t('services.reviews.form.reasons'), nationalImpact: t('services.reviews.form.nationalImpact'), backToInvestigation: t('services.reviews.form.backToInvestigation') };
  return (
    <Layout ctx={ctx} title={t('services.reviews.form.title')}
      breadcrumbs={servicesCrumbs(ctx, { href: `/servicios/${s.slug}`, label: s.title }, { href: reviewsPath(s.slug), label: t('services.reviews.title') }, { label: t('services.reviews.form.title') })}>
      <h1>{t('services.reviews.form.title')}<span class="cell-note">{s.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={e} labels={labels} />
      <section aria-labelledby="evidencia">
        <h2 id="evidencia">{t('services.reviews.form.evidenceHeading')}</h2>
        <ScheduleNotice ctx={ctx} schedule={schedule} today={today} institution={s.incubator.institutionName} />
        <EvidenceTable ctx={ctx} indicators={indicators} month={today.slice(0, 7)} live />
      </section>
      <Form ctx={ctx} action={newReviewPath(s.slug)} class="svc-review-form">
        <Field name="heldOn" type="date" label={labels.heldOn} hint={t('services.reviews.form.heldOnHint')} error={e.heldOn} value={one(v.heldOn) ?? today} required />
        <fieldset id="f-decision" class={`field radios${e.decision ? ' field-error' : ''}`}>
          <legend>{labels.decision}</legend>
          {e.decision && <p class="error-message">{e.decision}</p>}
          {DECISIONS.map((d) => (
            <div class="svc-review-choice">
              <label class="inline" for={`f-decision-${d}`}>
                <input type="radio" id={`f-decision-${d}`} name="decision" value={d} checked={decision === d} aria-describedby={`f-decision-${d}-hint`} />
                <strong>{t(`services.decision.${d}`)}</strong>
              </label>
              <p class="hint" id={`f-decision-${d}-hint`}>{t(`services.reviews.form.${d}Hint`)}</p>
            </div>
          ))}
        </fieldset>
        <TextArea name="evidence" label={labels.evidence} hint={t('services.reviews.form.evidenceHint')} error={e.evidence} value={one(v.evidence)} rows={6} required />
        <TextArea name="reasons" label={labels.reasons} error={e.reasons} value={one(v.reasons)} rows={4} required />
        <fieldset class="field checkboxes">
          <legend>{t('services.reviews.form.options')}</legend>
          {mayDeclareNational
            ? <Check name="nationalImpact" label={labels.nationalImpact} checked={one(v.nationalImpact) === 'true'} error={e.nationalImpact} />
            : <p class="hint">{t('services.reviews.form.nationalImpactUnavailable')}</p>}
          {mayGoBack && <Check name="backToInvestigation" label={labels.backToInvestigation} checked={one(v.backToInvestigation) === 'true'} error={e.backToInvestigation} />}
        </fieldset>
        <Button>{t('services.reviews.form.submit')}</Button>
      </Form>
    </Layout>
  );
}

function Check({ name, label, checked, error }: { name: string; label: string; checked: boolean; error?: string }) {
  return (
    <div id={`f-${name}`} class={error ? 'field-error' : undefined}>
      {error && <p class="error-message">{error}</p>}
      <label class="inline" for={`f-${name}-box`}><input type="checkbox" id={`f-${name}-box`} name={name} value="true" checked={checked} /> {label}</label>
    </div>
  );
}
