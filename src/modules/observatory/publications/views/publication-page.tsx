// /observatorio/publicaciones/{slug} — a policy brief or report: title, kind, date, summary, the body (Markdown
// rendered on the server) and the PDF to download with its size; stewards see the draft state and the buttons to
// edit, publish or unpublish (POST forms).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { PostButton } from '../../../../core/views/components/form.js';
import type { PublicationRow } from '../queries.js';
import { attachmentUrl, publicationUrl } from '../present.js';
import { Markdown, PublishedDate, SectionLinks, crumbs, kindName } from './parts.js';

export function PublicationPage({ ctx, row, canEdit }: { ctx: ViewContext; row: PublicationRow; canEdit: boolean }) {
  const { t } = ctx;
  const kb = row.attachmentSize === null ? 0 : Math.max(1, Math.round(row.attachmentSize / 1024));
  return (
    <Layout ctx={ctx} title={row.title} breadcrumbs={crumbs(ctx, 'publications', row.title)}>
      <article class="obs-publication">
        <p class="obs-entry-meta"><span class="tag">{kindName(ctx, row.kind)}</span>{' '}
          {row.publishedAt ? <>{t('observatory.publication.publishedOn')} <PublishedDate ctx={ctx} at={row.publishedAt} /></>
            : <strong class="tag">{t('observatory.publication.draft')}</strong>}</p>
        <h1>{row.title}</h1>
        <p class="lead">{row.summary}</p>
        {row.attachmentName && (
          <p class="obs-download"><a href={attachmentUrl(row.slug)} type="application/pdf">{t('observatory.publication.download')}</a>{' '}
            <span class="hint">({t('observatory.publication.fileFacts', { name: row.attachmentName, kb: kb.toLocaleString(ctx.locale) })})</span></p>
        )}
        <Markdown text={row.body} />
      </article>
      {canEdit && (
        <section class="obs-steward" aria-labelledby="steward-actions">
          <h2 id="steward-actions">{t('observatory.steward.actions')}</h2>
          <p>{row.publishedAt ? t('observatory.publication.isPublished') : t('observatory.publication.isDraft')}</p>
          <p class="obs-actions">
            <a class="button button-secondary" href={`${publicationUrl(row.slug)}/editar`}>{t('observatory.publication.edit')}</a>
            {row.publishedAt
              ? <PostButton ctx={ctx} action={`${publicationUrl(row.slug)}/despublicar`} label={t('observatory.publication.unpublish')} />
              : <PostButton ctx={ctx} action={`${publicationUrl(row.slug)}/publicar`} label={t('observatory.publication.publish')} />}
          </p>
        </section>
      )}
      <SectionLinks ctx={ctx} current="publications" />
    </Layout>
  );
}
