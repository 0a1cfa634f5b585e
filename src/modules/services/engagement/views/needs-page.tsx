// /servicios/{slug}/necesidades: the service's public needs backlog, most supported first, each with its state, its
// supports, the team's answer and a link to its participation page, where people support it (participation's page
// and button, not a copy); the "add a need" form for signed-in residents; the answer form for the service's managers.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { EmptyState, Pagination } from '../../../../core/views/components/table.js';
import { SUBMISSION_FIELD, newSubmissionKey } from '../../../../core/http/idempotency.js';
import { formatters } from '../../../../core/i18n/index.js';
import { proposalUrl } from '../../../participation/index.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { NeedRow } from '../queries.js';
import { needsPath, type FormState } from './common.js';
import { serviceCrumbs } from '../../crumbs.js';

export interface NeedsPageProps {
  ctx: ViewContext;
  service: ServiceRecord;
  needs: NeedRow[];
  total: number;
  next: string | null;
  firstPage: boolean;
  /** What the reader may do: add (the form), signIn (a link), confirmEmail (why not). */
  add: 'add' | 'signIn' | 'confirmEmail';
  canAnswer: boolean;
  needForm?: FormState;
  /** The answer form that came back with errors, by need. */
  answerForm?: FormState & { id: number };
}

export function NeedsPage(p: NeedsPageProps) {
  const { ctx, service } = p;
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  const title = t('services.engagement.needs.title');
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={serviceCrumbs(ctx, service, title)}>
      <h1>{title}<span class="subtitle">{service.title}</span></h1>
      <p>{t('services.engagement.needs.intro')}</p>
      <p><strong>{t('services.engagement.needs.count', { n: number.format(p.total) })}</strong></p>
      {p.needs.length === 0 ? <EmptyState>{t('services.engagement.needs.empty')}</EmptyState> : (
        <ol class="svc-needs">{p.needs.map((n) => <NeedItem ctx={ctx} service={service} need={n} canAnswer={p.canAnswer}
          form={p.answerForm?.id === n.id ? p.answerForm : undefined} />)}</ol>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={p.next} isFirstPage={p.firstPage} />
      <AddNeed ctx={ctx} service={service} add={p.add} form={p.needForm} />
    </Layout>
  );
}

function NeedItem({ ctx, service, need, canAnswer, form }: { ctx: ViewContext; service: ServiceRecord; need: NeedRow; canAnswer: boolean; form?: FormState }) {
  const { t } = ctx;
  const { number, date } = formatters(ctx.locale);
  const open = need.state === 'published' || need.state === 'evaluation';
  return (
    <li class="svc-need">
      <h2 class="svc-need-title"><a href={proposalUrl(need.id)}>{need.title}</a></h2>
      <p><span class={`tag svc-state-${need.state}`}>{t(`services.engagement.needs.state.${need.state as 'published'}`)}</span>{' '}
        <strong>{t('services.engagement.needs.supports', { n: number.format(need.supportsCount) })}</strong>
        {open && <> · <a href={proposalUrl(need.id)}>{t('services.engagement.needs.support', { title: need.title })}</a></>}</p>
      {need.answer !== null && (
        <div class="svc-need-answer">
          <p><strong>{t('services.engagement.needs.answer')}</strong>{need.answeredAt && <> ({date.format(need.answeredAt)})</>}</p>
          {need.answer.split(/\n\s*\n/).map((para) => <p>{para}</p>)}
        </div>
      )}
      {canAnswer && open && <AnswerNeed ctx={ctx} service={service} id={need.id} form={form} />}
    </li>
  );
}

function AnswerNeed({ ctx, service, id, form }: { ctx: ViewContext; service: ServiceRecord; id: number; form?: FormState }) {
  const { t } = ctx;
  const labels = { answer: t('services.engagement.needs.answerKind'), text: t('services.engagement.needs.answerText') };
  return (
    <details class="svc-answer" open={!!form}>
      <summary>{t('services.engagement.needs.answerThis')}</summary>
      <ErrorSummary ctx={ctx} errors={form?.errors} labels={labels} />
      <Form ctx={ctx} action={`${needsPath(service.slug)}/${id}/respuesta`}>
        <Select name="answer" label={labels.answer} value={form?.values.answer ?? 'accepted'} error={form?.errors?.answer}
          options={(['accepted', 'evaluation', 'rejected'] as const).map((a) => ({ value: a, label: t(`services.engagement.needs.answerOption.${a}`) }))} />
        <TextArea name="text" label={labels.text} hint={t('services.engagement.needs.answerHint')} value={form?.values.text} error={form?.errors?.text} rows={4} required />
        <Button variant="secondary">{t('services.engagement.needs.answerSubmit')}</Button>
      </Form>
    </details>
  );
}

function AddNeed({ ctx, service, add, form = { values: {} } }: { ctx: ViewContext; service: ServiceRecord; add: NeedsPageProps['add']; form?: FormState }) {
  const { t } = ctx;
  const labels = { title: t('services.engagement.needs.form.title'), body: t('services.engagement.needs.form.body'), form: '' };
  return (
    <section aria-labelledby="add-need" class="svc-add-need">
      <h2 id="add-need">{t('services.engagement.needs.add')}</h2>
      {add === 'signIn' && <p><a href={`/ingresar?next=${encodeURIComponent(needsPath(service.slug))}`}>{t('services.engagement.needs.signIn')}</a></p>}
      {add === 'confirmEmail' && <p>{t('services.engagement.needs.needsEmail')} <a href="/cuenta">{t('services.engagement.needs.account')}</a></p>}
      {add === 'add' && (
        <>
          <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
          <Form ctx={ctx} action={needsPath(service.slug)}>
            <input type="hidden" name={SUBMISSION_FIELD} value={form.values[SUBMISSION_FIELD] ?? newSubmissionKey()} />
            <Field name="title" label={labels.title} hint={t('services.engagement.needs.form.titleHint')} value={form.values.title} error={form.errors?.title} required />
            <TextArea name="body" label={labels.body} hint={t('services.engagement.needs.form.bodyHint')} value={form.values.body} error={form.errors?.body} rows={6} required />
            <p class="hint">{t('services.engagement.needs.form.rules')}</p>
            <Button>{t('services.engagement.needs.form.submit')}</Button>
          </Form>
        </>
      )}
    </section>
  );
}
