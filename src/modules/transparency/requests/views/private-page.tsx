// /transparencia/seguimiento/{token}: the requester's private page — everything public, plus their actions: comment,
// correct the request while a correction is awaited (art. 12), withdraw, and rate the answer. The URL is the
// credential, so the page asks browsers not to keep it nor send it on as a Referer (routes.private.tsx headers).
// /transparencia/seguimiento/{token}/recibida is the confirmation shown right after filing.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Form, TextArea } from '../../../../core/views/components/form.js';
import type { RequesterAction } from '../form.js';
import { ClockDetails } from './clock-details.js';
import { formatDay, Radios, RefusedNotice, requestCrumbs, type FormState } from './parts.js';
import { followUpPath, requestPath } from './paths.js';
import { RequestSummary, type RequestView } from './request-summary.js';

function LinkBox({ ctx, link }: { ctx: ViewContext; link: string }) {
  return (
    <div class="notice">
      <div class="field">
        <label for="private-link">{ctx.t('transparency.request.private.linkTitle')}</label>
        <p class="hint" id="private-link-hint">{ctx.t('transparency.request.private.linkHint')}</p>
        <input id="private-link" type="text" readOnly value={link} aria-describedby="private-link-hint" />
      </div>
    </div>
  );
}

export function ConfirmationPage({ ctx, r, link }: { ctx: ViewContext; r: RequestView; link: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('transparency.request.confirm.title')} institution={r.institution} breadcrumbs={[...requestCrumbs(ctx, r.institution), { label: r.folio }]}>
      <h1>{t('transparency.request.confirm.title')}<span class="subtitle">{t('transparency.request.page.folio', { folio: r.folio, institution: r.institution.name })}</span></h1>
      <p class="lead">{r.clock.dueOn ? t('transparency.request.confirm.due', { due: formatDay(ctx, r.clock.dueOn) }) : t('transparency.request.clock.notRunning')}</p>
      <ClockDetails ctx={ctx} clock={r.clock} />
      <LinkBox ctx={ctx} link={link} />
      <p>{t('transparency.request.confirm.emailSent')}</p>
      <p><a class="button button-primary" href={link}>{t('transparency.request.confirm.follow')}</a></p>
      <p><a href={requestPath(r.institution.slug, r.folio)}>{t('transparency.request.confirm.public')}</a></p>
    </Layout>
  );
}

export function PrivatePage({ ctx, r, token, link, today, allowed, forms = {}, documents }: {
  ctx: ViewContext; r: RequestView; token: string; link: string; today: string; allowed: ReadonlySet<RequesterAction>;
  forms?: Partial<Record<RequesterAction, FormState>>; documents?: ComponentChildren;
}) {
  const { t } = ctx;
  const base = followUpPath(token);
  const state = (a: RequesterAction) => forms[a] ?? { values: {} };
  const textForm = (a: RequesterAction, field: string, label: string, hint: string, submit: string) => allowed.has(a) && (
    <section aria-labelledby={`form-${a}`}>
      <h2 id={`form-${a}`}>{label}</h2>
      <ErrorSummary ctx={ctx} errors={state(a).errors} labels={{ [field]: label }} />
      <Form ctx={ctx} action={`${base}/${a}`}>
        <TextArea name={field} label={label} hint={hint} value={state(a).values[field]} error={state(a).errors?.[field]} rows={4} />
        <Button variant="secondary">{submit}</Button>
      </Form>
    </section>
  );
  return (
    <Layout ctx={ctx} title={`${r.subject} · ${r.folio}`} institution={r.institution} breadcrumbs={[...requestCrumbs(ctx, r.institution), { label: r.folio }]}>
      <h1>{r.subject}<span class="subtitle">{t('transparency.request.private.subtitle', { folio: r.folio, institution: r.institution.name })}</span></h1>
      <RefusedNotice ctx={ctx} forms={forms} anchor={(a) => `#form-${a}`} />
      <p>{t(r.showName ? 'transparency.request.private.nameShown' : 'transparency.request.private.nameHidden')}{' '}
        <a href={requestPath(r.institution.slug, r.folio)}>{t('transparency.request.private.publicPage')}</a></p>
      <RequestSummary ctx={ctx} r={r} today={today} documents={documents}>
        {textForm('subsanar', 'correctionText', t('transparency.request.private.correct'), t('transparency.request.private.correctHint'), t('transparency.request.private.correctSubmit'))}
        {allowed.has('evaluar') && (
          <section aria-labelledby="form-evaluar">
            <h2 id="form-evaluar">{t('transparency.request.private.rate')}</h2>
            {r.satisfied !== null && <p>{t(r.satisfied ? 'transparency.request.timeline.satisfied' : 'transparency.request.timeline.unsatisfied')}</p>}
            <ErrorSummary ctx={ctx} errors={state('evaluar').errors} />
            <Form ctx={ctx} action={`${base}/evaluar`}>
              <Radios name="satisfied" legend={t('transparency.request.private.rateQuestion')} value={state('evaluar').values.satisfied} error={state('evaluar').errors?.satisfied}
                options={[{ value: 'true', label: t('transparency.request.private.rateYes') }, { value: 'false', label: t('transparency.request.private.rateNo') }]} />
              <TextArea name="ratingText" label={t('transparency.request.private.rateComment')} value={state('evaluar').values.ratingText} error={state('evaluar').errors?.ratingText} rows={3} />
              <Button variant="secondary">{t('transparency.request.private.rateSubmit')}</Button>
            </Form>
          </section>
        )}
        {textForm('comentar', 'commentText', t('transparency.request.private.comment'), t('transparency.request.private.commentHint'), t('transparency.request.private.commentSubmit'))}
        {allowed.has('desistir') && (
          <details id="form-desistir" open={!!forms.desistir}>
            <summary>{t('transparency.request.private.withdraw')}</summary>
            <ErrorSummary ctx={ctx} errors={state('desistir').errors} />
            <Form ctx={ctx} action={`${base}/desistir`}>
              <TextArea name="withdrawReasons" label={t('transparency.request.private.withdrawReasons')} value={state('desistir').values.withdrawReasons} error={state('desistir').errors?.withdrawReasons} rows={3} />
              <Button variant="secondary">{t('transparency.request.private.withdrawSubmit')}</Button>
            </Form>
          </details>
        )}
      </RequestSummary>
      <LinkBox ctx={ctx} link={link} />
    </Layout>
  );
}
