// /datos/{name}: the dataset's record (publisher, theme, licence, frequency, period, territory, contact: the
// institution), its downloads with each uploaded CSV's columns and types (its Table Schema), the links to its
// metadata (DCAT-AP, Data Package, CKAN) and, for its officials, the forms that manage it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { CatalogueEntry, EntryDistribution } from '../entries.js';
import { CATALOGUE_SOURCE } from '../sources.js';
import { LICENCES, type LicenceId } from '../vocabularies.js';
import { frequencyLabel, licenceTitle, moduleLabel, sizeLabel, themeLabel } from './labels.js';
import { ManageForms, type ManageState } from './manage-forms.js';

function Schema({ ctx, d }: { ctx: ViewContext; d: EntryDistribution }) {
  const { t } = ctx;
  if (!d.table) return null;
  return (
    <>
      <Table ctx={ctx} caption={t('transparency.catalogue.schema.caption', { file: d.fileName ?? d.title })} rows={d.table.schema.fields} columns={[
        { header: t('transparency.catalogue.schema.col.name'), rowHeader: true, cell: (f) => f.name },
        // Chilean formats are named by an example of how they read: 1.234 (thousands dots), 1.234,5 (and a decimal comma).
        { header: t('transparency.catalogue.schema.col.type'), cell: (f) => `${t(`transparency.catalogue.schema.type.${f.type}` as MessageKey)}${
          f.decimalChar === ',' ? ' (1.234,5)' : f.groupChar === '.' ? ' (1.234)' : ''}` },
      ]} />
      <p class="hint">{t('transparency.catalogue.schema.dialect', { delimiter: d.table.dialect.delimiter, encoding: d.table.dialect.encoding.toUpperCase() })}</p>
    </>
  );
}

export function DatasetPage({ ctx, e, canManage, manage }: { ctx: ViewContext; e: CatalogueEntry; canManage: boolean; manage?: ManageState }) {
  const { t, locale } = ctx;
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'America/Santiago' }).format(d);
  const day = (d: string | null) => (d ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : '…');
  const period = e.temporalStart || e.temporalEnd ? `${day(e.temporalStart)} – ${day(e.temporalEnd)}` : t('transparency.catalogue.meta.unknown');
  const licenceUrl = LICENCES[e.licence as LicenceId]?.url;
  const institutionUrl = `/instituciones/${e.institution.slug}`;
  return (
    <Layout ctx={ctx} title={e.title} institution={e.institution} breadcrumbs={[{ href: '/', label: t('nav.home') },
      { href: '/datos', label: t('transparency.catalogue.title') }, { href: `${institutionUrl}/datos`, label: e.institution.name }, { label: e.title }]}>
      <h1>{e.title}</h1>
      <p>{e.description}</p>
      {e.source !== CATALOGUE_SOURCE && <p class="notice">{t('transparency.catalogue.fromModule', { module: moduleLabel(t, e.source) })}.{' '}
        <a href={e.landingPage}>{t('transparency.catalogue.meta.landing')}</a></p>}
      <h2>{t('transparency.catalogue.meta.caption')}</h2>
      <dl class="facts">
        <div><dt>{t('transparency.catalogue.meta.publisher')}</dt><dd><a href={`${institutionUrl}/datos`}>{e.institution.name}</a></dd></div>
        <div><dt>{t('transparency.catalogue.meta.theme')}</dt><dd><a href={`/datos?tema=${e.theme}`}>{themeLabel(t, e.theme)}</a></dd></div>
        <div><dt>{t('transparency.catalogue.meta.licence')}</dt><dd>{licenceUrl ? <a href={licenceUrl} rel="license">{licenceTitle(e.licence)}</a> : e.licence}</dd></div>
        <div><dt>{t('transparency.catalogue.meta.frequency')}</dt><dd>{frequencyLabel(t, e.frequency)}</dd></div>
        <div><dt>{t('transparency.catalogue.meta.temporal')}</dt><dd>{period}</dd></div>
        <div><dt>{t('transparency.catalogue.meta.spatial')}</dt><dd>{e.spatial ? `${e.spatial.name} (${e.spatial.code})` : t('transparency.catalogue.meta.unknown')}</dd></div>
        <div><dt>{t('transparency.catalogue.meta.contact')}</dt><dd><a href={institutionUrl}>{e.institution.name}</a></dd></div>
        <div><dt>{t('transparency.catalogue.meta.modified')}</dt><dd>{date(e.modified)}</dd></div>
        <div><dt>{t('transparency.catalogue.meta.identifier')}</dt><dd><code>{e.name}</code></dd></div>
        {e.keywords.length > 0 && <div><dt>{t('transparency.catalogue.meta.keywords')}</dt><dd>{e.keywords.map((k) => <><span class="tag">{k}</span>{' '}</>)}</dd></div>}
      </dl>
      <h2>{t('transparency.catalogue.distributions')}</h2>
      {e.distributions.length === 0 ? <p class="empty-state">{t('transparency.catalogue.distributions.none')}</p> : (
        // A list, not a table: on a phone a table's columns scroll the format and size out of sight.
        <ul aria-label={t('transparency.catalogue.distributions.caption', { title: e.title })}>
          {e.distributions.map((d) => <li><a href={d.url}>{d.title}</a> <span class="tag">{d.format}</span>{d.byteSize !== null && ` ${sizeLabel(locale, d.byteSize)}`}</li>)}
        </ul>
      )}
      {e.distributions.map((d) => <Schema ctx={ctx} d={d} />)}
      <h2>{t('transparency.catalogue.exports')}</h2>
      <ul>
        <li><a href={`/datos/${e.name}.jsonld`}>{t('transparency.catalogue.exports.dcat')}</a></li>
        <li><a href={`/datos/${e.name}/datapackage.json`}>{t('transparency.catalogue.exports.datapackage')}</a></li>
        <li><a href={`/api/3/action/package_show?id=${e.name}`}>{t('transparency.catalogue.exports.ckan')}</a></li>
      </ul>
      {canManage && e.source === CATALOGUE_SOURCE && <ManageForms ctx={ctx} e={e} state={manage} />}
    </Layout>
  );
}
