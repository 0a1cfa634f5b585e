// The answer of a request — its kind, the art. 21 cause in words for a denial, the link for information already
// public (art. 15), its text — and the appeal window (amparo, art. 24): after a denial, a partial delivery or an
// expired deadline, until when and how the requester may appeal to the Consejo para la Transparencia.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { ClockResult } from '../clock.js';
import { COUNCIL_URL } from './paths.js';
import { formatDay } from './parts.js';

export interface AnswerData { kind: string; text: string; cause?: string; url?: string }

export function AnswerSection({ ctx, answer, late }: { ctx: ViewContext; answer: AnswerData; late: boolean }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="respuesta">
      <h2 id="respuesta">{t('transparency.request.answer.title')}</h2>
      <p><span class="tag">{t(`transparency.request.answer.kind.${answer.kind}` as MessageKey)}</span>
        {late && <> <strong class="tag">{t('transparency.request.answer.late')}</strong></>}</p>
      {answer.cause && <p>{t('transparency.request.answer.causeIs')} <strong>{t(`transparency.request.cause.${answer.cause}` as MessageKey)}</strong></p>}
      {answer.url && <p>{t('transparency.request.answer.publicAt')} <a href={answer.url} rel="noopener nofollow">{answer.url}</a></p>}
      {answer.text.split(/\n\s*\n/).filter(Boolean).map((para) => <p>{para}</p>)}
    </section>
  );
}

/**
 * Shown once the window is open — from a denial or partial delivery, or from the day after an expired deadline —
 * and kept after it closes, saying it closed; a request answered on time with the information has no window.
 */
export function AppealWindow({ ctx, appeal, today }: { ctx: ViewContext; appeal: ClockResult['appeal']; today: string }) {
  const { t } = ctx;
  if (!appeal || today < appeal.from) return null;
  const open = today <= appeal.until;
  return (
    <section class="notice" aria-labelledby="amparo">
      <h2 id="amparo">{t('transparency.request.appeal.title')}</h2>
      <p>{t(`transparency.request.appeal.basis.${appeal.basis}` as MessageKey)}</p>
      <p><strong>{t(open ? 'transparency.request.appeal.until' : 'transparency.request.appeal.closed', { until: formatDay(ctx, appeal.until) })}</strong></p>
      {open && <>
        <p>{t('transparency.request.appeal.how')}</p>
        <ul>
          <li>{t('transparency.request.appeal.req1')}</li>
          <li>{t('transparency.request.appeal.req2')}</li>
          <li>{t('transparency.request.appeal.req3')}</li>
        </ul>
        <p><a href={COUNCIL_URL} rel="noopener">{t('transparency.request.appeal.link')}</a></p>
      </>}
    </section>
  );
}
