// /participacion: processes across institutions, filtered by institution and state, with the search box of the whole
// of participation; /instituciones/{slug}/participacion: one institution's processes.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { InstitutionDetail } from '../../../../core/tenancy/queries.js';
import type { ProcessRow } from '../queries.js';
import { PROCESS_STATES } from '../phases.js';
import { institutionProcessesPath, newProcessPath, OVERVIEW_PATH, SEARCH_PATH } from '../paths.js';
import { ProcessList, stateLabel } from './list.js';

export interface ListPageQuery { institution?: string; state?: string; cursor?: string }

function StateSelect({ ctx, value }: { ctx: ViewContext; value?: string }) {
  return (
    <div class="field">
      <label for="f-state">{ctx.t('participation.process.state')}</label>
      <select id="f-state" name="state">
        <option value="">{ctx.t('participation.process.allStates')}</option>
        {PROCESS_STATES.map((s) => <option value={s} selected={value === s}>{stateLabel(ctx, s)}</option>)}
      </select>
    </div>
  );
}

/** Searches the whole of participation (search/), or one institution's part of it. */
export function SearchBox({ ctx, institution }: { ctx: ViewContext; institution?: string }) {
  return (
    <form method="get" action={SEARCH_PATH} class="search-form" role="search">
      {institution && <input type="hidden" name="institution" value={institution} />}
      <label for="participation-q">{ctx.t('participation.process.searchAll')}</label>
      <div class="search-row">
        <input id="participation-q" name="q" type="search" />
        <button type="submit" class="button button-primary">{ctx.t('participation.process.searchButton')}</button>
      </div>
    </form>
  );
}

type InstitutionRef = { slug: string; name: string };

export function OverviewPage({ ctx, query, items, next, institutions, managed }: {
  ctx: ViewContext; query: ListPageQuery; items: ProcessRow[]; next: string | null; institutions: InstitutionRef[];
  /** Institutions where the reader may open a process. */
  managed: InstitutionRef[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('participation.title') }]}>
      <h1>{t('participation.title')}</h1>
      <p class="lead">{t('participation.lead')}</p>
      <SearchBox ctx={ctx} />
      {managed.length > 0 && (
        <ul>{managed.map((i) => <li><a href={newProcessPath(i.slug)}>{t('participation.process.newIn', { institution: i.name })}</a></li>)}</ul>
      )}
      <h2>{t('participation.process.heading')}</h2>
      <form method="get" action={OVERVIEW_PATH} class="filters" aria-label={t('participation.process.filters')}>
        <div class="field">
          <label for="f-institution">{t('participation.process.institution')}</label>
          <select id="f-institution" name="institution">
            <option value="">{t('participation.process.allInstitutions')}</option>
            {institutions.map((i) => <option value={i.slug} selected={query.institution === i.slug}>{i.name}</option>)}
          </select>
        </div>
        <StateSelect ctx={ctx} value={query.state} />
        <button type="submit" class="button button-secondary">{t('participation.process.filter')}</button>
        {(query.institution || query.state) && <a href={OVERVIEW_PATH}>{t('participation.process.clear')}</a>}
      </form>
      <ProcessList ctx={ctx} items={items} next={next} isFirstPage={!query.cursor} />
    </Layout>
  );
}

export function InstitutionProcessesPage({ ctx, institution, query, items, next, canCreate }: {
  ctx: ViewContext; institution: InstitutionDetail; query: ListPageQuery; items: ProcessRow[]; next: string | null; canCreate: boolean;
}) {
  const { t } = ctx;
  const title = t('participation.process.ofInstitution', { institution: institution.name });
  const base = institutionProcessesPath(institution.slug);
  return (
    <Layout ctx={ctx} title={title} institution={institution}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name }, { label: t('participation.title') }]}>
      <h1>{title}</h1>
      <p class="lead">{t('participation.process.institutionLead', { institution: institution.name })}</p>
      {canCreate && <p><a class="button button-primary" href={newProcessPath(institution.slug)}>{t('participation.process.new')}</a></p>}
      <nav aria-label={t('participation.process.accountability')}>
        <p>{t('participation.process.accountability')}:{' '}
          <a href={`${base}/compromisos`}>{t('participation.process.commitments')}</a>{' · '}
          <a href={`${base}/plan-de-accion`}>{t('participation.process.actionPlan')}</a>{' · '}
          <a href={`${base}/organo-contralor`}>{t('participation.process.oversightBody')}</a></p>
      </nav>
      <SearchBox ctx={ctx} institution={institution.slug} />
      <form method="get" action={base} class="filters" aria-label={t('participation.process.filters')}>
        <StateSelect ctx={ctx} value={query.state} />
        <button type="submit" class="button button-secondary">{t('participation.process.filter')}</button>
        {query.state && <a href={base}>{t('participation.process.clear')}</a>}
      </form>
      <ProcessList ctx={ctx} items={items} next={next} isFirstPage={!query.cursor} showInstitution={false} />
    </Layout>
  );
}
