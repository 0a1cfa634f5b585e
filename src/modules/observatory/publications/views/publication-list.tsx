// /observatorio/publicaciones — policy briefs and reports, newest first, filtered by kind with a GET form (no
// JavaScript); stewards also see the drafts on top, and the link to write a new one.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { PUBLICATION_KINDS, type PublicationKind } from '../schema.js';
import type { PublicationRow } from '../queries.js';
import { PUBLICATIONS_PATH, publicationUrl } from '../present.js';
import { PublishedDate, SectionLinks, crumbs, feedAlternate, kindName } from './parts.js';

export function PublicationListPage({ ctx, rows, drafts, kind, next, firstPage, canEdit }: {
  ctx: ViewContext; rows: PublicationRow[]; drafts: PublicationRow[]; kind?: PublicationKind; next: string | null; firstPage: boolean; canEdit: boolean;
}) {
  const { t } = ctx;
  const title = t('observatory.publication.listTitle');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, 'publications')} alternates={[feedAlternate(ctx)]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.publication.listLead')}</p>
      <SectionLinks ctx={ctx} current="publications" />
      {canEdit && <p><a class="button button-secondary" href={`${PUBLICATIONS_PATH}/nueva`}>{t('observatory.publication.new')}</a></p>}
      {canEdit && drafts.length > 0 && <>
        <h2>{t('observatory.publication.drafts')}</h2>
        <ul class="obs-entries">{drafts.map((r) => <PublicationItem ctx={ctx} row={r} level={3} />)}</ul>
      </>}
      <form method="get" action={PUBLICATIONS_PATH} class="filters" aria-label={t('observatory.publication.filter')}>
        <Select name="tipo" label={t('observatory.publication.kind')} value={kind}
          options={[{ value: '', label: t('observatory.publication.allKinds') }, ...PUBLICATION_KINDS.map((k) => ({ value: k, label: kindName(ctx, k) }))]} />
        <Button variant="secondary">{t('observatory.publication.applyFilter')}</Button>
      </form>
      {rows.length === 0 ? <EmptyState>{t('observatory.publication.none')}</EmptyState>
        : <ul class="obs-entries">{rows.map((r) => <PublicationItem ctx={ctx} row={r} level={2} />)}</ul>}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={firstPage} />
      <ExportLinks ctx={ctx} baseUrl={`/api/v1/observatory/publications${kind ? `?kind=${kind}` : ''}`} />
    </Layout>
  );
}

function PublicationItem({ ctx, row, level }: { ctx: ViewContext; row: PublicationRow; level: 2 | 3 }) {
  const { t } = ctx;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li class="obs-entry">
      <p class="obs-entry-meta">
        <span class="tag">{kindName(ctx, row.kind)}</span>{' '}
        {row.publishedAt ? <PublishedDate ctx={ctx} at={row.publishedAt} /> : <strong class="tag">{t('observatory.publication.draft')}</strong>}
        {row.attachmentName && <> · {t('observatory.publication.hasPdf')}</>}
      </p>
      <Heading class="obs-entry-title"><a href={publicationUrl(row.slug)}>{row.title}</a></Heading>
      <p>{row.summary}</p>
    </li>
  );
}
