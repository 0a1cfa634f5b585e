// /instituciones/{slug}/compras — an institution's procurement landing: its figures since its first call, links to
// its statistics and the open data, and its published calls, newest first, each with its lots as a short list (a list
// rather than a table: on a phone a lot's state must not scroll out of sight).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, Pagination } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { InstitutionDetail } from '../../../../core/tenancy/queries.js';
import type { LandingCall } from '../institution-calls.js';
import type { StatisticsRow } from '../statistics.js';
import { callUrl } from '../present.js';
import { MARKETPLACE_PATH, OCDS_PATH, formatNumber, formatPesos, formatShare, institutionStatisticsPath, kindName, lotStateName } from './parts.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { LotState } from '../../calls/schema.js';

/** Lots whose award report (evaluation's page) is public: from the award on, and deserted ones with their reasons. */
const REPORTED: readonly LotState[] = ['standstill', 'awarded', 'deserted'];

export function InstitutionLandingPage({ ctx, institution: i, calls, next, isFirstPage, figures, now }: {
  ctx: ViewContext; institution: InstitutionDetail; calls: LandingCall[]; next: string | null; isFirstPage: boolean; figures: StatisticsRow | null; now: Date;
}) {
  const { t } = ctx;
  const title = t('procurement.marketplace.landing.title');
  return (
    <Layout ctx={ctx} title={`${title} · ${i.name}`} institution={i} breadcrumbs={[{ href: '/', label: t('nav.home') },
      { href: `/instituciones/${i.slug}`, label: i.name }, { label: title }]}>
      <h1>{title}<span class="subtitle">{i.name}</span></h1>
      <p class="lead">{t('procurement.marketplace.landing.lead')}</p>
      <Figures ctx={ctx} figures={figures} municipality={i.kind === 'municipality'} />
      <p>
        <a href={institutionStatisticsPath(i.slug)}>{t('procurement.marketplace.landing.statistics')}</a> · <a href={OCDS_PATH}>{t('procurement.marketplace.link.data')}</a> · <a href={MARKETPLACE_PATH}>{t('procurement.marketplace.landing.allOpen')}</a>
      </p>
      <h2>{t('procurement.marketplace.landing.calls')}</h2>
      {calls.length === 0 ? <EmptyState>{t('procurement.marketplace.landing.noCalls')}</EmptyState>
        : calls.map((c) => <CallSection ctx={ctx} slug={i.slug} call={c} now={now} />)}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={isFirstPage} />
    </Layout>
  );
}

function Figures({ ctx, figures: f, municipality }: { ctx: ViewContext; figures: StatisticsRow | null; municipality: boolean }) {
  const { t, locale } = ctx;
  if (!f || (f.lotsCompeted === 0 && f.awards === 0)) return null;
  return (
    <section aria-labelledby="cifras">
      <h2 id="cifras">{t('procurement.marketplace.landing.figures')}</h2>
      <dl class="facts">
        <div><dt>{t('procurement.marketplace.stat.awardedAmount')}</dt><dd>{formatPesos(f.awardedAmount, locale)}</dd></div>
        <div><dt>{t('procurement.marketplace.stat.smeShare')}</dt><dd>{formatShare(f.shares.sme.share, locale)}</dd></div>
        {municipality && <div><dt>{t('procurement.marketplace.stat.localComunaShare')}</dt><dd>{formatShare(f.shares.localComuna.share, locale)}</dd></div>}
        <div><dt>{t('procurement.marketplace.stat.localRegionShare')}</dt><dd>{formatShare(f.shares.localRegion.share, locale)}</dd></div>
        <div><dt>{t('procurement.marketplace.stat.meanBidders')}</dt><dd>{formatNumber(f.meanBidders, locale)}</dd></div>
        <div><dt>{t('procurement.marketplace.stat.singleBidderShare')}</dt><dd>{formatShare(f.singleBidderShare, locale)}</dd></div>
        <div><dt>{t('procurement.marketplace.stat.lotsDeserted')}</dt><dd>{formatNumber(f.lotsDeserted, locale)}</dd></div>
      </dl>
    </section>
  );
}

function CallSection({ ctx, slug, call: c, now }: { ctx: ViewContext; slug: string; call: LandingCall; now: Date }) {
  const { t, locale } = ctx;
  const date = formatters(locale).dateTime;
  return (
    <section aria-labelledby={`llamado-${c.id}`}>
      <h3 id={`llamado-${c.id}`}><a href={callUrl(slug, c.id)}>{c.title}</a></h3>
      <p><span class="tag">{kindName(ctx, c.kind)}</span> <span class="tag">{t(`procurement.marketplace.callState.${c.state}` as MessageKey)}</span></p>
      <ul>
        {(c.lots ?? []).map((l) => (
          <li>
            <strong><a href={`${callUrl(slug, c.id)}#lote-${l.number}`}>{t('procurement.marketplace.lotTitle', { number: l.number, title: l.title })}</a></strong>{' '}
            <span class="tag">{lotStateName(ctx, l.state, new Date(l.bidsUntil), now)}</span>
            <span class="cell-note">
              {t('procurement.marketplace.budget')}: {formatPesos(Number(l.budgetAmount), locale)} · {t('procurement.marketplace.bidsUntil')}:{' '}
              <time dateTime={new Date(l.bidsUntil).toISOString()}>{date.format(new Date(l.bidsUntil))}</time>
              {l.bids !== null && <> · {t('procurement.marketplace.bidsCount', { count: l.bids })}</>}
              {REPORTED.includes(l.state) && <> · <a href={`${callUrl(slug, c.id)}/lotes/${l.number}/informe`}>{t('procurement.marketplace.awardReport')}</a></>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
