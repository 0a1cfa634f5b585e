// /participacion/buscar: the search form (words, type, institution kept in the URL) and the hits, best first, each
// with its snippet where the words found are in <mark>; everything people wrote is rendered as text.
import type { ViewContext } from '../../../core/views/context.js';
import { Layout } from '../../../core/views/layout.js';
import { EmptyState, Pagination } from '../../../core/views/components/table.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { OVERVIEW_PATH, SEARCH_PATH } from '../processes/paths.js';
import { SEARCH_TYPES } from './queries.js';
import type { SearchHitJson } from './present.js';
import type { SearchPageQuery } from './routes.js';

const typeLabel = (ctx: ViewContext, type: string) => ctx.t(`participation.search.type.${type}` as MessageKey);

export function SearchPage({ ctx, query, hits, next }: { ctx: ViewContext; query: SearchPageQuery; hits: SearchHitJson[] | null; next: string | null }) {
  const { t } = ctx;
  const title = query.q?.trim() ? t('participation.search.resultsFor', { q: query.q.trim() }) : t('participation.search.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: OVERVIEW_PATH, label: t('participation.title') }, { label: t('participation.search.title') }]}>
      <h1>{title}</h1>
      <form method="get" action={SEARCH_PATH} class="filters" role="search">
        {query.institution && <input type="hidden" name="institution" value={query.institution} />}
        <div class="field">
          <label for="f-q">{t('participation.search.q')}</label>
          <p class="hint" id="f-q-hint">{t('participation.search.hint')}</p>
          <input id="f-q" name="q" type="search" value={query.q ?? ''} aria-describedby="f-q-hint" />
        </div>
        <div class="field">
          <label for="f-type">{t('participation.search.type')}</label>
          <select id="f-type" name="type">
            <option value="">{t('participation.search.type.all')}</option>
            {SEARCH_TYPES.map((s) => <option value={s} selected={query.type === s}>{typeLabel(ctx, s)}</option>)}
          </select>
        </div>
        <button type="submit" class="button button-primary">{t('participation.search.button')}</button>
      </form>
      {query.institution && <p>{t('participation.search.inInstitution')} <a href={SEARCH_PATH + (query.q ? `?q=${encodeURIComponent(query.q)}` : '')}>{t('participation.search.everywhere')}</a></p>}
      {hits && (hits.length === 0
        ? <EmptyState>{t('participation.search.none')}</EmptyState>
        : (
          <ol class="search-results">
            {hits.map((h) => (
              <li>
                <h2><a href={h.url}>{h.title || typeLabel(ctx, h.type)}</a></h2>
                <p><span class="tag">{t(`participation.search.kind.${h.type}`)}</span> {h.institution.name}</p>
                <p>{h.snippet.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</p>
              </li>
            ))}
          </ol>
        ))}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />
    </Layout>
  );
}
