// Pieces both statistics pages share: the year tabs (links, so the selector works without JavaScript), the on-time
// bar (an SVG drawn on the server, hidden from screen readers: the figures are in the text beside it) and percents.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Locale } from '../../../../core/i18n/index.js';

export const OVERVIEW_PATH = '/transparencia/estadisticas';
export const statisticsPath = (slug: string) => `/instituciones/${slug}/transparencia/estadisticas`;

const percents = new Map<Locale, Intl.NumberFormat>();
/** "87,5 %" / "87.5%": a share 0..1 as its readers write it. */
export function formatShare(share: number, locale: Locale) {
  let f = percents.get(locale);
  if (!f) percents.set(locale, f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  return f.format(share);
}

/** A median of business days with at most one decimal (an even count may give a half). */
export const formatDays = (days: number | null, locale: Locale) =>
  (days === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days));

export function YearTabs({ ctx, years, year, path }: { ctx: ViewContext; years: number[]; year: number; path: string }) {
  return (
    <nav class="tabs" aria-label={ctx.t('transparency.statistics.years')}>
      <ul>
        {years.map((y) => <li>{y === year ? <span aria-current="page">{y}</span> : <a href={`${path}?anio=${y}`}>{y}</a>}</li>)}
      </ul>
    </nav>
  );
}

export function OnTimeBars({ ctx, year, onTime, late }: { ctx: ViewContext; year: number; onTime: number; late: number }) {
  const total = onTime + late;
  if (total === 0) return <p>{ctx.t('transparency.statistics.noAnswers', { year })}</p>;
  const rows = [
    { label: ctx.t('transparency.statistics.barOnTime'), count: onTime, fill: '#1f6f43' },
    { label: ctx.t('transparency.statistics.barLate'), count: late, fill: '#b3261e' },
  ];
  return (
    <figure class="chart bars">
      <dl>
        {rows.map((r) => (
          <div class="bar-row">
            <dt>{r.label}</dt>
            <dd>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width="100" height="10" fill="#e6e8eb" />
                <rect width={(r.count / total) * 100} height="10" fill={r.fill} />
              </svg>
              <span class="bar-value">{ctx.t('transparency.statistics.share', { count: r.count, percent: formatShare(r.count / total, ctx.locale) })}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption>{ctx.t('transparency.statistics.barCaption', { year })}</figcaption>
    </figure>
  );
}

export function CountingNotes({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="counting-notes">
      <h2 id="counting-notes">{t('transparency.statistics.notesTitle')}</h2>
      <ul>
        <li>{t('transparency.statistics.noteYear')}</li>
        <li>{t('transparency.statistics.noteOnTime')}</li>
        <li>{t('transparency.statistics.noteMedian')}</li>
        <li>{t('transparency.statistics.noteOverdue')}</li>
      </ul>
    </section>
  );
}
