// The 1–7 distribution as CSS bars inside a table: each row says the grade, how many gave it and the share in text
// (WCAG 2.1 1.1.1: the numbers are the content, the bars only repeat them, hidden from screen readers; 1.4.1: the
// pass mark is told in words, colour is never the only cue). Each bar is a tiny inline SVG whose rect width is an
// attribute: the Content-Security-Policy refuses inline style attributes. No script, no image file.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters } from '../../../../core/i18n/index.js';
import { PASS_GRADE, type Satisfaction } from '../satisfaction.js';

export const percent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

export function GradeChart({ ctx, s, caption }: { ctx: ViewContext; s: Satisfaction; caption: string }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  const max = Math.max(1, ...s.distribution.map((d) => d.count));
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="svc-grades">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{t('services.engagement.survey.grade')}</th><th scope="col">{t('services.engagement.survey.responses')}</th></tr></thead>
        <tbody>
          {[...s.distribution].reverse().map((d) => (
            <tr class={d.value >= PASS_GRADE ? 'svc-pass' : 'svc-fail'}>
              <th scope="row">{number.format(d.value)}</th>
              <td><span class="svc-bar-row">
                <svg class="svc-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={Math.max(0.5, (d.count / max) * 100).toFixed(1)} height="10" />
                </svg>
                <span class="svc-bar-label">{number.format(d.count)} ({percent(s.responses ? d.count / s.responses : 0, ctx.locale)})</span>
              </span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
