// The methodology page's steps after "what is measured", each the current choice in plain words with the
// alternatives the method allows (OECD/JRC Handbook 2008: imputation, normalisation, weighting and aggregation;
// World Bank GTMI groups; JRC COIN audits for outliers and uncertainty).
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { ViewContext } from '../../../../core/views/context.js';
import { PEER_GROUPS, type MethodSpec } from '../../index/method.js';
import { describeMonteCarlo, formatNumber } from './parts.js';
import { SENSITIVITY_PATH } from './paths.js';

type Props = { ctx: ViewContext; spec: MethodSpec };

/** The options of one choice, the current one marked in words (not only by style). */
function Options<O extends string>({ ctx, options, current, prefix, params }: {
  ctx: ViewContext; options: readonly O[]; current: O; prefix: string; params?: Record<string, string | number>;
}) {
  return (
    <ul>
      {options.map((o) => (
        <li class={o === current ? 'obs-current' : undefined}>
          {o === current && <strong>{ctx.t('observatory.method.inUse')} </strong>}
          {ctx.t(`${prefix}.${o}` as MessageKey, params)}
        </li>
      ))}
    </ul>
  );
}

export function NormalisationSection({ ctx, spec }: Props) {
  const { t } = ctx;
  return (
    <section aria-labelledby="m-normalisation">
      <h2 id="m-normalisation">{t('observatory.method.norm.title')}</h2>
      <p>{t('observatory.method.norm.text')}</p>
      <Options ctx={ctx} options={['minmax', 'zscore', 'target'] as const} current={spec.normalisation} prefix="observatory.method.norm" />
      <p>{t('observatory.method.norm.example')}</p>
      <p>{t('observatory.method.norm.polarity')}</p>
    </section>
  );
}

export function MissingSection({ ctx, spec }: Props) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="m-missing">
      <h2 id="m-missing">{t('observatory.method.missing.title')}</h2>
      <Options ctx={ctx} options={['available', 'regional_mean', 'locf'] as const} current={spec.missing} prefix="observatory.method.missing"
        params={{ years: spec.carryForwardYears }} />
      <p>{t('observatory.method.missing.fallback')}</p>
      <p>{t('observatory.method.missing.coverage')}</p>
      <p>{spec.minimumCoverage > 0
        ? t('observatory.method.missing.minimum', { min: `${formatNumber(spec.minimumCoverage * 100, locale, 0)} %` })
        : t('observatory.method.missing.noMinimum')}</p>
    </section>
  );
}

export function OutliersSection({ ctx, spec }: Props) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="m-outliers">
      <h2 id="m-outliers">{t('observatory.method.outliers.title')}</h2>
      <p>{t('observatory.method.outliers.text', {
        skew: formatNumber(spec.outliers.skew, locale, 2), kurtosis: formatNumber(spec.outliers.kurtosis, locale, 2), max: spec.outliers.maxWinsorised,
      })}</p>
    </section>
  );
}

export function AggregationSection({ ctx, spec }: Props) {
  const { t } = ctx;
  return (
    <section aria-labelledby="m-aggregation">
      <h2 id="m-aggregation">{t('observatory.method.agg.title')}</h2>
      <p>{t('observatory.method.agg.weights')}</p>
      <Options ctx={ctx} options={['arithmetic', 'geometric'] as const} current={spec.aggregation} prefix="observatory.method.agg" />
    </section>
  );
}

export function GroupsSection({ ctx, spec }: Props) {
  const { t, locale } = ctx;
  const { A, B, C } = spec.groups;
  const n = (v: number) => formatNumber(v, locale, 1);
  const { large, medium, ruralShare } = spec.peerGroups;
  const peerText: Record<(typeof PEER_GROUPS)[number], string> = {
    large: t('observatory.method.peers.large', { large: formatNumber(large, locale, 0) }),
    medium: t('observatory.method.peers.medium', { medium: formatNumber(medium, locale, 0), large: formatNumber(large, locale, 0) }),
    small_urban: t('observatory.method.peers.small_urban', { medium: formatNumber(medium, locale, 0), rural: n(ruralShare) }),
    rural: t('observatory.method.peers.rural', { medium: formatNumber(medium, locale, 0), rural: n(ruralShare) }),
  };
  return (
    <>
      <section aria-labelledby="m-groups">
        <h2 id="m-groups">{t('observatory.method.groups.title')}</h2>
        <p>{t('observatory.method.groups.text')}</p>
        <ul>
          <li><strong>{t('observatory.group.A')}</strong>: {t('observatory.method.groups.A', { A: n(A) })}</li>
          <li><strong>{t('observatory.group.B')}</strong>: {t('observatory.method.groups.between', { low: n(B), high: n(A) })}</li>
          <li><strong>{t('observatory.group.C')}</strong>: {t('observatory.method.groups.between', { low: n(C), high: n(B) })}</li>
          <li><strong>{t('observatory.group.D')}</strong>: {t('observatory.method.groups.D', { C: n(C) })}</li>
        </ul>
      </section>
      <section aria-labelledby="m-peers">
        <h2 id="m-peers">{t('observatory.method.peers.title')}</h2>
        <p>{t('observatory.method.peers.text')}</p>
        <ul>{PEER_GROUPS.map((g) => <li><strong>{t(`observatory.peer.${g}`)}</strong>: {peerText[g]}</li>)}</ul>
      </section>
    </>
  );
}

export function UncertaintySection({ ctx, spec }: Props) {
  const { t, locale } = ctx;
  const s = spec.sensitivity;
  return (
    <section aria-labelledby="m-uncertainty">
      <h2 id="m-uncertainty">{t('observatory.method.uncertainty.title')}</h2>
      <p>{describeMonteCarlo(t, locale, s, s)}</p>
      <p><a href={SENSITIVITY_PATH}>{t('observatory.method.sensitivityLink')}</a></p>
    </section>
  );
}
