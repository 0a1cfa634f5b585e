// One process: what it is about, where, its phases in order with the active one marked (dates in America/Santiago),
// and a link to each component its phases enable, saying whether it is open now.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { ProcessDetail } from '../queries.js';
import { activePhase, processState } from '../phases.js';
import { COMPONENTS, type Component } from '../schema.js';
import { componentPath, editProcessPath, OVERVIEW_PATH } from '../paths.js';
import { MODERATION_PATH } from '../../debate/views/moderation.js';
import { scopeLabel, spanLabel, stateLabel } from './list.js';
import { formatPhaseDate } from '../dates.js';

const componentLabel = (ctx: ViewContext, c: Component) => ctx.t(`participation.process.component.${c}` as MessageKey);

/** Paragraphs as the official wrote them (blank lines between), as text: never HTML from the database. */
export const Paragraphs = ({ text }: { text: string }) => <>{text.split(/\n\s*\n/).map((para) => <p>{para.trim()}</p>)}</>;

export function ProcessPage({ ctx, process: p, canEdit, follow }: { ctx: ViewContext; process: ProcessDetail; canEdit: boolean; follow?: ComponentChildren }) {
  const { t } = ctx;
  const now = new Date();
  const active = activePhase(p.phases, now);
  const offered = COMPONENTS.filter((c) => p.phases.some((ph) => ph.components.includes(c)));
  return (
    <Layout ctx={ctx} title={p.title} institution={{ slug: p.institutionSlug, name: p.institutionName }}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: OVERVIEW_PATH, label: t('participation.title') }, { label: p.title }]}>
      <h1>{p.title}</h1>
      <dl class="facts">
        <div><dt>{t('participation.process.institution')}</dt><dd><a href={`/instituciones/${p.institutionSlug}/participacion`}>{p.institutionName}</a></dd></div>
        <div><dt>{t('participation.process.scopeLabel')}</dt><dd>{scopeLabel(ctx, p)}</dd></div>
        <div><dt>{t('participation.process.state')}</dt><dd>{stateLabel(ctx, processState(p.phases, now))}</dd></div>
        <div><dt>{t('participation.process.phases')}</dt><dd>{spanLabel(ctx, p.startsAt, p.endsAt)}</dd></div>
      </dl>
      {follow}
      <Paragraphs text={p.description} />

      {offered.length > 0 && (
        <section aria-labelledby="take-part">
          <h2 id="take-part">{t('participation.process.take')}</h2>
          {!active && <p>{t('participation.process.nothingOpen')}</p>}
          <ul>
            {offered.map((c) => (
              <li><a href={componentPath(p.id, c)}>{componentLabel(ctx, c)}</a>{' '}
                <span class="tag">{t(active?.components.includes(c) ? 'participation.process.openNow' : 'participation.process.closedNow')}</span></li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="phases">
        <h2 id="phases">{t('participation.process.phases')}</h2>
        <ol class="phase-list">
          {p.phases.map((ph) => {
            const current = ph.id === active?.id;
            const status = current ? 'phaseNow' : ph.endsAt <= now ? 'phasePast' : 'phaseNext';
            return (
              <li class={current ? 'notice' : undefined} aria-current={current ? 'step' : undefined}>
                <h3>{ph.title} <span class="tag">{t(`participation.process.${status}`)}</span></h3>
                <p>{t('participation.process.phaseDates', { from: formatPhaseDate(ctx.locale, ph.startsAt), to: formatPhaseDate(ctx.locale, ph.endsAt) })}</p>
                <p>{ph.components.length
                  ? t('participation.process.enables', { components: ph.components.map((c) => componentLabel(ctx, c)).join(', ') })
                  : t('participation.process.enablesNothing')}</p>
                {ph.description && <Paragraphs text={ph.description} />}
              </li>
            );
          })}
        </ol>
      </section>

      <p>
        {canEdit && <><a class="button button-secondary" href={editProcessPath(p.id)}>{t('participation.process.edit')}</a>{' '}
          <a href={MODERATION_PATH}>{t('participation.process.moderation')}</a>{' · '}</>}
        <a href={`/api/v1/participation/processes/${p.id}`}>{t('participation.process.api')}</a>{' · '}
        <a href={`/auditoria?institution=${p.institutionSlug}&resource=participation_process`}>{t('participation.process.history')}</a>
      </p>
      <p class="hint">{t('participation.process.updatedAt', { date: formatPhaseDate(ctx.locale, p.updatedAt) })}</p>
    </Layout>
  );
}
