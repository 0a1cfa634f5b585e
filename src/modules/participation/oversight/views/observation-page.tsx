// An observation's page: what it is about (linked), the member who opened it, the deadline with the days not
// counted and why, the overdue flag, the public thread, and the forms: officials answer, members reply or close.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { CalendarDate } from '../../../../core/calendar/index.js';
import type { Message, ObservationDetail, Report } from '../queries.js';
import { observationPath } from '../present.js';
import { StatusTag } from './body-page.js';
import { FollowButton } from '../../notifications/follow-button.js';
import { crumbs, day, type FormState, type InstitutionRef } from './common.js';

export interface ObservationPageProps {
  ctx: ViewContext; institution: InstitutionRef; observation: ObservationDetail; messages: Message[]; today: CalendarDate;
  canAnswer: boolean; canReply: boolean; answerForm?: FormState; replyForm?: FormState; following: boolean;
}

export function ObservationPage({ ctx, institution, observation: o, messages, today, canAnswer, canReply, answerForm, replyForm, following }: ObservationPageProps) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const target = <>{t(`participation.oversight.target.${o.targetType}`)}: {o.targetUrl ? <a href={o.targetUrl}>{o.targetLabel}</a> : o.targetLabel}</>;
  return (
    <Layout ctx={ctx} title={o.title} institution={institution} breadcrumbs={crumbs(ctx, institution, o.title)}>
      <h1>{o.title}<span class="subtitle">{target}</span></h1>
      <p><StatusTag ctx={ctx} o={o} today={today} /></p>
      <p class="hint">{t('participation.oversight.observation.openedBy', { name: o.memberName, date: dateTime.format(o.openedAt) })}</p>
      {o.body.split(/\n{2,}/).map((para) => <p>{para}</p>)}
      <FollowButton ctx={ctx} subject={{ type: 'observation', id: o.id }} following={following} back={observationPath(o.id)} />
      <p><strong>{t('participation.oversight.observation.due', { date: day(ctx, o.dueDate), days: o.answerDays })}</strong>
        {o.answeredAt && <> {t('participation.oversight.observation.answeredOn', { date: dateTime.format(o.answeredAt) })}</>}</p>
      {o.skippedDays.length > 0 && (
        <details>
          <summary>{t('participation.oversight.observation.skipped')} ({o.skippedDays.length})</summary>
          <ul>{o.skippedDays.map((s) => <li>{day(ctx, s.date)}: {s.reason === 'holiday' ? `${s.name}${s.law ? ` (${s.law})` : ''}` : t('participation.oversight.observation.weekend')}</li>)}</ul>
        </details>
      )}
      <section aria-labelledby="thread">
        <h2 id="thread">{t('participation.oversight.observation.thread')}</h2>
        {messages.length === 0 ? <p class="empty-state">{t('participation.oversight.observation.noThread')}</p> : (
          <ol class="thread">
            {messages.map((m) => (
              <li>
                <h3>{t(`participation.oversight.message.${m.kind}`)}</h3>
                <p class="hint">{t('participation.oversight.message.by', { name: m.authorName, date: dateTime.format(m.at) })}</p>
                {m.body.split(/\n{2,}/).map((para) => <p>{para}</p>)}
                {m.url && <p><a href={m.url} rel="noopener nofollow">{m.url}</a></p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {o.status !== 'closed' && canAnswer && <AnswerForm ctx={ctx} id={o.id} form={answerForm} />}
      {o.status !== 'closed' && canReply && <ReplyForm ctx={ctx} id={o.id} form={replyForm} />}
    </Layout>
  );
}

function AnswerForm({ ctx, id, form = { values: {} } }: { ctx: ViewContext; id: number; form?: FormState }) {
  const { t } = ctx;
  const labels = { body: t('participation.oversight.answer.body'), url: t('participation.oversight.answer.url') };
  return (
    <section aria-labelledby="answer-form">
      <h2 id="answer-form">{t('participation.oversight.answer.heading')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`${observationPath(id)}/respuesta`}>
        <TextArea name="body" label={labels.body} value={form.values.body} error={form.errors?.body} rows={6} required />
        <Field name="url" type="url" label={labels.url} hint={t('participation.oversight.answer.urlHint')} value={form.values.url} error={form.errors?.url} />
        <Button>{t('participation.oversight.answer.submit')}</Button>
      </Form>
    </section>
  );
}

function ReplyForm({ ctx, id, form = { values: {} } }: { ctx: ViewContext; id: number; form?: FormState }) {
  const { t } = ctx;
  const labels = { body: t('participation.oversight.reply.body') };
  return (
    <section aria-labelledby="reply-form">
      <h2 id="reply-form">{t('participation.oversight.reply.heading')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`${observationPath(id)}/replica`}>
        <TextArea name="body" label={labels.body} value={form.values.body} error={form.errors?.body} rows={4} required />
        <div class="field"><label class="inline" for="f-close"><input type="checkbox" id="f-close" name="close" value="1" checked={form.values.close === '1'} /> {t('participation.oversight.reply.close')}</label></div>
        <Button>{t('participation.oversight.reply.submit')}</Button>
      </Form>
    </section>
  );
}

export function ReportPage({ ctx, institution, report }: { ctx: ViewContext; institution: InstitutionRef; report: Report }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={report.title} institution={institution} breadcrumbs={crumbs(ctx, institution, report.title)}>
      <h1>{report.title}</h1>
      <p class="hint">{t('participation.oversight.report.meta', { from: day(ctx, report.periodFrom), to: day(ctx, report.periodTo), name: report.authorName,
        date: formatters(ctx.locale).date.format(report.publishedAt) })}</p>
      {report.body.split(/\n{2,}/).map((para) => <p>{para}</p>)}
    </Layout>
  );
}
