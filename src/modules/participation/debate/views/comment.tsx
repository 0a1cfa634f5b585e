// One comment of a thread, with its replies nested inside it (nested <article>s: HTML's model for comments on a post),
// its vote buttons and the links that open a reply, edit, report or moderation form under it (?responder=…#form):
// no JavaScript anywhere. A hidden comment keeps its place, and its replies, with a placeholder instead of its text.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { ThreadRow } from '../queries.js';
import { canComment, canEditComment } from '../rules.js';

export type PanelKind = 'reply' | 'edit' | 'report' | 'moderate';
export const PANEL_PARAMS: Record<PanelKind, string> = { reply: 'responder', edit: 'editar', report: 'denunciar', moderate: 'moderar' };
export const commentPath = (id: number, action: 'editar' | 'voto' | 'denuncia' | 'moderacion') => `/participacion/comentarios/${id}/${action}`;

export interface ThreadNode { row: ThreadRow; replies: ThreadNode[] }

/** Rows in display order (queries.ts) into trees; a reply whose parent the viewer does not get (held) is left out. */
export function buildThreads(rows: ThreadRow[]): ThreadNode[] {
  const byId = new Map<number, ThreadNode>();
  const roots: ThreadNode[] = [];
  for (const row of rows) {
    const node = { row, replies: [] };
    byId.set(row.id, node);
    if (row.parentId === null) roots.push(node);
    else byId.get(row.parentId)?.replies.push(node);
  }
  return roots;
}

/** The current page's URL with one panel open for a comment (and every other panel closed). */
export function panelLink(url: string, kind: PanelKind, id: number): string {
  const u = new URL(url, 'http://x');
  for (const p of Object.values(PANEL_PARAMS)) u.searchParams.delete(p);
  u.searchParams.set(PANEL_PARAMS[kind], String(id));
  return `${u.pathname}${u.search}#form`;
}

export interface CommentProps {
  ctx: ViewContext; node: ThreadNode; open: boolean; moderator: boolean; now: Date;
  /** The form to show under this comment, when its panel is open. */
  panel: (id: number) => ComponentChildren;
}

export function Comment({ ctx, node, open, moderator, now, panel }: CommentProps) {
  const { t } = ctx;
  const r = node.row;
  const { dateTime } = formatters(ctx.locale);
  const mine = ctx.actor?.personId === r.authorId;
  const signedIn = canComment(ctx.actor);
  const links: Array<[PanelKind, MessageKey]> = [];
  if (r.status === 'visible' && open && signedIn) links.push(['reply', 'participation.debate.reply']);
  if (open && canEditComment(ctx.actor, r, now)) links.push(['edit', 'participation.debate.edit']);
  if (r.status !== 'hidden' && signedIn && !mine && !r.alreadyReported) links.push(['report', 'participation.debate.report']);
  if (moderator) links.push(['moderate', 'participation.debate.moderate']);
  return (
    <article class="card" id={`c-${r.id}`} aria-labelledby={`c-${r.id}-h`}>
      {r.body === null ? (
        <p id={`c-${r.id}-h`}><em>{t('participation.debate.hiddenPlaceholder')}</em></p>
      ) : (
        <>
          <p id={`c-${r.id}-h`}>
            <strong>{r.authorName}</strong>{' · '}
            <time dateTime={r.createdAt.toISOString()}>{dateTime.format(r.createdAt)}</time>
            {r.editedAt && <> · {t('participation.debate.edited')}</>}{' '}
            <span class="tag">{t(`participation.debate.alignment.${r.alignment}`)}</span>
            {r.status === 'held' && <> <span class="tag">{t('participation.debate.held')}</span></>}
          </p>
          {r.body.split(/\n{2,}/).map((para) => <p>{para}</p>)}
          <Votes ctx={ctx} row={r} can={open && signedIn && !mine && r.status === 'visible'} />
        </>
      )}
      {links.length > 0 && (
        <p>{links.map(([kind, key], i) => <>{i > 0 && ' · '}<a href={panelLink(ctx.url, kind, r.id)}>{t(key)}</a></>)}</p>
      )}
      {panel(r.id)}
      {node.replies.map((child) => <Comment ctx={ctx} node={child} open={open} moderator={moderator} now={now} panel={panel} />)}
    </article>
  );
}

/** Up and down buttons (each a one-field form); pressing the one already chosen withdraws the vote. */
function Votes({ ctx, row, can }: { ctx: ViewContext; row: ThreadRow; can: boolean }) {
  const { t } = ctx;
  const counts = t('participation.debate.votes', { up: row.upvotes, down: row.downvotes });
  if (!can) return <p>{counts}</p>;
  const button = (value: 1 | -1, key: MessageKey, symbol: string, n: number) => {
    const pressed = Number(row.myVote) === value;
    return (
      <form method="post" action={commentPath(row.id, 'voto')} class="inline-form">
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <input type="hidden" name="value" value={pressed ? '0' : String(value)} />
        <button type="submit" class="button button-secondary" aria-pressed={pressed ? 'true' : 'false'} aria-label={t(key, { n })}>{symbol} {n}</button>
      </form>
    );
  };
  return <p>{button(1, 'participation.debate.voteUp', '▲', row.upvotes)} {button(-1, 'participation.debate.voteDown', '▼', row.downvotes)}</p>;
}
