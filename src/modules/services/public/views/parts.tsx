// Pieces the registry and the service page share: a Santiago calendar day in words, the current-phase badge, the
// overdue-review flag, and the Transparencia box (whole on the service page, as "4/6" with the missing items named
// in the registry). Colour is never the only cue (WCAG 2.1, 1.4.1): every state is also written out.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Phase } from '../../phases.js';
import type { Box } from '../box.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A 'YYYY-MM-DD' calendar day in the reader's language ("5 de enero de 2026"). */
export function formatDay(locale: string, day: string): string {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return f.format(new Date(`${day}T00:00:00Z`));
}

export function PhaseBadge({ ctx, phase, since }: { ctx: ViewContext; phase: Phase; since?: string }) {
  const { t } = ctx;
  return (
    <span class={`svc-phase svc-phase-${phase}`}>
      <strong>{t(`services.phase.${phase}`)}</strong>
      {since && <> {t('services.public.since', { date: formatDay(ctx.locale, since) })}</>}
    </span>
  );
}

export const OverdueFlag = ({ ctx }: { ctx: ViewContext }) => <strong class="tag svc-overdue">{ctx.t('services.public.reviewOverdue')}</strong>;

/** "4/6 Transparencia" and, below, the items missing ("No disponible: presupuesto, análisis de riesgos"). */
export function BoxCompleteness({ ctx, box }: { ctx: ViewContext; box: Box }) {
  const { t } = ctx;
  return (
    <p class="svc-completeness">
      <span class={`svc-score${box.available === box.total ? ' svc-score-full' : ''}`}>
        {t('services.public.completeness', { available: box.available, total: box.total })}
      </span>
      {box.missing.length > 0 && (
        <span class="cell-note">{t('services.notAvailable')}: {box.missing.map((k) => t(`services.public.box.${k}`).toLowerCase()).join(', ')}</span>
      )}
    </p>
  );
}

/** The six items, each with its link or "No disponible". */
export function TransparencyBox({ ctx, box }: { ctx: ViewContext; box: Box }) {
  const { t } = ctx;
  return (
    <section class="svc-box" aria-labelledby="transparencia">
      <h2 id="transparencia">{t('services.public.box.title')}</h2>
      <p>{t('services.public.box.intro', { available: box.available, total: box.total })}</p>
      <ul class="svc-box-items">
        {box.items.map((i) => (
          <li class={i.available ? 'svc-available' : 'svc-missing'}>
            <span class="svc-box-mark" aria-hidden="true">{i.available ? '✓' : '✗'}</span>
            <span class="svc-box-name">{t(`services.public.box.${i.key}`)}</span>
            <span class="svc-box-state">
              {!i.available ? <em>{t('services.notAvailable')}</em>
                : i.url ? <a href={i.url}>{i.status ? t(`services.accessibility.${i.status}`) : t(`services.public.box.see.${i.key}`)}</a>
                  : i.status && t(`services.accessibility.${i.status}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
