// The officials' technical review of one project (its own page: one form, one set of field ids): feasible or not,
// the reviewed cost and the public, reasoned answer, with the project and its review history above.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import type { Budget, Project } from '../queries.js';
import { budgetCrumbs, pesos, type ProcessRef } from './common.js';

export interface ReviewFormState { values: Record<string, string>; errors?: FieldErrors }

export function ReviewPage({ ctx, budget, process, project, form }: { ctx: ViewContext; budget: Budget; process: ProcessRef; project: Project; form: ReviewFormState }) {
  const { t } = ctx;
  const title = t('participation.budget.reviewForm.title', { title: project.title });
  const labels = { verdict: t('participation.budget.reviewForm.verdict'), cost: t('participation.budget.reviewForm.cost'), answer: t('participation.budget.reviewForm.answer') };
  const verdict = form.values.verdict ?? project.verdict ?? '';
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={budgetCrumbs(ctx, budget, process, t('participation.budget.reviewForm.crumb'))}>
      <h1>{title}</h1>
      <p class="lead">{project.description}</p>
      <p>{t('participation.budget.page.cost', { cost: pesos(ctx, project.cost) })}{project.location && <> · {project.location}</>}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`/participacion/presupuestos/proyectos/${project.id}/revision`}>
        <fieldset id="f-verdict" class={`field${form.errors?.verdict ? ' field-error' : ''}`}>
          <legend>{labels.verdict}</legend>
          {form.errors?.verdict && <p class="error-message">{form.errors.verdict}</p>}
          {(['feasible', 'unfeasible'] as const).map((v) => (
            <div><label class="inline"><input type="radio" name="verdict" value={v} checked={verdict === v} /> {t(`participation.budget.review.${v}`)}</label></div>))}
        </fieldset>
        <Field name="cost" label={labels.cost} hint={t('participation.budget.propose.costHint')} value={form.values.cost ?? String(project.reviewedCost ?? project.cost)}
          error={form.errors?.cost} inputmode="numeric" required />
        <TextArea name="answer" label={labels.answer} hint={t('participation.budget.reviewForm.answerHint')} value={form.values.answer ?? project.answer ?? ''}
          error={form.errors?.answer} required />
        <Button>{t('participation.budget.reviewForm.submit')}</Button>
      </Form>
    </Layout>
  );
}
