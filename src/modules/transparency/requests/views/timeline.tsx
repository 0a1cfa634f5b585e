// The public timeline of a request (Ley 19.880 art. 16, publicity of the procedure): each event with its date, who
// wrote it — "Solicitante" unless the requester chose to show their name, the institution for its officials, the
// clock for what the calendar did — and the public part of its data. Internal notes never reach this list.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { RequestEvent } from '../events.js';
import { formatDay, formatInstant } from './parts.js';

/** officialName: set only for the institution's own officials' view (the workspace), who see which colleague acted. */
export interface TimelineEvent { id: number; kind: RequestEvent['kind']; data: Record<string, unknown>; author: RequestEvent['author']; at: Date; public: boolean; officialName?: string | null }

export function authorLabel(ctx: ViewContext, e: Pick<TimelineEvent, 'author' | 'officialName'>, who: { requesterName: string | null; institutionName: string }) {
  if (e.author === 'requester') return who.requesterName ?? ctx.t('transparency.request.requester');
  if (e.author === 'official') return e.officialName ? `${who.institutionName} (${e.officialName})` : who.institutionName;
  return ctx.t('transparency.request.timeline.system');
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What an event says beyond its label: reasons, the body it went to, the decision, the comment. */
function EventDetail({ ctx, e }: { ctx: ViewContext; e: TimelineEvent }) {
  const { t } = ctx;
  const d = e.data;
  switch (e.kind) {
    case 'correction_requested': case 'extended': case 'withdrawn': case 'third_party_opposed':
      return d.reasons ? <p>{str(d.reasons)}</p> : null;
    case 'corrected': case 'comment': case 'note':
      return <p>{str(d.text)}</p>;
    case 'transferred':
      return <p>{t('transparency.request.timeline.transferredTo', { body: str(d.toBody) })} {str(d.reasons)}</p>;
    case 'third_party_notified':
      return <p>{str(d.label)}</p>;
    case 'council_decided':
      return <p>{t(d.deliveryAllowed ? 'transparency.request.timeline.councilAllowed' : 'transparency.request.timeline.councilUpheld')}</p>;
    case 'answered':
      return <p>{t(`transparency.request.answer.kind.${str(d.kind)}` as MessageKey)}</p>;
    case 'satisfaction':
      return <p>{t(d.satisfied ? 'transparency.request.timeline.satisfied' : 'transparency.request.timeline.unsatisfied')}{d.text ? `: ${str(d.text)}` : ''}</p>;
    case 'deadline_recomputed': {
      const before = (d.before ?? {}) as Record<string, string | null>;
      const after = (d.after ?? {}) as Record<string, string | null>;
      return <p>{str(d.reason)}{before.dueOn && after.dueOn && before.dueOn !== after.dueOn
        ? ` ${t('transparency.request.timeline.dueMoved', { before: formatDay(ctx, before.dueOn), after: formatDay(ctx, after.dueOn) })}` : ''}</p>;
    }
    default:
      return null;
  }
}

export function Timeline({ ctx, events, who }: {
  ctx: ViewContext; events: TimelineEvent[]; who: { requesterName: string | null; institutionName: string };
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('transparency.request.timeline.title')}</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li id={`evento-${e.id}`}>
            <strong>{t(`transparency.request.event.${e.kind}` as MessageKey)}</strong>
            {!e.public && <> <span class="tag">{t('transparency.request.timeline.internal')}</span></>}
            <br /><span class="hint">{formatInstant(ctx, e.at)} · {authorLabel(ctx, e, who)}</span>
            <EventDetail ctx={ctx} e={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}
