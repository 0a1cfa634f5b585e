// /compras — the marketplace home: every lot open for bids across institutions, soonest-closing first, with filters
// (a GET form: bookmarkable, no JavaScript), a plain-language note for local suppliers on how to take part, and links
// to the supplier directory, the statistics and the open data.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { CATEGORIES } from '../../categories.js';
import { CALL_KINDS } from '../../calls/schema.js';
import { SIZE_BAND_CODES } from '../bands.js';
import type { OpenLot } from '../open-lots.js';
import { callUrl } from '../present.js';
import { ClosingTime, MARKETPLACE_PATH, OCDS_PATH, STATISTICS_PATH, SUPPLIERS_PATH, categoryName, formatPesos, kindName, landingPath } from './parts.js';
import type { MessageKey } from '../../../../core/i18n/index.js';

export interface OpenCallsQuery { region?: string; categoria?: string; tamano?: string; cierraHasta?: string; tipo?: string; cursor?: string }
const FILTER_FIELDS = ['region', 'categoria', 'tamano', 'cierraHasta', 'tipo'] as const;

export function OpenCallsPage({ ctx, query, regions, rows, next, now, dateError }: {
  ctx: ViewContext; query: OpenCallsQuery; regions: Array<{ code: string; name: string }>; rows: OpenLot[]; next: string | null; now: Date; dateError?: string;
}) {
  const { t } = ctx;
  const title = t('procurement.marketplace.title');
  const all = (label: MessageKey) => ({ value: '', label: t(label) });
  const filtered = FILTER_FIELDS.some((k) => query[k]);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('procurement.marketplace.lead')}</p>
      <p>
        <a href={SUPPLIERS_PATH}>{t('procurement.marketplace.link.suppliers')}</a> · <a href={STATISTICS_PATH}>{t('procurement.marketplace.link.statistics')}</a> · <a href={OCDS_PATH}>{t('procurement.marketplace.link.data')}</a>
      </p>
      <HowToTakePart ctx={ctx} />
      <h2 id="lotes">{t('procurement.marketplace.openLots')}</h2>
      <form method="get" action={`${MARKETPLACE_PATH}#lotes`} class="filters" aria-label={t('procurement.marketplace.filters')}>
        <Select name="region" label={t('procurement.marketplace.filter.region')} value={query.region}
          options={[all('procurement.marketplace.filter.allRegions'), ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
        <Select name="categoria" label={t('procurement.marketplace.filter.category')} value={query.categoria}
          options={[all('procurement.marketplace.filter.allCategories'), ...CATEGORIES.map((c) => ({ value: c, label: categoryName(ctx, c) }))]} />
        <Select name="tamano" label={t('procurement.marketplace.filter.size')} value={query.tamano}
          options={[all('procurement.marketplace.filter.allSizes'), ...SIZE_BAND_CODES.map((b) => ({ value: b, label: t(`procurement.marketplace.band.${b}`) }))]} />
        <Select name="tipo" label={t('procurement.marketplace.filter.kind')} value={query.tipo}
          options={[all('procurement.marketplace.filter.allKinds'), ...CALL_KINDS.map((k) => ({ value: k, label: kindName(ctx, k) }))]} />
        <Field name="cierraHasta" type="date" label={t('procurement.marketplace.filter.closesBy')} hint={t('procurement.marketplace.filter.closesByHint')}
          value={query.cierraHasta} error={dateError} />
        <Button>{t('procurement.marketplace.filter.apply')}</Button>
        {filtered && <a href={`${MARKETPLACE_PATH}#lotes`}>{t('procurement.marketplace.filter.clear')}</a>}
      </form>
      {rows.length === 0 ? <EmptyState>{t('procurement.marketplace.noOpenLots')}</EmptyState> : (
        <ul class="card-grid">
          {rows.map((r) => <LotCard ctx={ctx} lot={r} now={now} />)}
        </ul>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}

function LotCard({ ctx, lot: r, now }: { ctx: ViewContext; lot: OpenLot; now: Date }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h3><a href={`${callUrl(r.institutionSlug, r.callId)}#lote-${r.lotNumber}`}>{t('procurement.marketplace.lotTitle', { number: r.lotNumber, title: r.lotTitle })}</a></h3>
      <p>{r.callTitle}<span class="cell-note"><a href={landingPath(r.institutionSlug)}>{r.institutionName}</a></span></p>
      <p>
        {t('procurement.marketplace.budget')}: <strong>{formatPesos(r.budgetAmount, ctx.locale)}</strong><br />
        {t('procurement.marketplace.closes')}: <ClosingTime ctx={ctx} at={r.bidsUntil} now={now} />
      </p>
      <p class="cell-note">
        {[categoryName(ctx, r.category), r.regionName ?? t('procurement.marketplace.anywhere'), kindName(ctx, r.callKind),
          r.admitCount > 1 ? t('procurement.marketplace.multiAward', { count: r.admitCount }) : null].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}

/** For a local supplier who has never sold to the state: what to do, in plain words; folded, so the lots come first on a phone. */
function HowToTakePart({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <details class="notice">
      <summary><strong>{t('procurement.marketplace.howTo.title')}</strong></summary>
      <ol>
        <li>{t('procurement.marketplace.howTo.register')} <a href={`${SUPPLIERS_PATH}/nuevo`}>{t('procurement.marketplace.howTo.registerLink')}</a></li>
        <li>{t('procurement.marketplace.howTo.perLot')}</li>
        <li>{t('procurement.marketplace.howTo.sealed')}</li>
        <li>{t('procurement.marketplace.howTo.multiAward')}</li>
      </ol>
      <p>{t('procurement.marketplace.howTo.together')}</p>
    </details>
  );
}
