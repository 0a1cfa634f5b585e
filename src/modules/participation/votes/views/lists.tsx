// The votes of a process (/participacion/procesos/{id}/votaciones), the officials' form to create one, and the
// assisted (paper) ballot form an official fills in for a person who shows their ID card (a budget vote's paper
// ballot has the projects' costs, or their points fields, like its online ballot).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { canActInModule } from '../../../../core/policy.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { VoteListRow } from '../listing.js';
import type { VoteWithOptions } from '../queries.js';
import { voteState } from '../ballot-rules.js';
import { Choices } from './vote.js';
import { BudgetChoices, ruleText } from '../../budgets/views/ballot-choices.js';
import { type ProcessRef, voteCrumbs, votePath, when } from './common.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

const processCrumbs = (ctx: ViewContext, p: ProcessRef, here: string) => [{ href: '/', label: ctx.t('nav.home') },
  { href: '/participacion', label: ctx.t('participation.title') }, { href: `/participacion/procesos/${p.id}`, label: p.title }, { label: here }];

export function ProcessVotesPage({ ctx, process, institutionId, votes }: { ctx: ViewContext; process: ProcessRef; institutionId: number; votes: VoteListRow[] }) {
  const { t } = ctx;
  const now = new Date();
  const title = t('participation.votes.ofProcess', { title: process.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={processCrumbs(ctx, process, t('participation.votes.title'))}>
      <h1>{title}</h1>
      {votes.length === 0 ? <p class="empty-state">{t('participation.votes.none')}</p> : (
        <Table ctx={ctx} caption={t('participation.votes.caption')} rows={votes} columns={[
          { header: t('participation.vote.question'), cell: (v) => <a href={votePath(v.id)}>{v.title}</a>, rowHeader: true },
          { header: t('participation.votes.dates'), cell: (v) => <>{when(ctx, v.opensAt)} – {when(ctx, v.closesAt)}</> },
          { header: t('participation.votes.state'), cell: (v) => t(`participation.votes.state.${voteState(v, now)}` as MessageKey) },
        ]} />
      )}
      {canActInModule(ctx.actor, institutionId, 'participation') && (
        <p><a class="button button-secondary" href={`/participacion/votaciones/nueva?proceso=${process.id}`}>{t('participation.votes.new')}</a></p>
      )}
    </Layout>
  );
}

export const NEW_VOTE_FIELDS = ['title', 'description', 'options', 'choice', 'maxChoices', 'opensAt', 'closesAt', 'eligibilityListId', 'minTurnoutPercent', 'eligibleCount'] as const;

export function NewVotePage({ ctx, process, lists, form }: {
  ctx: ViewContext; process: ProcessRef; lists: Array<{ id: number; name: string }>; form: FormState;
}) {
  const { t } = ctx;
  const v = form.values;
  const e = form.errors ?? {};
  const labels: Record<string, string> = {
    title: t('participation.new.titleField'), description: t('participation.new.description'), options: t('participation.new.options'),
    choice: t('participation.new.choice'), maxChoices: t('participation.new.maxChoices'), opensAt: t('participation.new.opensAt'),
    closesAt: t('participation.new.closesAt'), eligibilityListId: t('participation.new.list'), minTurnoutPercent: t('participation.new.minTurnout'),
    eligibleCount: t('participation.new.eligibleCount'), allowReplace: t('participation.new.allowReplace'), form: t('participation.new.title'),
  };
  return (
    <Layout ctx={ctx} title={t('participation.new.title')} breadcrumbs={processCrumbs(ctx, process, t('participation.new.title'))}>
      <h1>{t('participation.new.title')}</h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action="/participacion/votaciones">
        <input type="hidden" name="process" value={String(process.id)} />
        <Field name="title" label={labels.title!} value={v.title} error={e.title} required />
        <TextArea name="description" label={labels.description!} hint={t('participation.new.descriptionHint')} value={v.description} error={e.description} />
        <TextArea name="options" label={labels.options!} hint={t('participation.new.optionsHint')} value={v.options} error={e.options} />
        <Select name="choice" label={labels.choice!} value={v.choice} error={e.choice} options={[
          { value: 'single', label: t('participation.new.choice.single') }, { value: 'multiple', label: t('participation.new.choice.multiple') }]} />
        <Field name="maxChoices" label={labels.maxChoices!} hint={t('participation.new.maxChoicesHint')} value={v.maxChoices} error={e.maxChoices} inputmode="numeric" />
        <Field name="opensAt" label={labels.opensAt!} hint={t('participation.new.dateHint')} value={v.opensAt} error={e.opensAt} required />
        <Field name="closesAt" label={labels.closesAt!} hint={t('participation.new.dateHint')} value={v.closesAt} error={e.closesAt} required />
        <div class="field"><label class="inline"><input type="checkbox" name="allowReplace" value="true" checked={!!v.allowReplace} /> {labels.allowReplace}</label></div>
        <Select name="eligibilityListId" label={labels.eligibilityListId!} value={v.eligibilityListId} error={e.eligibilityListId}
          options={[{ value: '', label: t('participation.new.noList') }, ...lists.map((l) => ({ value: String(l.id), label: l.name }))]} />
        <Field name="minTurnoutPercent" label={labels.minTurnoutPercent!} hint={t('participation.new.bindingHint')} value={v.minTurnoutPercent} error={e.minTurnoutPercent} inputmode="numeric" />
        <Field name="eligibleCount" label={labels.eligibleCount!} value={v.eligibleCount} error={e.eligibleCount} inputmode="numeric" />
        <Button>{t('participation.new.submit')}</Button>
      </Form>
    </Layout>
  );
}

export function AssistedPage({ ctx, vote, process, form }: { ctx: ViewContext; vote: VoteWithOptions; process: ProcessRef | null; form: FormState & { checked: string[] } }) {
  const { t } = ctx;
  const labels = { run: t('participation.assisted.run'), name: t('participation.assisted.name'),
    choice: t(vote.ballotRule ? 'participation.budget.ballot.legend' : 'participation.ballot.legend') };
  return (
    <Layout ctx={ctx} title={t('participation.assisted.title')} breadcrumbs={voteCrumbs(ctx, vote, process, t('participation.assisted.title'))}>
      <h1>{t('participation.assisted.title')}</h1>
      <p class="lead">{t('participation.assisted.lead')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`${votePath(vote.id)}/voto-asistido`}>
        <Field name="run" label={labels.run} hint={t('participation.assisted.runHint')} value={form.values.run} error={form.errors?.run} autocomplete="off" required />
        <Field name="name" label={labels.name} value={form.values.name} error={form.errors?.name} autocomplete="off" />
        {vote.ballotRule ? <BudgetChoices ctx={ctx} vote={vote} checked={form.checked.map(Number)} error={form.errors?.choice} hint={ruleText(ctx, vote)}
          points={Object.fromEntries(vote.options.map((o) => [o.id, form.values[`p${o.id}`] ?? '']))} />
          : <Choices ctx={ctx} vote={vote} checked={form.checked} error={form.errors?.choice} />}
        <Button>{t('participation.assisted.submit')}</Button>
      </Form>
    </Layout>
  );
}
