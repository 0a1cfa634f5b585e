// /observatorio/paneles/{slug} — a panel or webinar: when (written out in Chile's time, with <time datetime> in UTC),
// how long, who speaks, the description, and afterwards the video and the summary note; stewards get the edit link.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { PanelRow } from '../queries.js';
import { panelUrl } from '../present.js';
import { Markdown, PanelTime, SectionLinks, crumbs } from './parts.js';

export function PanelPage({ ctx, panel: p, now, canEdit }: { ctx: ViewContext; panel: PanelRow; now: Date; canEdit: boolean }) {
  const { t } = ctx;
  const over = p.startsAt.getTime() + p.durationMinutes * 60_000 < now.getTime();
  return (
    <Layout ctx={ctx} title={p.title} breadcrumbs={crumbs(ctx, 'panels', p.title)}>
      <article class="obs-panel">
        <p class="obs-entry-meta"><span class="tag">{over ? t('observatory.panel.wasHeld') : t('observatory.panel.comingUp')}</span></p>
        <h1>{p.title}</h1>
        <dl class="obs-facts">
          <dt>{t('observatory.panel.whenLabel')}</dt><dd><PanelTime ctx={ctx} startsAt={p.startsAt} durationMinutes={p.durationMinutes} /></dd>
          <dt>{t('observatory.panel.durationLabel')}</dt><dd>{t('observatory.panel.minutes', { n: p.durationMinutes })}</dd>
          <dt>{t('observatory.panel.video')}</dt>
          <dd>{p.videoUrl ? <a href={p.videoUrl} rel="noopener noreferrer">{t('observatory.panel.watchVideo')}</a> : over ? t('observatory.panel.noVideo') : t('observatory.panel.videoLater')}</dd>
        </dl>
        <h2>{t('observatory.panel.speakers')}</h2>
        <ul class="obs-speakers">{p.speakers.map((s) => <li><strong>{s.name}</strong>{s.affiliation && <>, {s.affiliation}</>}</li>)}</ul>
        <h2>{t('observatory.panel.description')}</h2>
        <Markdown text={p.description} />
        {p.summary && <>
          <h2 id="resumen">{t('observatory.panel.summary')}</h2>
          <Markdown text={p.summary} />
        </>}
      </article>
      {canEdit && <p><a class="button button-secondary" href={`${panelUrl(p.slug)}/editar`}>{over ? t('observatory.panel.addAfter') : t('observatory.panel.edit')}</a></p>}
      <SectionLinks ctx={ctx} current="panels" />
    </Layout>
  );
}
