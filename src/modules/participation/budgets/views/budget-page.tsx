// A participatory budget's page: amounts (by district), stages, ballot and tally rules in plain words, what the reader
// can do now (propose a project in the ideas stage, vote, read the results), and every public project with its
// technical review and the review's history. The process's list of budgets too.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, PostButton, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import type { Budget, Project } from '../queries.js';
import { stageAt, STAGES } from '../validation.js';
import { budgetCrumbs, budgetPath, day, pesos, type ProcessRef } from './common.js';

export interface ProjectForm { values: Record<string, string>; errors?: FieldErrors }
type Review = { projectId: number; verdict: string; cost: bigint; answer: string; reviewer: string; reviewedAt: Date };

export function BudgetPage({ ctx, budget, process, projects, reviews, canPropose, canManage, form = { values: {} }, votes, notice }: {
  ctx: ViewContext; budget: Budget; process: ProcessRef; projects: Project[]; reviews: Review[]; canPropose: boolean; canManage: boolean; form?: ProjectForm;
  votes: Array<{ district: string }>;
  /** Why a submitted project was refused when the form is no longer shown (the ideas stage closed meanwhile). */
  notice?: string;
}) {
  const { t } = ctx;
  const stage = stageAt(budget, new Date());
  return (
    <Layout ctx={ctx} title={budget.title} breadcrumbs={budgetCrumbs(ctx, budget, process)}>
      <h1>{budget.title}</h1>
      {notice && <p class="notice" role="alert">{notice}</p>}
      {budget.description.split(/\n{2,}/).filter(Boolean).map((p) => <p class="lead">{p}</p>)}
      <ul class="facts">
        <li>{t('participation.budget.page.total', { total: pesos(ctx, budget.total) })}</li>
        {budget.districts.map((d) => <li>{t('participation.budget.page.district', { code: d.code, amount: pesos(ctx, d.amount) })}</li>)}
        <li>{t('participation.budget.page.tally', { rule: t(`participation.budget.rule.${budget.rule}`) })}</li>
      </ul>
      <h2>{t('participation.budget.page.stagesTitle')}</h2>
      <ol>
        {(['ideas', 'review', 'voting', 'results'] as const).map((s) => (
          <li aria-current={s === stage ? 'step' : undefined}>{t(`participation.budget.stage.${s}`)}: {day(ctx, { ideas: budget.ideasAt, review: budget.reviewAt,
            voting: budget.votingAt, results: budget.resultsAt }[s])}{s === stage ? ` (${t('participation.budget.page.now')})` : ''}</li>))}
      </ol>
      <Now ctx={ctx} budget={budget} stage={stage} votes={votes} />
      {canManage && votes.length === 0 && stage !== 'results' && <p><PostButton ctx={ctx} action={`${budgetPath(budget.id)}/votacion`} label={t('participation.budget.openVoting.button')} /></p>}
      <h2>{t('participation.budget.page.projectsTitle', { n: projects.length })}</h2>
      {projects.length === 0 ? <EmptyState>{t('participation.budget.page.noProjects')}</EmptyState> : <div class="card-grid">{projects.map((p) => <ProjectCard ctx={ctx} project={p} reviews={reviews} canReview={canManage && stage !== 'voting' && stage !== 'results'} />)}</div>}
      {stage === 'ideas' && <Propose ctx={ctx} budget={budget} canPropose={canPropose} form={form} />}
    </Layout>
  );
}

function Now({ ctx, budget, stage, votes }: { ctx: ViewContext; budget: Budget; stage: (typeof STAGES)[number]; votes: Array<{ district: string }> }) {
  const { t } = ctx;
  if (stage === 'voting' && votes.length > 0) return <p class="notice">{votes.map((v) => <><a class="button button-primary" href={`${budgetPath(budget.id)}/votar${v.district ? `?distrito=${v.district}` : ''}`}>
    {v.district ? t('participation.budget.page.voteDistrict', { code: v.district }) : t('participation.budget.page.vote')}</a>{' '}</>)}</p>;
  if (stage === 'results') return <p class="notice"><a href={`${budgetPath(budget.id)}/resultados`}>{t('participation.budget.page.results')}</a></p>;
  return null;
}

function ProjectCard({ ctx, project: p, reviews, canReview }: { ctx: ViewContext; project: Project; reviews: Review[]; canReview: boolean }) {
  const { t } = ctx;
  const history = reviews.filter((r) => r.projectId === p.id);
  return (
    <article class="card" id={`proyecto-${p.id}`}>
      <h3>{p.title}</h3>
      <p>{p.description}</p>
      <p>{t('participation.budget.page.cost', { cost: pesos(ctx, p.reviewedCost ?? p.cost) })}
        {p.location && <> · {p.location}</>}{p.category && <> · <span class="tag">{p.category}</span></>}{p.district && <> · {t('participation.budget.page.inDistrict', { code: p.district })}</>}</p>
      <p><strong>{t(`participation.budget.review.${p.verdict ?? 'pending'}`)}</strong>{p.answer && <>: {p.answer}</>}</p>
      {history.length > 1 && (<details><summary>{t('participation.budget.page.history', { n: history.length })}</summary>
        <ul>{history.map((r) => <li>{day(ctx, r.reviewedAt)} — {t(`participation.budget.review.${r.verdict as 'feasible' | 'unfeasible'}`)}, {pesos(ctx, r.cost)} ({r.reviewer}): {r.answer}</li>)}</ul></details>)}
      {p.held && <p class="tag">{t('participation.budget.page.held')}</p>}
      {canReview && <p><a href={`/participacion/presupuestos/proyectos/${p.id}/revision`}>{t('participation.budget.page.review', { title: p.title })}</a></p>}
    </article>
  );
}

function Propose({ ctx, budget, canPropose, form }: { ctx: ViewContext; budget: Budget; canPropose: boolean; form: ProjectForm }) {
  const { t } = ctx;
  const here = encodeURIComponent(budgetPath(budget.id));
  if (!canPropose) return <p class="notice"><a href={`/ingresar?next=${here}`}>{t('participation.budget.propose.signIn')}</a></p>;
  const labels = { title: t('participation.budget.propose.name'), description: t('participation.budget.propose.description'), cost: t('participation.budget.propose.cost'),
    location: t('participation.budget.propose.location'), category: t('participation.budget.propose.category'), district: t('participation.budget.propose.district') };
  const v = form.values;
  return (
    <section>
      <h2 id="proponer">{t('participation.budget.propose.title')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`${budgetPath(budget.id)}/proyectos`}>
        <Field name="title" label={labels.title} value={v.title} error={form.errors?.title} required />
        <TextArea name="description" label={labels.description} value={v.description} error={form.errors?.description} required />
        <Field name="cost" label={labels.cost} hint={t('participation.budget.propose.costHint')} value={v.cost} error={form.errors?.cost} inputmode="numeric" required />
        <Field name="location" label={labels.location} value={v.location} error={form.errors?.location} />
        <Field name="category" label={labels.category} value={v.category} error={form.errors?.category} />
        {budget.districts.length > 0 && <Field name="district" label={labels.district} hint={t('participation.budget.propose.districtHint',
          { codes: budget.districts.map((d) => d.code).join(', ') })} value={v.district} error={form.errors?.district} inputmode="numeric" required />}
        <Button>{t('participation.budget.propose.submit')}</Button>
      </Form>
    </section>
  );
}

export function ProcessBudgetsPage({ ctx, process, budgets }: { ctx: ViewContext; process: ProcessRef; budgets: Budget[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.budget.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/participacion', label: t('participation.title') },
      { href: `/participacion/procesos/${process.id}`, label: process.title }, { label: t('participation.budget.title') }]}>
      <h1>{t('participation.budget.listTitle', { process: process.title })}</h1>
      {budgets.length === 0 ? <EmptyState>{t('participation.budget.none')}</EmptyState> : (
        <ul>{budgets.map((b) => <li><a href={budgetPath(b.id)}>{b.title}</a> — {pesos(ctx, b.total)} · {t(`participation.budget.stage.${stageAt(b, new Date())}`)}</li>)}</ul>)}
    </Layout>
  );
}
