// The impact area's part of the public service page (/servicios/{slug}, public/): each indicator's latest value, its
// month and the target it is heading for, and the link to the stats page; null when the service defines none (the
// transparency box then says the impact measurement is "no disponible").
import type { ComponentChildren } from 'preact';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { ServiceRecord } from '../registry/queries.js';
import { reportsOf } from './service.js';
import { statsPath } from './present.js';
import { formatMonth, formatValue } from './views/format.js';

export async function loadImpactSection(db: DbOrTx, service: ServiceRecord, ctx: ViewContext): Promise<ComponentChildren> {
  const reports = await reportsOf(db, service.id);
  if (reports.length === 0) return null;
  const { t, locale } = ctx;
  return (
    <section class="svc-section svc-impact" aria-labelledby="svc-impact-h">
      <h2 id="svc-impact-h">{t('services.impact.section.title')}</h2>
      <ul class="svc-impact-headlines">
        {reports.map(({ indicator: i, headline, targets }) => {
          const next = headline ? targets.find((x) => x.month >= headline.month) : targets[0];
          return (
            <li>
              <span class="svc-impact-headline-name">{i.name}:</span>{' '}
              {headline
                ? <><strong>{formatValue(t, locale, i.unit, headline.value)}</strong> <span class="svc-impact-muted">({formatMonth(locale, headline.month)})</span></>
                : <span class="svc-impact-muted">{t('services.impact.stats.noValues')}</span>}
              {next && <span class="svc-impact-muted"> · {t('services.impact.stats.targetBy', { value: formatValue(t, locale, i.unit, next.value), month: formatMonth(locale, next.month) })}</span>}
            </li>
          );
        })}
      </ul>
      <p><a href={statsPath(service.slug)}>{t('services.impact.section.link')}</a></p>
    </section>
  );
}
