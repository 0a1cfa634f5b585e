// The forms of proposals: a resident's new proposal and an official's answer. Both keep the values typed when they
// come back with errors (422), and carry a fresh submission key so a double click writes once.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { SUBMISSION_FIELD, newSubmissionKey } from '../../../../core/http/idempotency.js';
import { PROPOSAL_CATEGORIES } from '../schema.js';
import { ANSWERS } from '../lifecycle.js';
import { indexPath } from './index-page.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export function NewProposalPage({ ctx, process, form = { values: {} } }: { ctx: ViewContext; process: { id: number; title: string }; form?: FormState }) {
  const { t } = ctx;
  const labels = { title: t('participation.proposal.form.title'), body: t('participation.proposal.form.body'), category: t('participation.proposal.form.category') };
  return (
    <Layout ctx={ctx} title={t('participation.proposal.new')} breadcrumbs={[
      { href: '/participacion', label: t('participation.title') }, { href: `/participacion/procesos/${process.id}`, label: process.title },
      { href: indexPath(process.id), label: t('participation.proposal.heading') }, { label: t('participation.proposal.new') }]}>
      <h1>{t('participation.proposal.new')}<span class="subtitle">{process.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={indexPath(process.id)}>
        <input type="hidden" name={SUBMISSION_FIELD} value={form.values[SUBMISSION_FIELD] ?? newSubmissionKey()} />
        <Field name="title" label={labels.title} hint={t('participation.proposal.form.titleHint')} value={form.values.title} error={form.errors?.title} required />
        <TextArea name="body" label={labels.body} hint={t('participation.proposal.form.bodyHint')} value={form.values.body} error={form.errors?.body} rows={8} required />
        <Select name="category" label={labels.category} value={form.values.category ?? 'public_spaces'} error={form.errors?.category}
          options={PROPOSAL_CATEGORIES.map((c) => ({ value: c, label: t(`participation.proposal.category.${c}`) }))} />
        <Field name="association" label={t('participation.proposal.form.association')} hint={t('participation.proposal.form.associationHint')}
          value={form.values.association} error={form.errors?.association} />
        <p class="hint">{t('participation.proposal.form.rules')}</p>
        <Button>{t('participation.proposal.form.submit')}</Button>
      </Form>
    </Layout>
  );
}

export function AnswerForm({ ctx, proposalId, form = { values: {} } }: { ctx: ViewContext; proposalId: number; form?: FormState }) {
  const { t } = ctx;
  const labels = { answer: t('participation.proposal.answerKind'), text: t('participation.proposal.answerText'), estimatedCost: t('participation.proposal.cost') };
  return (
    <section aria-labelledby="answer-form">
      <h2 id="answer-form">{t('participation.proposal.answerForm')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`/participacion/propuestas/${proposalId}/respuesta`}>
        <Select name="answer" label={labels.answer} value={form.values.answer} error={form.errors?.answer}
          options={ANSWERS.map((a) => ({ value: a, label: t(`participation.proposal.answer.${a}`) }))} />
        <TextArea name="text" label={labels.text} hint={t('participation.proposal.answerTextHint')} value={form.values.text} error={form.errors?.text} required />
        <Field name="estimatedCost" label={labels.estimatedCost} hint={t('participation.proposal.costHint')} value={form.values.estimatedCost}
          error={form.errors?.estimatedCost} inputmode="numeric" />
        <Button>{t('participation.proposal.answerSubmit')}</Button>
      </Form>
    </section>
  );
}
