// The documents' own pages: the request's documents (the public list, and for officials the panel with the upload
// form, which is where a refused upload comes back with its error) and the preview before publishing.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout, type Crumb } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Form, PostButton, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import type { DocumentsRequest, DocumentRow, DocumentSummary } from '../queries.js';
import { documentUrl, documentsUrl } from '../present.js';
import type { DocumentPreview } from '../prepare.js';
import { canManageDocuments } from '../policy.js';
import { RequestDocuments } from './request-documents.js';
import { DocumentsPanel, type UploadFormState } from './documents-panel.js';
import { RedactionPreview } from './marked-text.js';
import { formatSize, redactionCounts, typeName } from './parts.js';

const requestUrl = (r: DocumentsRequest) => `/instituciones/${r.slug}/transparencia/solicitudes/${encodeURIComponent(r.folio)}`;

function crumbs(ctx: ViewContext, r: DocumentsRequest, last: Crumb[]): Crumb[] {
  const { t } = ctx;
  return [{ href: '/instituciones', label: t('nav.institutions') }, { href: `/instituciones/${r.slug}`, label: r.institutionName },
    { href: `/instituciones/${r.slug}/transparencia/solicitudes`, label: t('transparency.documents.requests') },
    { href: requestUrl(r), label: r.folio }, ...last];
}

export function DocumentsPage({ ctx, request: r, documents, form }: { ctx: ViewContext; request: DocumentsRequest; documents: DocumentSummary[]; form?: UploadFormState }) {
  const { t } = ctx;
  const official = canManageDocuments(ctx.actor, r.institutionId);
  const title = t('transparency.documents.pageTitle', { folio: r.folio });
  return (
    <Layout ctx={ctx} title={title} institution={{ slug: r.slug, name: r.institutionName }} breadcrumbs={crumbs(ctx, r, [{ label: t('transparency.documents.publicHeading') }])}>
      <h1>{title}</h1>
      <p class="lead">{r.subject}</p>
      {documents.some((d) => d.status === 'published')
        ? <RequestDocuments ctx={ctx} slug={r.slug} folio={r.folio} documents={documents} />
        : <p class="empty-state">{t('transparency.documents.nonePublished')}</p>}
      {official && <>
        <p><a href={`${requestUrl(r)}/gestion`}>{t('transparency.documents.backToWorkspace')}</a></p>
        <DocumentsPanel ctx={ctx} slug={r.slug} folio={r.folio} documents={documents} form={form} />
      </>}
    </Layout>
  );
}

export interface NamesFormState { values: { names?: string }; errors?: FieldErrors }

export function PreviewPage({ ctx, request: r, doc, preview, form }: {
  ctx: ViewContext; request: DocumentsRequest; doc: DocumentRow; preview: DocumentPreview; form?: NamesFormState;
}) {
  const { t, locale } = ctx;
  const base = documentUrl(r.slug, r.folio, doc.id);
  const draft = doc.status === 'draft';
  const title = t(draft ? 'transparency.documents.previewTitle' : 'transparency.documents.publishedTitle', { title: doc.title });
  return (
    <Layout ctx={ctx} title={title} institution={{ slug: r.slug, name: r.institutionName }}
      breadcrumbs={crumbs(ctx, r, [{ href: documentsUrl(r.slug, r.folio), label: t('transparency.documents.publicHeading') }, { label: doc.title }])}>
      <h1>{title}</h1>
      <dl class="facts">
        <div><dt>{t('transparency.documents.status')}</dt><dd>{t(draft ? 'transparency.documents.status.draft' : 'transparency.documents.status.published')}</dd></div>
        <div><dt>{t('transparency.documents.file')}</dt><dd>{`${doc.fileName} · ${typeName(doc.mediaType)}, ${formatSize(doc.size, locale)}`}</dd></div>
        <div><dt>{t('transparency.documents.redactions')}</dt><dd>{redactionCounts(ctx, doc)}</dd></div>
      </dl>
      <p>
        <a href={base} download={doc.fileName}>{t('transparency.documents.downloadRedacted')}</a>{' · '}
        <a href={`${base}/original`} download={doc.fileName}>{t('transparency.documents.downloadOriginal')}</a>
      </p>
      <h2>{t('transparency.documents.preview.heading')}</h2>
      <p>{t(doc.redactionMode === 'certified' ? 'transparency.documents.preview.introCertified' : draft ? 'transparency.documents.preview.intro' : 'transparency.documents.preview.introPublished')}</p>
      <RedactionPreview ctx={ctx} preview={preview} />
      {draft && doc.redactionMode === 'automatic' && <>
        <h2 id="names-form">{t('transparency.documents.namesHeading')}</h2>
        <ErrorSummary ctx={ctx} errors={form?.errors} labels={{ names: t('transparency.documents.field.names') }} />
        <Form ctx={ctx} action={`${base}/nombres`}>
          <TextArea name="names" label={t('transparency.documents.field.names')} hint={t('transparency.documents.namesHint')}
            value={form?.values.names ?? doc.names.join('\n')} error={form?.errors?.names} rows={4} />
          <Button variant="secondary">{t('transparency.documents.repreview')}</Button>
        </Form>
      </>}
      <h2>{t(draft ? 'transparency.documents.publishHeading' : 'transparency.documents.unpublishHeading')}</h2>
      {draft ? <>
        <p>{t('transparency.documents.publishIntro')}</p>
        <Form ctx={ctx} action={`${base}/publicar`}><Button>{t('transparency.documents.publish')}</Button></Form>
        <div><PostButton ctx={ctx} action={`${base}/eliminar`} label={t('transparency.documents.remove')} /></div>
      </> : <>
        <p>{t('transparency.documents.unpublishIntro')}</p>
        <PostButton ctx={ctx} action={`${base}/retirar`} label={t('transparency.documents.unpublish')} />
      </>}
    </Layout>
  );
}
