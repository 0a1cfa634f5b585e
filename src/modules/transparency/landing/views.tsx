// The transparency pages people arrive at: /transparencia (what the law gives everyone, and a search for the
// institution to ask) and /instituciones/{slug}/transparencia (that institution's requests, statistics, active
// transparency and open data, and for its officials the inbox and the holidays).
import type { ViewContext } from '../../../core/views/context.js';
import { Layout } from '../../../core/views/layout.js';
import { Button, Form, Field } from '../../../core/views/components/form.js';
import { EmptyState } from '../../../core/views/components/table.js';
import { canAdministerInstitution } from '../../../core/policy.js';
import { canWorkRequest } from '../requests/policy.js';
import { inboxPath, requestsPath, transparencyPath } from '../requests/views/paths.js';
import type { InstitutionRef } from '../requests/views/parts.js';

export function OverviewPage({ ctx, q, found }: { ctx: ViewContext; q?: string; found: InstitutionRef[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('transparency.request.landing.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('transparency.request.landing.crumb') }]}>
      <h1>{t('transparency.request.landing.title')}</h1>
      <p class="lead">{t('transparency.request.landing.lead')}</p>
      <h2>{t('transparency.request.landing.howTitle')}</h2>
      <ol>
        <li>{t('transparency.request.landing.how1')}</li>
        <li>{t('transparency.request.landing.how2')}</li>
        <li>{t('transparency.request.landing.how3')}</li>
        <li>{t('transparency.request.landing.how4')}</li>
      </ol>
      <h2 id="buscar">{t('transparency.request.landing.findTitle')}</h2>
      <Form ctx={ctx} action="/transparencia" method="get" class="search-form">
        <Field name="q" type="search" label={t('transparency.request.landing.findLabel')} hint={t('transparency.request.landing.findHint')} value={q} />
        <Button variant="secondary">{t('transparency.request.landing.findSubmit')}</Button>
      </Form>
      {q !== undefined && (found.length === 0 ? <EmptyState>{t('transparency.request.landing.noneFound')}</EmptyState> : (
        <ul class="card-grid">
          {found.map((i) => (
            <li class="card">
              <h3><a href={transparencyPath(i.slug)}>{i.name}</a></h3>
              <p><a href={`${requestsPath(i.slug)}/nueva`}>{t('transparency.request.landing.fileAt')}</a> · <a href={requestsPath(i.slug)}>{t('transparency.request.landing.requests')}</a></p>
            </li>
          ))}
        </ul>
      ))}
      <h2>{t('transparency.request.landing.dataTitle')}</h2>
      <p>{t('transparency.request.landing.dataLead')} <a href="/datos">{t('transparency.request.landing.catalogue')}</a></p>
    </Layout>
  );
}

export function InstitutionLandingPage({ ctx, institution, counts }: {
  ctx: ViewContext; institution: InstitutionRef; counts: { open: number; overdue: number; total: number };
}) {
  const { t } = ctx;
  const base = transparencyPath(institution.slug);
  const links: Array<[string, string, string]> = [
    [`${requestsPath(institution.slug)}/nueva`, t('transparency.request.landing.file'), t('transparency.request.landing.fileLead')],
    [requestsPath(institution.slug), t('transparency.request.landing.requests'), t('transparency.request.landing.requestsLead', counts)],
    [`${base}/estadisticas`, t('transparency.request.landing.statistics'), t('transparency.request.landing.statisticsLead')],
    [`${base}/activa`, t('transparency.request.landing.active'), t('transparency.request.landing.activeLead')],
    [`/instituciones/${institution.slug}/datos`, t('transparency.request.landing.data'), t('transparency.request.landing.dataInstitutionLead')],
  ];
  return (
    <Layout ctx={ctx} title={`${t('transparency.request.landing.title')} · ${institution.name}`} institution={institution}
      breadcrumbs={[{ href: `/instituciones/${institution.slug}`, label: institution.name }, { label: t('transparency.request.landing.crumb') }]}>
      <h1>{t('transparency.request.landing.title')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.request.landing.institutionLead')}</p>
      <p><a class="button button-primary" href={links[0][0]}>{links[0][1]}</a></p>
      <ul class="card-grid">
        {links.slice(1).map(([href, label, lead]) => <li class="card"><h2><a href={href}>{label}</a></h2><p>{lead}</p></li>)}
      </ul>
      {canWorkRequest(ctx.actor, institution.id) && <>
        <h2>{t('transparency.request.landing.officials')}</h2>
        <ul>
          <li><a href={inboxPath(institution.slug)}>{t('transparency.request.inbox.title')}</a></li>
          {canAdministerInstitution(ctx.actor, institution.id) && <li><a href={`/instituciones/${institution.slug}/admin/feriados`}>{t('transparency.request.landing.holidays')}</a></li>}
        </ul>
      </>}
    </Layout>
  );
}
