// What the reviews pages and the service page's section share: the next review (due date with its provenance, the
// overdue flag, or why none is due), the indicator table as the committee saw it, and one past review.
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatDay } from '../../registry/views/parts.js';
import { formatMonth, formatValue } from '../../impact/views/format.js';
import type { IndicatorUnit } from '../../impact/schema.js';
import type { EvidenceIndicator } from '../schema.js';
import type { ReviewSchedule } from '../schedule.js';
import { daysBetween, type ReviewRow } from '../queries.js';

/** Overdue, said in words with an icon (WCAG 1.4.1: colour is never the only cue). */
export const OverdueMark = ({ ctx, text }: { ctx: ViewContext; text?: string }) => (
  <strong class="tag svc-review-overdue"><span aria-hidden="true">⚠ </span>{text ?? ctx.t('services.reviews.overdueShort')}</strong>
);

function overdueText(ctx: ViewContext, dueOn: string, today: string) {
  const days = daysBetween(dueOn, today);
  return days === 1 ? ctx.t('services.reviews.overdueOne', { date: formatDay(ctx, dueOn) }) : ctx.t('services.reviews.overdue', { date: formatDay(ctx, dueOn), days });
}

export function ScheduleNotice({ ctx, schedule, today, institution }: { ctx: ViewContext; schedule: ReviewSchedule; today: string; institution: string }) {
  const { t } = ctx;
  if (!schedule.due) {
    return <p>{schedule.reason === 'not_incubating' ? t('services.reviews.none.not_incubating', { phase: t(`services.phase.${schedule.phase}`) }) : t('services.reviews.none.no_phases')}</p>;
  }
  const overdue = today > schedule.dueOn;
  return (
    <div class={overdue ? 'svc-review-next svc-review-next-overdue' : 'svc-review-next'}>
      {overdue
        ? <p><OverdueMark ctx={ctx} text={overdueText(ctx, schedule.dueOn, today)} /></p>
        : <p><strong>{t('services.reviews.next.due', { date: formatDay(ctx, schedule.dueOn) })}</strong></p>}
      <p class="hint">{t(`services.reviews.next.from.${schedule.from}`, { date: formatDay(ctx, schedule.fromDate) })}</p>
      {schedule.moved.length > 0 && <>
        <p class="hint">{t('services.reviews.next.moved', { date: formatDay(ctx, schedule.nominalOn), institution })}</p>
        <ul class="hint">{schedule.moved.map((m) => <li>{formatDay(ctx, m.date)}: {m.reason === 'holiday' ? m.name : t('services.reviews.next.weekend')}</li>)}</ul>
      </>}
    </div>
  );
}

/** Whether the value meets its target, in the indicator's direction (up: at least the target; down: at most). */
const meetsTarget = (i: EvidenceIndicator) => (i.value === null || i.target === null ? null : i.direction === 'up' ? i.value >= i.target : i.value <= i.target);

export function EvidenceTable({ ctx, indicators, month, live }: { ctx: ViewContext; indicators: EvidenceIndicator[]; month: string; live?: boolean }) {
  const { t, locale } = ctx;
  if (indicators.length === 0) return <p class="empty-state">{t('services.reviews.indicators.empty')}</p>;
  const value = (i: EvidenceIndicator, v: number | null) => (v === null ? t('services.notAvailable') : formatValue(t, locale, i.unit as IndicatorUnit, v));
  return (
    <Table ctx={ctx} caption={t(live ? 'services.reviews.indicators.captionLive' : 'services.reviews.indicators.caption', { month: formatMonth(locale, month) })} rows={indicators} columns={[
      { header: t('services.reviews.indicators.name'), rowHeader: true,
        cell: (i) => <>{i.name}<span class="cell-note">{t(`services.reviews.indicators.${i.direction}`)}</span></> },
      { header: t('services.reviews.indicators.value'), numeric: true,
        cell: (i) => <>{value(i, i.value)}{i.month && <span class="cell-note">{formatMonth(locale, i.month)}</span>}</> },
      { header: t('services.reviews.indicators.target'), numeric: true, cell: (i) => value(i, i.target) },
      { header: t('services.reviews.indicators.status'), cell: (i) => {
        const met = meetsTarget(i);
        return met === null ? t('services.reviews.indicators.noTarget') : t(met ? 'services.reviews.indicators.met' : 'services.reviews.indicators.notMet');
      } },
    ]} />
  );
}

export function ReviewArticle({ ctx, review: r }: { ctx: ViewContext; review: ReviewRow }) {
  const { t } = ctx;
  const late = daysBetween(r.dueOn, r.heldOn);
  const id = `revision-${r.id}`;
  return (
    <article class="svc-review" aria-labelledby={id}>
      <h3 id={id}>{t('services.reviews.review.heading', { date: formatDay(ctx, r.heldOn), decision: t(`services.decision.${r.decision}`) })}</h3>
      <dl class="svc-review-facts">
        <dt>{t('services.reviews.review.dueOn')}</dt><dd>{formatDay(ctx, r.dueOn)}</dd>
        <dt>{t('services.reviews.review.heldOn')}</dt>
        <dd>{formatDay(ctx, r.heldOn)} <span class="cell-note">{late === 1 ? t('services.reviews.review.lateOne') : late > 1 ? t('services.reviews.review.late', { days: late }) : t('services.reviews.review.onTime')}</span></dd>
        <dt>{t('services.reviews.review.phase')}</dt><dd>{t(`services.phase.${r.phase}`)}</dd>
        <dt>{t('services.reviews.review.decision')}</dt><dd><strong class={`svc-decision svc-decision-${r.decision}`}>{t(`services.decision.${r.decision}`)}</strong></dd>
      </dl>
      {r.nationalImpact && <p class="svc-review-national"><span aria-hidden="true">★ </span>{t('services.reviews.review.nationalImpact')}</p>}
      <h4>{t('services.reviews.review.reasons')}</h4>
      <p class="svc-review-text">{r.reasons}</p>
      <h4>{t('services.reviews.review.evidence')}</h4>
      <p class="svc-review-text">{r.evidence}</p>
      <EvidenceTable ctx={ctx} indicators={r.indicators} month={r.heldOn.slice(0, 7)} />
    </article>
  );
}
