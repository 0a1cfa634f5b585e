// …/transparencia/bandeja: the officials' inbox — open requests, the most urgent deadline first, flagged overdue or
// due soon (within DUE_SOON_DAYS business days), filtered by text, state, overdue and due soon; each opens its workspace.
// The folio keeps its hyphen unbroken (U+2011) so a narrow column does not split it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Form, Select } from '../../../../core/views/components/form.js';
import { Pagination, Table } from '../../../../core/views/components/table.js';
import type { InboxRow } from '../queries.js';
import { formatDay, requestCrumbs, StateTags, stateLabel, type InstitutionRef } from './parts.js';
import { inboxPath, workspacePath } from './paths.js';

export const DUE_SOON_DAYS = 5;
export interface InboxQuery { state?: 'received' | 'in_progress' | 'awaiting_correction'; overdue?: 'true' | 'false'; pronto?: 'true'; q?: string; cursor?: string }

export function InboxPage({ ctx, institution, filter, rows, next, dueBy }: {
  ctx: ViewContext; institution: InstitutionRef; filter: InboxQuery; rows: InboxRow[]; next: string | null; dueBy: string;
}) {
  const { t } = ctx;
  const any = { value: '', label: t('transparency.request.list.any') };
  return (
    <Layout ctx={ctx} title={`${t('transparency.request.inbox.title')} · ${institution.name}`} institution={institution}
      breadcrumbs={[...requestCrumbs(ctx, institution), { label: t('transparency.request.inbox.title') }]}>
      <h1>{t('transparency.request.inbox.title')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.request.inbox.lead', { days: DUE_SOON_DAYS })}</p>
      <Form ctx={ctx} action={inboxPath(institution.slug)} method="get" class="filters">
        <Field name="q" type="search" label={t('transparency.request.inbox.search')} value={filter.q} />
        <Select name="state" label={t('transparency.request.list.state')} value={filter.state ?? ''}
          options={[any, ...(['received', 'in_progress', 'awaiting_correction'] as const).map((s) => ({ value: s, label: stateLabel(ctx, s) }))]} />
        <Select name="overdue" label={t('transparency.request.list.overdue')} value={filter.overdue ?? ''}
          options={[any, { value: 'true', label: t('transparency.request.list.onlyOverdue') }, { value: 'false', label: t('transparency.request.list.notOverdue') }]} />
        <Select name="pronto" label={t('transparency.request.inbox.dueSoon')} value={filter.pronto ?? ''}
          options={[any, { value: 'true', label: t('transparency.request.inbox.onlyDueSoon', { days: DUE_SOON_DAYS }) }]} />
        <Button variant="secondary">{t('transparency.request.list.filter')}</Button>
      </Form>
      <Table ctx={ctx} caption={t('transparency.request.inbox.caption')} rows={rows} columns={[
        { header: t('transparency.request.list.folio'), rowHeader: true, cell: (r) => <a href={workspacePath(institution.slug, r.folio)}>{r.folio.replace('-', '\u2011')}</a> },
        { header: t('transparency.request.form.subject'), cell: (r) => r.subject },
        { header: t('transparency.request.list.state'), cell: (r) => <StateTags ctx={ctx} state={r.state} overdue={r.overdue} /> },
        { header: t('transparency.request.inbox.deadline'), cell: (r) => (r.deadline.startsWith('9999') ? '—' : <>
          {formatDay(ctx, r.deadline)}{!r.overdue && r.deadline <= dueBy && <> <strong class="tag">{t('transparency.request.inbox.soon')}</strong></>}</>) },
        { header: t('transparency.request.requester'), cell: (r) => r.requesterName },
      ]} />
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!filter.cursor} />
    </Layout>
  );
}
