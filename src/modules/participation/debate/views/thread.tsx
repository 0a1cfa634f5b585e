// The debate page of a process, consultation or proposal: where debate stands (open until / closed on), the
// alignment summary, the sort tabs, the form for a new comment, a page of threads and the pagination and downloads.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { subjectPath } from '../../notifications/subjects.js';
import type { AlignmentSummary, Sort, ThreadRow } from '../queries.js';
import { SORTS } from '../queries.js';
import { canComment } from '../rules.js';
import { debatePath, type Target } from '../target.js';
import { buildThreads, Comment, type PanelKind } from './comment.js';
import { CommentForm, EditForm, ModerationForm, ReportForm, type FormState } from './forms.js';

export interface DebatePageProps {
  ctx: ViewContext; target: Target; summary: AlignmentSummary; rows: ThreadRow[]; next: string | null; sort: Sort; firstPage: boolean;
  moderator: boolean; now: Date;
  /** The form open under a comment, if any; otherwise the new-comment form's state. */
  panel: { kind: PanelKind; commentId: number } | null;
  form: FormState;
}

export function DebatePage(p: DebatePageProps) {
  const { ctx, target } = p;
  const { t } = ctx;
  const base = debatePath(target.type, target.id);
  const { dateTime } = formatters(ctx.locale);
  const title = t('participation.debate.title', { title: target.title });
  const panelFor = (id: number) => {
    if (!p.panel || p.panel.commentId !== id) return null;
    const row = p.rows.find((r) => r.id === id)!;
    if (p.panel.kind === 'reply') return <CommentForm ctx={ctx} action={base} parentId={id} state={p.form} heading={t('participation.debate.replyHeading', { name: row.authorName ?? '' })} />;
    if (p.panel.kind === 'edit') return <EditForm ctx={ctx} id={id} state={p.form} />;
    if (p.panel.kind === 'report') return <ReportForm ctx={ctx} id={id} state={p.form} />;
    return <ModerationForm ctx={ctx} id={id} status={row.status} state={p.form} />;
  };
  const sortLink = (s: Sort) => `${base}?orden=${s}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[
      { href: '/participacion', label: t('participation.title') },
      { href: subjectPath(target.type, target.id), label: target.title },
      { label: t('participation.debate.crumb') },
    ]}>
      <h1>{title}</h1>
      <p class="notice">{target.open
        ? t('participation.debate.openUntil', { date: dateTime.format(target.closedAt!) })
        : target.closedAt ? t('participation.debate.closedOn', { date: dateTime.format(target.closedAt) }) : t('participation.debate.notOpen')}</p>
      <section aria-labelledby="summary-h">
        <h2 id="summary-h">{t('participation.debate.summary', { total: p.summary.total })}</h2>
        <ul class="facts">
          <li><span class="tag">{t('participation.debate.alignment.for')}</span> {p.summary.for}</li>
          <li><span class="tag">{t('participation.debate.alignment.against')}</span> {p.summary.against}</li>
          <li><span class="tag">{t('participation.debate.alignment.neutral')}</span> {p.summary.neutral}</li>
        </ul>
      </section>
      {!p.panel && target.open && (canComment(ctx.actor)
        ? <CommentForm ctx={ctx} action={base} state={p.form} heading={t('participation.debate.newHeading')} />
        : <p>{ctx.actor ? t('participation.debate.confirmEmail') : <a href={`/ingresar?next=${encodeURIComponent(base)}`}>{t('participation.debate.signIn')}</a>}</p>)}
      {p.panel && target.open && <p><a href={`${base}#form`}>{t('participation.debate.newHeading')}</a></p>}
      <h2>{t('participation.debate.comments')}</h2>
      <nav class="tabs" aria-label={t('participation.debate.sortLabel')}>
        <ul>{SORTS.map((s) => <li>{s === p.sort ? <span aria-current="true">{t(`participation.debate.sort.${s}`)}</span> : <a href={sortLink(s)}>{t(`participation.debate.sort.${s}`)}</a>}</li>)}</ul>
      </nav>
      {p.rows.length === 0 && <EmptyState>{t('participation.debate.none')}</EmptyState>}
      {buildThreads(p.rows).map((node) => <Comment ctx={ctx} node={node} open={target.open} moderator={p.moderator} now={p.now} panel={panelFor} />)}
      <Pagination ctx={ctx} baseUrl={sortLink(p.sort)} nextCursor={p.next} isFirstPage={p.firstPage} />
      <ExportLinks ctx={ctx} baseUrl={`/api/v1/participation/comments/export?targetType=${target.type}&targetId=${target.id}`} />
    </Layout>
  );
}
