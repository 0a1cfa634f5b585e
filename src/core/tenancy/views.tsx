// Pages: the institution list with search and filters, and one institution's page.
import type { ViewContext } from '../views/context.js';
import { Layout } from '../views/layout.js';
import { ExportLinks, Pagination, Table } from '../views/components/table.js';
import type { InstitutionDetail, InstitutionRow } from './queries.js';
import { formatters, type MessageKey } from '../i18n/index.js';
import { INSTITUTION_KINDS } from './schema.js';
import { canActInModule, canAdministerInstitution, canVerifyIdentity, MODULES } from '../policy.js';
import type { LivePages } from '../module.js';
import { ClaveUnicaButton } from '../identity/claveunica/button.js';

const kindLabel = (ctx: ViewContext, kind: string) => ctx.t(`institutions.kind.${kind}` as MessageKey);

export function InstitutionListPage({ ctx, query, items, next }: {
  ctx: ViewContext; query: { q?: string; kind?: string; cursor?: string }; items: InstitutionRow[]; next: string | null;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('institutions.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('institutions.title') }]}>
      <h1>{t('institutions.title')}</h1>
      <form method="get" action="/instituciones" class="filters" role="search">
        <div class="field">
          <label for="f-q">{t('institutions.search')}</label>
          <p class="hint" id="f-q-hint">{t('institutions.searchHint')}</p>
          <input id="f-q" name="q" type="search" value={query.q ?? ''} aria-describedby="f-q-hint" />
        </div>
        <div class="field">
          <label for="f-kind">{t('institutions.kind')}</label>
          <select id="f-kind" name="kind">
            <option value="">{t('institutions.kind.all')}</option>
            {INSTITUTION_KINDS.map((k) => <option value={k} selected={query.kind === k}>{kindLabel(ctx, k)}</option>)}
          </select>
        </div>
        <button type="submit" class="button button-primary">{t('home.searchButton')}</button>
      </form>
      <Table
        ctx={ctx}
        caption={query.q ? t('institutions.resultsFor', { q: query.q }) : t('institutions.title')}
        rows={items}
        columns={[
          { header: t('institutions.name'), cell: (r) => <a href={`/instituciones/${r.slug}`}>{r.name}</a> },
          { header: t('institutions.kind'), cell: (r) => kindLabel(ctx, r.kind) },
          { header: t('institutions.region'), cell: (r) => r.regionName ?? '—' },
          { header: t('institutions.cut'), cell: (r) => r.cutCode ?? '—', numeric: true },
        ]}
      />
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}

export function InstitutionPage({ ctx, institution: i, claveunica, livePages }: { ctx: ViewContext; institution: InstitutionDetail; claveunica: boolean; livePages: LivePages }) {
  const { t } = ctx;
  const n = (v: number | null) => (v == null ? '—' : formatters(ctx.locale).number.format(v));
  return (
    <Layout ctx={ctx} title={i.name} institution={i}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/instituciones', label: t('institutions.title') }, { label: i.name }]}>
      <h1>{i.name}</h1>
      <dl class="facts">
        <div><dt>{t('institutions.kind')}</dt><dd>{kindLabel(ctx, i.kind)}</dd></div>
        {i.regionName && <div><dt>{t('institutions.region')}</dt><dd>{i.regionName}</dd></div>}
        {i.cutCode && <div><dt>{t('institutions.cut')}</dt><dd>{i.cutCode}</dd></div>}
        {i.kind === 'municipality' && <div><dt>{t('institutions.population2017')}</dt><dd>{n(i.population2017)}</dd></div>}
        {i.kind === 'municipality' && <div><dt>{t('institutions.population2024')}</dt><dd>{n(i.population2024)}</dd></div>}
      </dl>
      {claveunica && !ctx.actor && <p><ClaveUnicaButton ctx={ctx} institutionSlug={i.slug} next={`/instituciones/${i.slug}`} /></p>}
      <h2>{t('institutions.modules')}</h2>
      <ul class="card-grid">
        {MODULES.map((m) => (
          <li class="card">
            <h3>{livePages[m] ? <a href={livePages[m].institution(i.slug)}>{t(`module.${m}` as MessageKey)}</a> : t(`module.${m}` as MessageKey)}</h3>
            {!livePages[m] && <p class="tag">{t('module.comingSoon')}</p>}
          </li>
        ))}
      </ul>
      <p><a href={`/auditoria?institution=${i.slug}`}>{t('institutions.auditTrail')}</a> · <a href={`/api/v1/institutions/${i.slug}`}>JSON</a></p>
      <AdminLinks ctx={ctx} institution={i} />
    </Layout>
  );
}

/** The institution's administration pages this actor may open (policy.ts decides; the pages enforce it again). */
function AdminLinks({ ctx, institution: i }: { ctx: ViewContext; institution: InstitutionDetail }) {
  const { t, actor } = ctx;
  const base = `/instituciones/${i.slug}`;
  const links = [
    canAdministerInstitution(actor, i.id) && { href: `${base}/equipo`, label: t('institutions.team') },
    canAdministerInstitution(actor, i.id) && { href: `${base}/claveunica/configuracion`, label: t('identity.claveunica.title') },
    canAdministerInstitution(actor, i.id) && { href: `${base}/admin/feriados`, label: t('calendar.holidays.title') },
    canVerifyIdentity(actor, i.id) && { href: `${base}/verificaciones`, label: t('identity.verify.title') },
    canActInModule(actor, i.id, 'participation') && { href: `${base}/padrones`, label: t('identity.eligibility.title') },
  ].filter((l): l is { href: string; label: string } => !!l);
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="admin-links">
      <h2 id="admin-links">{t('institutions.administration')}</h2>
      <ul>{links.map((l) => <li><a href={l.href}>{l.label}</a></li>)}</ul>
    </nav>
  );
}
