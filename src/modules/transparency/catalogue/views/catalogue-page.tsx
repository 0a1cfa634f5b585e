// /datos and /instituciones/{slug}/datos: the search form (words, theme, format; kept in the URL), the facets as
// links with their counts, the datasets found, cursor pagination and the CSV/JSON export of the same list.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import type { CatalogueEntry } from '../entries.js';
import type { Facets } from '../queries.js';
import { CATALOGUE_SOURCE } from '../sources.js';
import type { FilterQuery } from '../service.js';
import { formatOptions, moduleLabel, themeLabel, themeOptions } from './labels.js';

export interface CataloguePageProps {
  ctx: ViewContext; query: FilterQuery & { cursor?: string }; facets: Facets; entries: CatalogueEntry[]; next: string | null;
  /** Set on an institution's page: the search stays within it. */
  institution?: { slug: string; name: string };
  canPublish?: boolean;
}

/** The same list with one filter set (or cleared), from the first page. */
function withFilter(base: string, query: FilterQuery, key: keyof FilterQuery, value: string | undefined) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, [key]: value })) if (v && k !== 'cursor' && k !== 'lang') params.set(k, String(v));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

function FacetList({ title, base, query, param, items }: {
  title: string; base: string; query: FilterQuery; param: keyof FilterQuery; items: Array<{ value: string; label: string; count: number }>;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((i) => {
          const current = query[param] === i.value;
          return <li><a href={withFilter(base, query, param, current ? undefined : i.value)} aria-current={current ? 'true' : undefined}>
            {current ? <strong>{i.label}</strong> : i.label} ({i.count})</a></li>;
        })}
      </ul>
    </section>
  );
}

export function CataloguePage({ ctx, query, facets, entries, next, institution, canPublish }: CataloguePageProps) {
  const { t } = ctx;
  const base = institution ? `/instituciones/${institution.slug}/datos` : '/datos';
  const title = institution ? t('transparency.catalogue.institutionTitle', { name: institution.name }) : t('transparency.catalogue.title');
  const filtered = !!(query.q || query.tema || query.formato || (!institution && query.institucion));
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={[{ href: '/', label: t('nav.home') },
      ...(institution ? [{ href: '/datos', label: t('transparency.catalogue.title') }] : []), { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('transparency.catalogue.intro')}</p>
      {canPublish && institution && <p><a class="button button-primary" href={`${base}/nuevo`}>{t('transparency.catalogue.new')}</a></p>}
      <form method="get" action={base} class="filters" role="search">
        {!institution && query.institucion && <input type="hidden" name="institucion" value={query.institucion} />}
        <div class="field">
          <label for="f-q">{t('transparency.catalogue.search.q')}</label>
          <p class="hint" id="f-q-hint">{t('transparency.catalogue.search.hint')}</p>
          <input id="f-q" name="q" type="search" value={query.q ?? ''} aria-describedby="f-q-hint" />
        </div>
        <div class="field">
          <label for="f-tema">{t('transparency.catalogue.search.theme')}</label>
          <select id="f-tema" name="tema">
            <option value="">{t('transparency.catalogue.search.any')}</option>
            {themeOptions(t).map((o) => <option value={o.value} selected={query.tema === o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-formato">{t('transparency.catalogue.search.format')}</label>
          <select id="f-formato" name="formato">
            <option value="">{t('transparency.catalogue.search.any')}</option>
            {formatOptions().map((o) => <option value={o.value} selected={query.formato === o.value}>{o.label}</option>)}
          </select>
        </div>
        <button type="submit" class="button button-primary">{t('transparency.catalogue.search.button')}</button>
        {filtered && <a href={base}>{t('transparency.catalogue.facet.clear')}</a>}
      </form>
      <h2>{t('transparency.catalogue.search.count', { count: facets.total })}</h2>
      <details open={filtered}>
        <summary>{t('transparency.catalogue.facets')}</summary>
        <FacetList title={t('transparency.catalogue.facet.theme')} base={base} query={query} param="tema"
          items={facets.themes.map((f) => ({ ...f, label: themeLabel(t, f.value) }))} />
        {!institution && <FacetList title={t('transparency.catalogue.facet.institution')} base={base} query={query} param="institucion" items={facets.institutions} />}
        <FacetList title={t('transparency.catalogue.facet.format')} base={base} query={query} param="formato" items={facets.formats.map((f) => ({ ...f, label: f.value }))} />
      </details>
      {entries.length === 0
        ? <EmptyState>{t('transparency.catalogue.search.none')}</EmptyState>
        : (
          <ul class="card-grid" aria-label={t('transparency.catalogue.results')}>
            {entries.map((e) => (
              <li class="card">
                <h3><a href={`/datos/${e.name}`}>{e.title}</a></h3>
                <p>{e.institution.name}</p>
                <p><span class="tag">{themeLabel(t, e.theme)}</span>{' '}
                  {[...new Set(e.distributions.map((d) => d.format))].map((f) => <><span class="tag">{f}</span>{' '}</>)}</p>
                {e.source !== CATALOGUE_SOURCE && <p class="hint">{t('transparency.catalogue.fromModule', { module: moduleLabel(t, e.source) })}</p>}
              </li>
            ))}
          </ul>
        )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
      <p><a href="/catalogo.jsonld">{t('transparency.catalogue.exports.dcat')}</a> · <a href="/api/3/action/package_search">{t('transparency.catalogue.exports.ckan')}</a></p>
    </Layout>
  );
}
