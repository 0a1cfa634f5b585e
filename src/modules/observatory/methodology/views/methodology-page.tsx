// /observatorio/metodologia: the current method in plain words, following the Handbook's steps (OECD/JRC 2008):
// what is measured, how values are made comparable, missing values and coverage, outliers, weights and aggregation,
// groups and peer groups, the uncertainty analysis; then every version with a link to its full spec.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { PILLARS } from '../../pillars.js';
import { INDEX_INDICATORS } from '../../indicators/catalogue.js';
import { canPreviewMethod } from '../../policy.js';
import type { MethodVersion } from '../queries.js';
import { indicatorWeight, pillarWeight } from '../spec.js';
import { formatNumber, indicatorName, pillarName, sourceName } from './parts.js';
import { AggregationSection, GroupsSection, MissingSection, NormalisationSection, OutliersSection, UncertaintySection } from './method-sections.js';
import { INDICATORS_PATH, PREVIEW_PATH, versionPath } from './paths.js';

export function MethodologyPage({ ctx, current, versions }: { ctx: ViewContext; current: MethodVersion; versions: MethodVersion[] }) {
  const { t } = ctx;
  const { spec } = current;
  const title = t('observatory.method.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/observatorio', label: t('observatory.name') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.method.lead')}</p>
      <VersionLine ctx={ctx} version={current} />
      <ul class="obs-links">
        <li><a href="/api/v1/observatory/methodology">{t('observatory.method.json')}</a></li>
        <li><a href="/observatorio/sensibilidad">{t('observatory.method.sensitivityLink')}</a></li>
        {canPreviewMethod(ctx.actor) && <li><a href={PREVIEW_PATH}>{t('observatory.method.previewLink')}</a></li>}
      </ul>
      <WhatSection ctx={ctx} current={current} />
      <NormalisationSection ctx={ctx} spec={spec} />
      <MissingSection ctx={ctx} spec={spec} />
      <OutliersSection ctx={ctx} spec={spec} />
      <AggregationSection ctx={ctx} spec={spec} />
      <GroupsSection ctx={ctx} spec={spec} />
      <UncertaintySection ctx={ctx} spec={spec} />
      <HistorySection ctx={ctx} versions={versions} />
      <p class="obs-sources">{t('observatory.method.sources')}</p>
    </Layout>
  );
}

/** `current`: the version in force (the methodology page); otherwise an earlier one, replaced since. */
export function VersionLine({ ctx, version, current = true }: { ctx: ViewContext; version: MethodVersion; current?: boolean }) {
  const { t } = ctx;
  if (!version.publishedAt) return <p>{t('observatory.method.unwritten')}</p>;
  return (
    <p class="notice">
      {t(current ? 'observatory.method.versionLine' : 'observatory.method.versionLinePast', {
        version: version.version, date: formatters(ctx.locale).date.format(version.publishedAt), author: version.author ?? t('observatory.method.authorSystem'),
      })}
      {version.note && <> {t('observatory.method.noteLabel')}: «{version.note}»</>}
    </p>
  );
}

function WhatSection({ ctx, current }: { ctx: ViewContext; current: MethodVersion }) {
  const { t, locale } = ctx;
  const { spec } = current;
  const total = PILLARS.reduce((s, p) => s + pillarWeight(spec, p), 0);
  return (
    <section aria-labelledby="m-what">
      <h2 id="m-what">{t('observatory.method.what.title')}</h2>
      <p>{t('observatory.method.what.text', { indicators: INDEX_INDICATORS.length, pillars: PILLARS.length })} <a href={INDICATORS_PATH}>{t('observatory.method.what.catalogue')}</a></p>
      <Table ctx={ctx} caption={t('observatory.method.what.pillarsCaption')} rows={[...PILLARS]} columns={[
        { header: t('observatory.method.col.pillar'), cell: (p) => pillarName(t, p), rowHeader: true },
        { header: t('observatory.method.col.weight'), cell: (p) => formatNumber(pillarWeight(spec, p), locale, 2), numeric: true },
        { header: t('observatory.method.col.share'), cell: (p) => `${formatNumber(total ? (100 * pillarWeight(spec, p)) / total : 0, locale, 1)} %`, numeric: true },
      ]} />
      <Table ctx={ctx} caption={t('observatory.method.what.indicatorsCaption')} rows={[...INDEX_INDICATORS]} columns={[
        { header: t('observatory.method.col.indicator'), cell: (i) => indicatorName(t, i.code), rowHeader: true },
        { header: t('observatory.method.col.pillar'), cell: (i) => pillarName(t, i.group) },
        { header: t('observatory.method.col.weight'), cell: (i) => formatNumber(indicatorWeight(spec, i.code), locale, 2), numeric: true },
        { header: t('observatory.method.col.direction'), cell: (i) => t(i.direction === 'higher' ? 'observatory.method.higher' : 'observatory.method.lower') },
        { header: t('observatory.method.col.source'), cell: (i) => sourceName(t, i.source) },
      ]} />
    </section>
  );
}

function HistorySection({ ctx, versions }: { ctx: ViewContext; versions: MethodVersion[] }) {
  const { t } = ctx;
  const { date } = formatters(ctx.locale);
  return (
    <section aria-labelledby="m-history">
      <h2 id="m-history">{t('observatory.method.history.title')}</h2>
      <p>{t('observatory.method.history.text')}</p>
      <Table ctx={ctx} caption={t('observatory.method.history.caption')} rows={versions} columns={[
        { header: t('observatory.method.col.version'), cell: (v) => <a href={versionPath(v.version)}>{t('observatory.method.versionN', { version: v.version })}</a>, rowHeader: true },
        { header: t('observatory.method.col.date'), cell: (v) => (v.publishedAt ? <time dateTime={v.publishedAt.toISOString()}>{date.format(v.publishedAt)}</time> : '—') },
        { header: t('observatory.method.col.note'), cell: (v) => v.note ?? '' },
        { header: t('observatory.method.col.author'), cell: (v) => v.author ?? t('observatory.method.authorSystem') },
      ]} />
    </section>
  );
}
