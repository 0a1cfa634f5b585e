// /observatorio/sensibilidad?anio=: the uncertainty of the ranks (JRC COIN audits): what the Monte-Carlo run varied,
// each municipality's median rank and 90 % interval (chart and table), the most and least certain ranks, and which
// assumptions move the ranking most, each told in one plain sentence.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { MethodVersion, SensitivityDetail } from '../queries.js';
import { RankChart } from './rank-chart.js';
import { describeMonteCarlo, factorExplanation, factorName, formatNumber, formatRank } from './parts.js';
import { METHODOLOGY_PATH, SENSITIVITY_PATH } from './paths.js';

type Unit = SensitivityDetail['units'][number];
const LISTED = 10;
const width = (u: Unit) => u.high! - u.low!;

export function SensitivityPage({ ctx, current, years, year, sensitivity }: {
  ctx: ViewContext; current: MethodVersion; years: number[]; year: number | null; sensitivity: SensitivityDetail | null;
}) {
  const { t, locale } = ctx;
  const title = t('observatory.sensitivity.title');
  const rank = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1));
  /** The median, and under it the interval: one narrow column, so the table fits a phone. */
  const spread = (u: Unit) => (u.medianRank === null || u.low === null || u.high === null ? '—'
    : <>{rank(u.medianRank)}<span class="cell-note">{t('observatory.sensitivity.interval', { low: rank(u.low), high: rank(u.high) })}</span></>);
  const withInterval = sensitivity?.units.filter((u) => u.rank !== null && u.low !== null && u.high !== null) ?? [];
  const byWidth = [...withInterval].sort((a, b) => width(b) - width(a) || a.rank! - b.rank!);
  const robust = [...withInterval].sort((a, b) => width(a) - width(b) || a.rank! - b.rank!).slice(0, LISTED);
  const byRank = [...(sensitivity?.units ?? [])].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'es'));
  const s = current.spec.sensitivity;
  const unitColumns = [
    { header: t('observatory.sensitivity.col.rank'), cell: (u: Unit) => formatRank(u.rank), numeric: true },
    { header: t('observatory.sensitivity.col.municipality'), cell: (u: Unit) => <a href={`/observatorio/municipios/${u.cut}`}>{u.name}</a>, rowHeader: true },
    { header: t('observatory.sensitivity.col.medianInterval'), cell: spread, numeric: true },
  ];
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/observatorio', label: t('observatory.name') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.sensitivity.lead')}</p>
      {years.length > 0 && (
        <nav class="tabs" aria-label={t('observatory.sensitivity.years')}>
          <ul>{years.map((y) => <li>{y === year ? <span aria-current="page">{y}</span> : <a href={`${SENSITIVITY_PATH}?anio=${y}`}>{y}</a>}</li>)}</ul>
        </nav>
      )}
      {!sensitivity ? <p class="empty-state">{year === null ? t('observatory.sensitivity.none') : t('observatory.sensitivity.noneYear', { year })}</p> : (
        <>
          <section aria-labelledby="s-design">
            <h2 id="s-design">{t('observatory.sensitivity.design.title')}</h2>
            <p>{describeMonteCarlo(t, locale, s, sensitivity)}</p>
            <p>{t('observatory.sensitivity.design.read', { version: sensitivity.methodVersion })} <a href={METHODOLOGY_PATH}>{t('observatory.sensitivity.design.method')}</a></p>
          </section>
          <section aria-labelledby="s-factors">
            <h2 id="s-factors">{t('observatory.sensitivity.factors.title')}</h2>
            <p>{t('observatory.sensitivity.factors.text')}</p>
            <ol class="obs-factors">
              {[...sensitivity.factors].sort((a, b) => b.firstOrder - a.firstOrder || b.meanAbsoluteShift - a.meanAbsoluteShift).map((f) => (
                <li>
                  <strong>{factorName(t, f.factor)}.</strong> {factorExplanation(t, f.factor)}{' '}
                  {t('observatory.sensitivity.factorFigures', { share: `${formatNumber(f.firstOrder * 100, locale, 1)} %`, shift: formatNumber(f.meanAbsoluteShift, locale, 1) })}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="s-chart">
            <h2 id="s-chart">{t('observatory.sensitivity.chart.heading')}</h2>
            <figure class="obs-rank-figure">
              <RankChart ctx={ctx} units={sensitivity.units} />
              <figcaption>
                <span class="obs-key obs-key-median" aria-hidden="true" /> {t('observatory.sensitivity.chart.keyMedian')}{' '}
                <span class="obs-key obs-key-interval" aria-hidden="true" /> {t('observatory.sensitivity.chart.keyInterval')}{' '}
                <span class="obs-key obs-key-reference" aria-hidden="true" /> {t('observatory.sensitivity.chart.keyReference')}
              </figcaption>
            </figure>
          </section>
          <div class="obs-two">
            <section aria-labelledby="s-uncertain">
              <h2 id="s-uncertain">{t('observatory.sensitivity.uncertain')}</h2>
              <div class="obs-narrow"><Table ctx={ctx} caption={t('observatory.sensitivity.uncertainCaption', { count: Math.min(LISTED, byWidth.length) })} rows={byWidth.slice(0, LISTED)} columns={unitColumns} /></div>
            </section>
            <section aria-labelledby="s-robust">
              <h2 id="s-robust">{t('observatory.sensitivity.robust')}</h2>
              <div class="obs-narrow"><Table ctx={ctx} caption={t('observatory.sensitivity.robustCaption', { count: robust.length })} rows={robust} columns={unitColumns} /></div>
            </section>
          </div>
          <section aria-labelledby="s-all">
            <h2 id="s-all">{t('observatory.sensitivity.all')}</h2>
            <p><a href={`/api/v1/observatory/index/sensitivity?year=${sensitivity.year}`}>{t('observatory.sensitivity.json')}</a></p>
            <div class="obs-narrow"><Table ctx={ctx} caption={t('observatory.sensitivity.allCaption', { year: sensitivity.year, count: byRank.length })} rows={byRank} columns={unitColumns} /></div>
          </section>
        </>
      )}
    </Layout>
  );
}
