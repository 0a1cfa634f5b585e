// The audit log page: what the log is, filters, the entries newest first, pagination and export links.
import type { ViewContext } from '../views/context.js';
import { Layout } from '../views/layout.js';
import { ExportLinks, Pagination, Table } from '../views/components/table.js';
import { Button, ErrorSummary, Field, type FieldErrors } from '../views/components/form.js';
import { formatters } from '../i18n/index.js';
import { canReadPrivateAudit } from '../policy.js';
import type { InstitutionDetail } from '../tenancy/queries.js';
import type { AuditRow } from './queries.js';
import type { AuditQuery } from './routes.js';

/** The command line and the system are named in the reader's language; people by the name they had then. */
function actorName(ctx: ViewContext, label: string) {
  if (label === 'cli') return ctx.t('audit.actor.cli');
  if (label === 'system') return ctx.t('audit.actor.system');
  return label;
}

/** "key: value" pairs on one line; nested values as JSON, as in the exports. */
function Summary({ summary }: { summary: Record<string, unknown> }) {
  const entries = Object.entries(summary);
  if (entries.length === 0) return <>—</>;
  return (
    <>
      {entries.map(([key, value], i) => (
        <>{i > 0 && ' · '}<code>{key}</code>: {typeof value === 'string' ? value : JSON.stringify(value)}</>
      ))}
    </>
  );
}

export function AuditLogPage({ ctx, query, items, next, errors, institution }: {
  ctx: ViewContext; query: AuditQuery; items: AuditRow[]; next: string | null; errors?: FieldErrors; institution: InstitutionDetail | null;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const title = institution ? t('audit.titleFor', { institution: institution.name }) : t('audit.title');
  return (
    <Layout ctx={ctx} title={title} institution={institution ?? undefined}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('audit.title') }]}>
      <h1>{title}</h1>
      <p class="lead">{t('audit.lead')}</p>
      <p>{t('audit.chain')} {t('audit.privateNote')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action="/auditoria" class="filters" role="search" aria-label={t('audit.filters')}>
        <Field name="institution" label={t('audit.institution')} hint={t('audit.institutionHint')} value={query.institution} error={errors?.institution} />
        <Field name="action" label={t('audit.action')} hint={t('audit.actionHint')} value={query.action} />
        <Field name="resource" label={t('audit.resourceType')} hint={t('audit.resourceTypeHint')} value={query.resource} />
        <Field name="from" label={t('audit.from')} hint={t('audit.dateHint')} value={query.from} error={errors?.from} inputmode="numeric" />
        <Field name="to" label={t('audit.to')} hint={t('audit.dateHint')} value={query.to} error={errors?.to} inputmode="numeric" />
        {canReadPrivateAudit(ctx.actor) && (
          <div class="field">
            <input id="f-include" type="checkbox" name="include" value="private" checked={query.include === 'private'} />{' '}
            <label for="f-include">{t('audit.includePrivate')}</label>
          </div>
        )}
        <Button>{t('audit.apply')}</Button>
        <a href="/auditoria">{t('audit.clear')}</a>
      </form>
      <Table
        ctx={ctx}
        caption={t('audit.caption')}
        rows={items}
        columns={[
          { header: t('audit.seq'), cell: (r) => r.seq, numeric: true },
          { header: t('audit.at'), cell: (r) => <time dateTime={r.at.toISOString()}>{dateTime.format(r.at)}</time> },
          { header: t('audit.institution'), cell: (r) => (r.institutionSlug ? <a href={`/instituciones/${r.institutionSlug}`}>{r.institutionName}</a> : '—') },
          { header: t('audit.actor'), cell: (r) => actorName(ctx, r.actorLabel) },
          {
            header: t('audit.action'),
            cell: (r) => <><code>{r.action}</code>{!r.public && <> <span class="tag">{t('audit.private')}</span></>}</>,
          },
          { header: t('audit.resource'), cell: (r) => <><code>{r.resourceType}</code>{r.resourceId && ` ${r.resourceId}`}</> },
          { header: t('audit.summary'), cell: (r) => <Summary summary={r.summary} /> },
          { header: t('audit.hash'), cell: (r) => <code title={r.hash}>{r.hash.slice(0, 12)}…</code> },
        ]}
      />
      {!errors && <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!query.cursor} />}
      {!errors && <ExportLinks ctx={ctx} baseUrl={ctx.url} />}
    </Layout>
  );
}
