// …/transparencia/solicitudes/{folio}: the public page of a request. Officials of the institution see a link to the
// workspace; nobody sees the requester's email or address here, and their name only when they chose to show it.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { canWorkRequest } from '../policy.js';
import { requestCrumbs } from './parts.js';
import { workspacePath } from './paths.js';
import { RequestSummary, type RequestView } from './request-summary.js';

export function RequestPage({ ctx, r, today, documents }: { ctx: ViewContext; r: RequestView; today: string; documents?: ComponentChildren }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${r.subject} · ${r.folio}`} institution={r.institution} breadcrumbs={[...requestCrumbs(ctx, r.institution), { label: r.folio }]}>
      <h1>{r.subject}<span class="subtitle">{t('transparency.request.page.folio', { folio: r.folio, institution: r.institution.name })}</span></h1>
      {canWorkRequest(ctx.actor, r.institution.id) && <p><a class="button button-secondary" href={workspacePath(r.institution.slug, r.folio)}>{t('transparency.request.page.workspace')}</a></p>}
      <RequestSummary ctx={ctx} r={r} today={today} documents={documents} />
      <p class="export-links"><a href={`/api/v1/transparency/requests/${r.institution.slug}/${r.folio}`}>{t('transparency.request.page.json')}</a></p>
    </Layout>
  );
}
