// …/transparencia/solicitudes: an institution's requests, newest first, as cards readable on a phone (subject,
// state and overdue flag, folio, dates), a GET filter (state, overdue), cursor pagination, and the CSV/JSON export
// of the same filtered list. Names only of requesters who chose to show them.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { REQUEST_STATES } from '../schema.js';
import type { presentRequestSummary } from '../present.js';
import { formatDay, requestCrumbs, StateTags, stateLabel, type InstitutionRef } from './parts.js';
import { requestPath, requestsPath } from './paths.js';

export interface ListQuery { state?: (typeof REQUEST_STATES)[number]; overdue?: 'true' | 'false'; q?: string; cursor?: string }

export function RequestListPage({ ctx, institution, filter, rows, next }: {
  ctx: ViewContext; institution: InstitutionRef; filter: ListQuery; rows: Array<ReturnType<typeof presentRequestSummary>>; next: string | null;
}) {
  const { t } = ctx;
  const any = { value: '', label: t('transparency.request.list.any') };
  return (
    <Layout ctx={ctx} title={`${t('transparency.request.list.crumb')} · ${institution.name}`} institution={institution}
      breadcrumbs={[...requestCrumbs(ctx, institution, false), { label: t('transparency.request.list.crumb') }]}>
      <h1>{t('transparency.request.list.crumb')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.request.list.lead')}</p>
      <p><a class="button button-primary" href={`${requestsPath(institution.slug)}/nueva`}>{t('transparency.request.file.title')}</a></p>
      <Form ctx={ctx} action={requestsPath(institution.slug)} method="get" class="filters">
        <Field name="q" type="search" label={t('transparency.request.list.search')} value={filter.q ?? ''} />
        <Select name="state" label={t('transparency.request.list.state')} value={filter.state ?? ''}
          options={[any, ...REQUEST_STATES.map((s) => ({ value: s, label: stateLabel(ctx, s) }))]} />
        <Select name="overdue" label={t('transparency.request.list.overdue')} value={filter.overdue ?? ''}
          options={[any, { value: 'true', label: t('transparency.request.list.onlyOverdue') }, { value: 'false', label: t('transparency.request.list.notOverdue') }]} />
        <Button variant="secondary">{t('transparency.request.list.filter')}</Button>
      </Form>
      <h2>{t('transparency.request.list.caption')}</h2>
      {rows.length === 0 ? <EmptyState>{t('transparency.request.list.none')}</EmptyState> : (
        <ol class="card-grid">
          {rows.map((r) => (
            <li class="card">
              <h3><a href={requestPath(institution.slug, r.folio)}>{r.subject}</a></h3>
              <p><StateTags ctx={ctx} state={r.state} overdue={r.overdue} /></p>
              <p class="hint">{t('transparency.request.list.cardFacts', { folio: r.folio, filed: formatters(ctx.locale).date.format(new Date(r.filedAt)) })}
                {r.effectiveDueOn && <><br />{t('transparency.request.list.due', { due: formatDay(ctx, r.effectiveDueOn) })}</>}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!filter.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}
