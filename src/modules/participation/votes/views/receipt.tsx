// The receipt, shown once right after the ballot (the POST answers this page itself, marked no-store, so it is neither
// cached nor re-shown from history), and the page where, after the close, anyone checks a receipt.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import type { VoteWithOptions } from '../queries.js';
import { type ProcessRef, voteCrumbs, votePath, whenText } from './common.js';

export function ReceiptPage({ ctx, vote, process, receipt, assisted = false }: {
  ctx: ViewContext; vote: VoteWithOptions; process: ProcessRef | null; receipt: string; assisted?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.receipt.title')} breadcrumbs={voteCrumbs(ctx, vote, process, t('participation.receipt.label'))}>
      <h1>{t('participation.receipt.title')}</h1>
      <p class="lead">{t(assisted ? 'participation.assisted.recorded' : 'participation.receipt.lead')}</p>
      {/* Groups of four characters are easier to copy by hand; the check accepts the code with or without the spaces. */}
      <p class="notice">{t('participation.receipt.label')}: <strong><code id="receipt">{receipt.match(/.{1,4}/g)!.join(' ')}</code></strong></p>
      <p>{t('participation.receipt.why', { closes: whenText(ctx, vote.closesAt) })}</p>
      <p><a href={votePath(vote.id)}>{t('participation.receipt.back')}</a></p>
    </Layout>
  );
}

export type CheckAnswer = 'counted' | 'notCounted' | 'unknown';

export function CheckPage({ ctx, vote, process, answer, code, error }: {
  ctx: ViewContext; vote: VoteWithOptions; process: ProcessRef | null; answer?: CheckAnswer; code?: string; error?: string;
}) {
  const { t } = ctx;
  const closed = vote.closesAt.getTime() <= Date.now();
  return (
    <Layout ctx={ctx} title={t('participation.check.title')} breadcrumbs={voteCrumbs(ctx, vote, process, t('participation.check.title'))}>
      <h1>{t('participation.check.title')}</h1>
      {answer && <p class="notice" role="status">{t(`participation.check.${answer}`)}</p>}
      {!closed ? <p class="notice">{t('participation.check.notYet', { closes: whenText(ctx, vote.closesAt) })}</p> : (
        <>
          <p class="lead">{t('participation.check.lead', { title: vote.title })}</p>
          <ErrorSummary ctx={ctx} errors={error ? { code: error } : undefined} labels={{ code: t('participation.check.code') }} />
          <Form ctx={ctx} action={`${votePath(vote.id)}/comprobante`}>
            <Field name="code" label={t('participation.check.code')} value={code} error={error} autocomplete="off" required />
            <Button>{t('participation.check.submit')}</Button>
          </Form>
          <p><a href={`${votePath(vote.id)}/resultados`}>{t('participation.results.bulletinTitle')}</a></p>
        </>
      )}
    </Layout>
  );
}
