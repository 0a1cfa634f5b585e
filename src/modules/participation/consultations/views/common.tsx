// Pieces shared by the consultation pages: paths, breadcrumbs and the dates line.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { ConsultationRow } from '../queries.js';

export const consultationPath = (id: number) => `/participacion/consultas/${id}`;
export const processConsultationsPath = (processId: number) => `/participacion/procesos/${processId}/consultas`;

export function consultationCrumbs(ctx: ViewContext, c: { id: number; title: string; processId: number; processTitle: string }, last?: string): Crumb[] {
  return [
    { href: '/', label: ctx.t('nav.home') },
    { href: '/participacion', label: ctx.t('participation.consultation.participation') },
    { href: `/participacion/procesos/${c.processId}`, label: c.processTitle },
    ...(last ? [{ href: consultationPath(c.id), label: c.title }, { label: last }] : [{ label: c.title }]),
  ];
}

export const when = (ctx: ViewContext, d: Date) => <time dateTime={d.toISOString()}>{formatters(ctx.locale).dateTime.format(d)}</time>;

export function Dates({ ctx, c }: { ctx: ViewContext; c: Pick<ConsultationRow, 'opensAt' | 'closesAt' | 'resultsAt' | 'respondents'> }) {
  const { t } = ctx;
  return (
    <dl class="facts">
      <div><dt>{t('participation.consultation.opens')}</dt><dd>{when(ctx, c.opensAt)}</dd></div>
      <div><dt>{t('participation.consultation.closes')}</dt><dd>{when(ctx, c.closesAt)}</dd></div>
      <div><dt>{t('participation.consultation.results')}</dt><dd>{when(ctx, c.resultsAt)}</dd></div>
      <div><dt>{t('participation.consultation.who')}</dt><dd>{t(`participation.consultation.who.${c.respondents}`)}</dd></div>
    </dl>
  );
}
