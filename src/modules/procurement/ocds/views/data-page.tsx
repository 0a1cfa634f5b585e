// /compras/datos — the OCDS downloads: every release in one file, each institution's by year, and the API, with what
// the identifiers mean and what is never published.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { OCDS_API } from '../package.js';

export type PublishingInstitution = { slug: string; name: string; years: Array<{ year: number; releases: number }> };

const bulk = (params: Record<string, string | number> = {}) => {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `${OCDS_API}/bulk/releases.jsonl.gz${q ? `?${q}` : ''}`;
};

/** A long API path that may break after each '/' on a phone (360 px) instead of widening the page. */
const Path = ({ path }: { path: string }) => <code>{path.split('/').map((part, i) => <>{i > 0 && <>/<wbr /></>}{part}</>)}</code>;

export function OcdsDataPage({ ctx, institutions }: { ctx: ViewContext; institutions: PublishingInstitution[] }) {
  const { t } = ctx;
  const title = t('procurement.ocds.title');
  const n = (value: number) => new Intl.NumberFormat(ctx.locale).format(value);
  const total = institutions.reduce((sum, i) => sum + i.years.reduce((s, y) => s + y.releases, 0), 0);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/compras', label: t('module.procurement') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('procurement.ocds.lead')}</p>
      <p>{t('procurement.ocds.licence')}</p>
      <h2>{t('procurement.ocds.allHeading')}</h2>
      {total === 0 ? <p class="empty-state">{t('procurement.ocds.none')}</p> : <>
        <p>{t('procurement.ocds.allText', { count: n(total) })}</p>
        <p><a href={bulk()} download>{t('procurement.ocds.allLink')}</a></p>
        <Table ctx={ctx} caption={t('procurement.ocds.byInstitution')} rows={institutions} columns={[
          { header: t('procurement.ocds.institution'), cell: (i) => i.name, rowHeader: true },
          { header: t('procurement.ocds.releases'), cell: (i) => n(i.years.reduce((s, y) => s + y.releases, 0)), numeric: true },
          { header: t('procurement.ocds.years'), cell: (i) => i.years.map((y, k) => <>{k > 0 && ' · '}<a href={bulk({ institution: i.slug, year: y.year })} download>{y.year}</a></>) },
          { header: t('procurement.ocds.all'), cell: (i) => <a href={bulk({ institution: i.slug })} download>.jsonl.gz</a> },
          { header: t('procurement.ocds.package'), cell: (i) => <a href={`${OCDS_API}/releases?institution=${i.slug}`}>JSON</a> },
        ]} />
      </>}
      <h2>{t('procurement.ocds.apiHeading')}</h2>
      <dl>
        <dt>GET <Path path={`${OCDS_API}/releases`} /></dt><dd>{t('procurement.ocds.apiReleases')}</dd>
        <dt>GET <Path path={`${OCDS_API}/records/{ocid}`} /></dt><dd>{t('procurement.ocds.apiRecords')}</dd>
        <dt>GET <Path path={`${OCDS_API}/bulk/releases.jsonl.gz`} /></dt><dd>{t('procurement.ocds.apiBulk')}</dd>
      </dl>
      <p><a href="/api/docs">{t('procurement.ocds.apiDocs')}</a></p>
      <h2>{t('procurement.ocds.idsHeading')}</h2>
      <p>{t('procurement.ocds.idsRut')}</p>
      <p>{t('procurement.ocds.idsCategories')}</p>
      <p>{t('procurement.ocds.idsPrivacy')}</p>
    </Layout>
  );
}
