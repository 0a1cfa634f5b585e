// …/solicitudes/{folio}/gestion: the officials' workspace. Everything public, the internal notes, how to reach the
// requester (their email and address are shown here and nowhere else), the documents panel, and one form per step
// the lifecycle accepts now (action-forms.tsx).
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { Layout } from '../../../../core/views/layout.js';
import type { OfficialAction } from '../form.js';
import { ActionForms, type ActionInfo, type AnswerPreview } from './action-forms.js';
import { RefusedNotice, requestCrumbs, type FormState } from './parts.js';
import { inboxPath, requestPath, workspacePath } from './paths.js';
import { RequestSummary, type RequestView } from './request-summary.js';

export interface RequesterContact { name: string; email: string; address: string | null; showName: boolean; format: string; delivery: string }

export function WorkspacePage({ ctx, r, contact, today, allowed, forms = {}, institutions, preview, documents }: {
  ctx: ViewContext; r: RequestView; contact: RequesterContact; today: string; allowed: ReadonlyMap<OfficialAction, ActionInfo>;
  forms?: Partial<Record<OfficialAction, FormState>>; institutions: Array<{ slug: string; name: string }>; preview?: AnswerPreview; documents?: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('transparency.request.work.title', { folio: r.folio })} institution={r.institution}
      breadcrumbs={[...requestCrumbs(ctx, r.institution, false), { href: inboxPath(r.institution.slug), label: t('transparency.request.inbox.title') }, { label: r.folio }]}>
      <h1>{r.subject}<span class="subtitle">{t('transparency.request.work.title', { folio: r.folio })}</span></h1>
      <RefusedNotice ctx={ctx} forms={forms} anchor={(a) => (allowed.has(a as OfficialAction) ? `#accion-${a}` : '#acciones')} />
      <p><a href={requestPath(r.institution.slug, r.folio)}>{t('transparency.request.work.publicPage')}</a></p>
      <section aria-labelledby="solicitante">
        <h2 id="solicitante">{t('transparency.request.work.requester')}</h2>
        <dl class="facts">
          <div><dt>{t('transparency.request.form.name')}</dt><dd>{contact.name}</dd></div>
          <div><dt>{t('transparency.request.form.email')}</dt><dd><a href={`mailto:${contact.email}`}>{contact.email}</a></dd></div>
          {contact.address && <div><dt>{t('transparency.request.form.address')}</dt><dd>{contact.address}</dd></div>}
          <div><dt>{t('transparency.request.form.format')}</dt><dd>{t(`transparency.request.format.${contact.format}` as MessageKey)}</dd></div>
          <div><dt>{t('transparency.request.form.delivery')}</dt><dd>{t(`transparency.request.delivery.${contact.delivery}` as MessageKey)}</dd></div>
        </dl>
        <p class="hint">{t(contact.showName ? 'transparency.request.work.nameShown' : 'transparency.request.work.nameHidden')}</p>
      </section>
      <RequestSummary ctx={ctx} r={r} today={today}>
        <ActionForms ctx={ctx} base={workspacePath(r.institution.slug, r.folio)} allowed={allowed} forms={forms} institutions={institutions} preview={preview} />
        {documents}
      </RequestSummary>
    </Layout>
  );
}
