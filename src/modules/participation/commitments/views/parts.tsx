// Pieces the commitment pages share: a calendar date in the reader's language, the status and overdue tags, the
// progress bar (an SVG bar with the figure as text beside it), and the origin as words with its link.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { CommitmentStatus, OriginType } from '../schema.js';
import type { CommitmentDetail } from '../queries.js';
import { formatters } from '../../../../core/i18n/index.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A 'YYYY-MM-DD' Chilean calendar date as words; formatted in UTC because the string already is the Santiago day. */
export function formatDay(ctx: ViewContext, day: string): string {
  let f = dayFormats.get(ctx.locale);
  if (!f) dayFormats.set(ctx.locale, f = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return f.format(new Date(`${day}T12:00:00Z`));
}

export const statusLabel = (ctx: ViewContext, s: CommitmentStatus) => ctx.t(`participation.commitment.status.${s}` as MessageKey);
export const originLabel = (ctx: ViewContext, o: OriginType) => ctx.t(`participation.commitment.origin.${o}` as MessageKey);

export function StatusTags({ ctx, status, overdue }: { ctx: ViewContext; status: CommitmentStatus; overdue: boolean }) {
  return <>
    <span class="tag">{statusLabel(ctx, status)}</span>
    {overdue && <> <strong class="tag">{ctx.t('participation.commitment.overdue')}</strong></>}
  </>;
}

/** One bar per row of a `dl.bars`: the name (and a line of detail), the bar (hidden from screen readers) and the percent as text. */
export function ProgressRow({ label, progress, detail }: { label: ComponentChildren; progress: number; detail?: string }) {
  return (
    <div class="bar-row">
      <dt>{label}{detail && <span class="cell-note">{detail}</span>}</dt>
      <dd>
        <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect width="100" height="10" fill="#e6e8eb" />
          <rect width={progress} height="10" fill="#1f5fa8" />
        </svg>
        <span class="bar-value">{progress} %</span>
      </dd>
    </div>
  );
}

/** A compact bar for cards: the figure as text above a full-width bar (hidden from screen readers). */
export function ProgressLine({ ctx, progress }: { ctx: ViewContext; progress: number }) {
  return (
    <p>
      {ctx.t('participation.commitment.progress')}: <strong>{progress} %</strong>
      <svg width="100%" height="8" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect width="100" height="8" fill="#e6e8eb" /><rect width={progress} height="8" fill="#1f5fa8" />
      </svg>
    </p>
  );
}

/** The origin in words, linked when it is a participation page of this installation. */
export function OriginText({ ctx, origin }: { ctx: ViewContext; origin: { originType: OriginType; originId: number | null; originRef: string | null } }) {
  const paths: Partial<Record<OriginType, string>> = { proposal: 'propuestas', vote: 'votaciones', consultation: 'consultas' };
  const label = originLabel(ctx, origin.originType);
  const segment = paths[origin.originType];
  if (segment && origin.originId) return <a href={`/participacion/${segment}/${origin.originId}`}>{label} #{origin.originId}</a>;
  if (origin.originRef) return <>{label} <code>{origin.originRef}</code></>;
  return <>{label}{origin.originId ? ` #${origin.originId}` : ''}</>;
}

/** The readable name of a stored document's media type ("PDF", "DOCX"…), for the evidence list. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'application/vnd.oasis.opendocument.text': 'ODT', 'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** A piece of evidence: its link, and for an uploaded document its file name, size and type, so the reader knows what they download. */
export function EvidenceItem({ ctx, e }: { ctx: ViewContext; e: CommitmentDetail['evidence'][number] }) {
  const kind = ctx.t(`participation.commitment.evidence.${e.kind}` as MessageKey);
  if (e.fileName === null) return <><a href={e.url} rel="noopener nofollow">{e.title}</a> ({kind})</>;
  const kb = formatters(ctx.locale).number.format(Math.max(1, Math.round(e.size! / 1024)));
  return <><a href={e.url} download={e.fileName}>{e.title}</a> ({ctx.t('participation.commitment.documentDetails', { name: e.fileName, size: kb, type: TYPE_NAMES[e.mediaType!] ?? e.mediaType! })})</>;
}
