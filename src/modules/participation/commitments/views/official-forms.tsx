// The official's forms on a commitment's page: add a milestone, mark a pending milestone done, add evidence (a link,
// or a document already published elsewhere, by its URL), upload a document to a milestone (document-form.tsx). Each posts, and comes back with errors and values kept.
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Form, Select } from '../../../../core/views/components/form.js';
import { commitmentUrl } from '../present.js';
import type { CommitmentDetail } from '../queries.js';
import { EVIDENCE_KINDS } from '../schema.js';
import { formatDay } from './parts.js';
import { DocumentForm } from './document-form.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export function OfficialForms({ ctx, c, forms }: { ctx: ViewContext; c: CommitmentDetail; forms: Record<string, FormState> }) {
  const { t } = ctx;
  const url = commitmentUrl(c.id);
  const m = forms.milestone ?? { values: {} };
  const e = forms.evidence ?? { values: {} };
  const d = forms.done ?? { values: {} };
  const dateHint = t('participation.commitment.dateHint');
  const pending = c.milestones.filter((x) => !x.doneDate);
  return (
    <section aria-labelledby="official-forms">
      <h2 id="official-forms">{t('participation.commitment.officialUpdates')}</h2>
      <h3 id="milestone-form">{t('participation.commitment.addMilestone')}</h3>
      <ErrorSummary ctx={ctx} errors={m.errors} labels={{ milestoneTitle: t('participation.commitment.milestone'), milestoneDue: t('participation.commitment.dueDate') }} />
      <Form ctx={ctx} action={`${url}/hitos`}>
        <Field name="milestoneTitle" label={t('participation.commitment.milestone')} value={m.values.milestoneTitle} error={m.errors?.milestoneTitle} required />
        <Field name="milestoneDue" label={t('participation.commitment.dueDate')} hint={dateHint} value={m.values.milestoneDue} error={m.errors?.milestoneDue} inputmode="numeric" required />
        <Button variant="secondary">{t('participation.commitment.addMilestone')}</Button>
      </Form>
      {pending.length > 0 && <>
        <h3 id="done-form">{t('participation.commitment.markDone')}</h3>
        <ErrorSummary ctx={ctx} errors={d.errors} labels={{ doneDate: t('participation.commitment.doneDate') }} />
        <Form ctx={ctx} action={`${url}/hitos/cumplido`}>
          <Select name="doneMilestone" label={t('participation.commitment.milestone')} value={d.values.doneMilestone}
            options={pending.map((x) => ({ value: String(x.id), label: `${x.title} (${formatDay(ctx, x.dueDate)})` }))} />
          <Field name="doneDate" label={t('participation.commitment.doneDate')} hint={dateHint} value={d.values.doneDate} error={d.errors?.doneDate} inputmode="numeric" required />
          <Button variant="secondary">{t('participation.commitment.markDone')}</Button>
        </Form>
      </>}
      <h3 id="evidence-form">{t('participation.commitment.addEvidence')}</h3>
      <p class="hint">{t('participation.commitment.evidenceHint')}</p>
      <ErrorSummary ctx={ctx} errors={e.errors} labels={{ evidenceTitle: t('participation.commitment.evidenceTitle'), url: t('participation.commitment.url') }} />
      <Form ctx={ctx} action={`${url}/evidencias`}>
        <Select name="kind" label={t('participation.commitment.evidenceKind')} value={e.values.kind}
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`participation.commitment.evidence.${k}`) }))} />
        <Field name="evidenceTitle" label={t('participation.commitment.evidenceTitle')} value={e.values.evidenceTitle} error={e.errors?.evidenceTitle} required />
        <Field name="url" type="url" label={t('participation.commitment.url')} value={e.values.url} error={e.errors?.url} required />
        {c.milestones.length > 0 && <Select name="evidenceMilestone" label={t('participation.commitment.evidenceOf')} value={e.values.evidenceMilestone}
          options={[{ value: '', label: t('participation.commitment.wholeCommitment') }, ...c.milestones.map((x) => ({ value: String(x.id), label: x.title }))]} />}
        <Button variant="secondary">{t('participation.commitment.addEvidence')}</Button>
      </Form>
      <DocumentForm ctx={ctx} c={c} form={forms.document} />
    </section>
  );
}
