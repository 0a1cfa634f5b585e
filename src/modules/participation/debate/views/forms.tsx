// The debate's forms: a comment or reply (with its alignment), an edit, a report (reason from the fixed list) and a
// moderator's action (with its reason, which goes to the public audit log). Each keeps its values and shows its
// errors when re-rendered (422). Only one is on a page at a time, so field ids never repeat.
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { SUBMISSION_FIELD, newSubmissionKey } from '../../../../core/http/idempotency.js';
import { ALIGNMENTS, MODERATION_ACTIONS, REPORT_REASONS, type CommentStatus } from '../schema.js';
import { commentPath } from './comment.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

function alignmentSelect(ctx: ViewContext, state: FormState) {
  return <Select name="alignment" label={ctx.t('participation.debate.alignmentLabel')} value={state.values.alignment ?? 'neutral'} error={state.errors?.alignment}
    options={ALIGNMENTS.map((a) => ({ value: a, label: ctx.t(`participation.debate.alignment.${a}`) }))} />;
}

export function CommentForm({ ctx, action, parentId, state, heading }: { ctx: ViewContext; action: string; parentId?: number; state: FormState; heading: string }) {
  const { t } = ctx;
  return (
    <section id="form" aria-labelledby="form-h">
      <h2 id="form-h">{heading}</h2>
      <ErrorSummary ctx={ctx} errors={state.errors} labels={{ body: t('participation.debate.body'), alignment: t('participation.debate.alignmentLabel') }} />
      <Form ctx={ctx} action={action}>
        <input type="hidden" name={SUBMISSION_FIELD} value={state.values[SUBMISSION_FIELD] ?? newSubmissionKey()} />
        {parentId !== undefined && <input type="hidden" name="parentId" value={String(parentId)} />}
        <TextArea name="body" label={t('participation.debate.body')} hint={t('participation.debate.bodyHint')} value={state.values.body} error={state.errors?.body} required />
        {alignmentSelect(ctx, state)}
        <Button>{t(parentId === undefined ? 'participation.debate.publish' : 'participation.debate.publishReply')}</Button>
      </Form>
    </section>
  );
}

export function EditForm({ ctx, id, state }: { ctx: ViewContext; id: number; state: FormState }) {
  const { t } = ctx;
  return (
    <section id="form" aria-labelledby="form-h">
      <h2 id="form-h">{t('participation.debate.editHeading')}</h2>
      <ErrorSummary ctx={ctx} errors={state.errors} labels={{ body: t('participation.debate.body') }} />
      <Form ctx={ctx} action={commentPath(id, 'editar')}>
        <TextArea name="body" label={t('participation.debate.body')} hint={t('participation.debate.editHint')} value={state.values.body} error={state.errors?.body} required />
        {alignmentSelect(ctx, state)}
        <Button>{t('participation.debate.save')}</Button>
      </Form>
    </section>
  );
}

export function ReportForm({ ctx, id, state }: { ctx: ViewContext; id: number; state: FormState }) {
  const { t } = ctx;
  return (
    <section id="form" aria-labelledby="form-h">
      <h2 id="form-h">{t('participation.debate.reportHeading')}</h2>
      <p class="hint">{t('participation.debate.reportHint')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} labels={{ reason: t('participation.debate.reason'), text: t('participation.debate.reportText') }} />
      <Form ctx={ctx} action={commentPath(id, 'denuncia')}>
        <Select name="reason" label={t('participation.debate.reason')} value={state.values.reason} error={state.errors?.reason}
          options={REPORT_REASONS.map((r) => ({ value: r, label: t(`participation.debate.reason.${r}`) }))} />
        <TextArea name="text" label={t('participation.debate.reportText')} rows={3} value={state.values.text} error={state.errors?.text} />
        <Button>{t('participation.debate.sendReport')}</Button>
      </Form>
    </section>
  );
}

export function ModerationForm({ ctx, id, status, state }: { ctx: ViewContext; id: number; status: CommentStatus; state: FormState }) {
  const { t } = ctx;
  const actions = MODERATION_ACTIONS.filter((a) => (a === 'hide' ? status !== 'hidden' : a === 'restore' ? status !== 'visible' : status === 'hidden'));
  return (
    <section id="form" aria-labelledby="form-h">
      <h2 id="form-h">{t('participation.debate.moderateHeading')}</h2>
      <ErrorSummary ctx={ctx} errors={state.errors} labels={{ action: t('participation.debate.moderation.action'), reason: t('participation.debate.moderation.reason') }} />
      <Form ctx={ctx} action={commentPath(id, 'moderacion')}>
        <Select name="action" label={t('participation.debate.moderation.action')} value={state.values.action} error={state.errors?.action}
          options={actions.map((a) => ({ value: a, label: t(`participation.debate.moderation.${a}`) }))} />
        <TextArea name="reason" label={t('participation.debate.moderation.reason')} hint={t('participation.debate.moderation.reasonHint')} rows={3}
          value={state.values.reason} error={state.errors?.reason} required />
        <Button>{t('participation.debate.moderation.apply')}</Button>
      </Form>
    </section>
  );
}
