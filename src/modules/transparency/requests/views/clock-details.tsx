// The deadline and how it was computed (DESIGN.md convention 3): the dates in force, and in a <details> the receipt,
// the 20 business days, the extension, the suspended days and the correction window, each with the days it skipped
// and why (weekend, or the holiday's name and law). Alaveteli could not show this; here anyone can check the count.
import type { ViewContext } from '../../../../core/views/context.js';
import type { SkippedDay } from '../../../../core/calendar/index.js';
import type { ClockResult } from '../clock.js';
import { ANSWER_DAYS, CORRECTION_DAYS, EXTENSION_DAYS } from '../clock.js';
import { formatDay, formatInstant } from './parts.js';

function Skipped({ ctx, days }: { ctx: ViewContext; days: SkippedDay[] }) {
  const { t } = ctx;
  if (days.length === 0) return <p>{t('transparency.request.clock.noneSkipped')}</p>;
  const holidays = days.filter((d) => d.reason === 'holiday');
  const weekends = days.length - holidays.length;
  return <>
    <p>{t('transparency.request.clock.skippedCount', { weekends, holidays: holidays.length })}</p>
    {holidays.length > 0 && <ul>{holidays.map((d) => (
      <li>{formatDay(ctx, d.date)}: {d.name}{d.law ? ` (${d.law})` : ''}</li>
    ))}</ul>}
  </>;
}

/** The dates as a `dl.facts`: received, due, extended due, and the correction window while it runs. */
export function ClockFacts({ ctx, clock, filedAt }: { ctx: ViewContext; clock: ClockResult; filedAt: Date }) {
  const { t } = ctx;
  const fact = (label: string, value: string) => <div><dt>{label}</dt><dd>{value}</dd></div>;
  return (
    <dl class="facts">
      {fact(t('transparency.request.clock.filedAt'), formatInstant(ctx, filedAt))}
      {fact(t('transparency.request.clock.receivedOn'), formatDay(ctx, clock.receivedOn))}
      {clock.dueOn && fact(t('transparency.request.clock.dueOn'), formatDay(ctx, clock.dueOn))}
      {clock.extendedDueOn && fact(t('transparency.request.clock.extendedDueOn'), formatDay(ctx, clock.extendedDueOn))}
      {clock.correction && !clock.dueOn && fact(t('transparency.request.clock.correctionDueOn'), formatDay(ctx, clock.correction.dueOn))}
      {clock.answeredOn && fact(t('transparency.request.clock.answeredOn'), formatDay(ctx, clock.answeredOn))}
    </dl>
  );
}

export function ClockDetails({ ctx, clock }: { ctx: ViewContext; clock: ClockResult }) {
  const { t } = ctx;
  return (
    <details>
      <summary>{t('transparency.request.clock.how')}</summary>
      <h3>{t('transparency.request.clock.receiptTitle')}</h3>
      <p>{clock.receivedFrom === 'corrected' ? t('transparency.request.clock.receivedFromCorrection', { on: formatDay(ctx, clock.receivedOn) })
        : clock.receiptSkipped.length > 0 ? t('transparency.request.clock.receiptMoved', { filed: formatDay(ctx, clock.filedOn), on: formatDay(ctx, clock.receivedOn) })
          : t('transparency.request.clock.receiptSameDay', { on: formatDay(ctx, clock.receivedOn) })}</p>
      {clock.receiptSkipped.length > 0 && <Skipped ctx={ctx} days={clock.receiptSkipped} />}
      {clock.dueOn ? <>
        <h3>{t('transparency.request.clock.dueTitle', { days: ANSWER_DAYS })}</h3>
        <p>{t('transparency.request.clock.dueRule', { days: ANSWER_DAYS, from: formatDay(ctx, clock.receivedOn), due: formatDay(ctx, clock.dueOn) })}</p>
        <Skipped ctx={ctx} days={clock.dueSkipped} />
      </> : <p>{t('transparency.request.clock.notRunning')}</p>}
      {clock.extendedDueOn && <>
        <h3>{t('transparency.request.clock.extensionTitle', { days: EXTENSION_DAYS })}</h3>
        <p>{t('transparency.request.clock.extensionRule', { days: EXTENSION_DAYS, due: formatDay(ctx, clock.extendedDueOn) })}</p>
        <Skipped ctx={ctx} days={clock.extensionSkipped} />
      </>}
      {clock.suspendedDays.length > 0 && <>
        <h3>{t('transparency.request.clock.suspendedTitle')}</h3>
        <p>{t('transparency.request.clock.suspendedRule', { days: clock.suspendedDays.length })}</p>
        <ul>{clock.suspendedDays.map((d) => <li>{formatDay(ctx, d)}</li>)}</ul>
      </>}
      {clock.correction && <>
        <h3>{t('transparency.request.clock.correctionTitle', { days: CORRECTION_DAYS })}</h3>
        <p>{t('transparency.request.clock.correctionRule', { days: CORRECTION_DAYS, asked: formatDay(ctx, clock.correction.requestedOn), due: formatDay(ctx, clock.correction.dueOn) })}</p>
        <Skipped ctx={ctx} days={clock.correction.skipped} />
      </>}
      <p class="hint">{t('transparency.request.clock.law')}</p>
    </details>
  );
}
