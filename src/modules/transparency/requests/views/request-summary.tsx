// What the public page, the requester's private page and the officials' workspace all show of a request: its state
// and overdue flag, the information asked for, the dates with how they were computed, the answer with its published
// documents, the appeal window and the timeline. Each page adds its own forms around it.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import type { ClockResult } from '../clock.js';
import type { RequestState } from '../schema.js';
import { AnswerSection, AppealWindow, type AnswerData } from './answer.js';
import { ClockDetails, ClockFacts } from './clock-details.js';
import { StateTags } from './parts.js';
import { requestPath } from './paths.js';
import { Timeline, type TimelineEvent } from './timeline.js';

/** A request as the pages show it; requesterName is null when it must not be shown to this reader. */
export interface RequestView {
  id: number;
  institution: { id: number; slug: string; name: string };
  folio: string;
  subject: string;
  body: string;
  state: RequestState;
  filedAt: Date;
  clock: ClockResult;
  overdue: boolean;
  requesterName: string | null;
  /** The requester chose to show their name in public. */
  showName: boolean;
  answer: AnswerData | null;
  satisfied: boolean | null;
  events: TimelineEvent[];
  /** Art. 13: the requests this one became on institutions of this installation. */
  transfers: Array<{ slug: string; name: string; folio: string }>;
}

export function RequestSummary({ ctx, r, today, documents, children }: {
  ctx: ViewContext; r: RequestView; today: string; documents?: ComponentChildren; children?: ComponentChildren;
}) {
  const { t } = ctx;
  return <>
    <p><StateTags ctx={ctx} state={r.state} overdue={r.overdue} /></p>
    <ClockFacts ctx={ctx} clock={r.clock} filedAt={r.filedAt} />
    <ClockDetails ctx={ctx} clock={r.clock} />
    <h2>{t('transparency.request.page.asked')}</h2>
    <p class="hint">{t('transparency.request.page.askedBy', { name: r.requesterName ?? t('transparency.request.requester') })}</p>
    {r.body.split(/\n\s*\n/).filter(Boolean).map((para) => <p>{para}</p>)}
    {r.transfers.length > 0 && <p class="notice">{r.transfers.map((x) => <>{t('transparency.request.page.transferredTo', { institution: x.name })}{' '}
      <a href={requestPath(x.slug, x.folio)}>{x.folio}</a></>)}</p>}
    {r.answer && <AnswerSection ctx={ctx} answer={r.answer} late={r.clock.answeredLate} />}
    {documents}
    <AppealWindow ctx={ctx} appeal={r.clock.appeal} today={today} />
    {children}
    <Timeline ctx={ctx} events={r.events} who={{ requesterName: r.requesterName, institutionName: r.institution.name }} />
  </>;
}
