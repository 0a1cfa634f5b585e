// <DocumentsPanel>: the officials' part of a request's workspace: its documents (drafts and published, each with a link
// to its preview) and the upload form. A real multipart form (no JavaScript), written out rather than <Form> because a
// file needs enctype="multipart/form-data": the CSRF token is its first field (core's upload parser reads it first).
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { DocumentSummary } from '../queries.js';
import { documentsUrl, previewUrl } from '../present.js';
import { MAX_DOCUMENT_BYTES } from '../prepare.js';
import { formatSize, redactionLine, typeName } from './parts.js';

export interface UploadFormState { values: Record<string, string>; errors?: FieldErrors }

export interface DocumentsPanelProps {
  ctx: ViewContext;
  slug: string;
  folio: string;
  /** listDocuments(db, requestId): drafts and published. */
  documents: DocumentSummary[];
  /** The form again after a refused upload (values kept, errors shown); the documents page passes it. */
  form?: UploadFormState;
}

/** What the file input offers; the server decides by the extension for text and by the content for the rest. */
const ACCEPT = '.txt,.csv,.md,.pdf,.png,.jpg,.jpeg,.odt,.docx,.xlsx,text/plain,text/csv,text/markdown,application/pdf';

export function DocumentsPanel({ ctx, slug, folio, documents, form = { values: {} } }: DocumentsPanelProps) {
  const { t, locale } = ctx;
  const labels = { title: t('transparency.documents.field.title'), file: t('transparency.documents.field.file'),
    names: t('transparency.documents.field.names'), certified: t('transparency.documents.field.certified') };
  const fileError = form.errors?.file;
  const certifyError = form.errors?.certified;
  return (
    <section aria-labelledby="documents-panel">
      <h2 id="documents-panel">{t('transparency.documents.panelHeading')}</h2>
      <p>{t('transparency.documents.panelIntro')}</p>
      <Table ctx={ctx} caption={t('transparency.documents.tableCaption')} rows={documents} columns={[
        { header: t('transparency.documents.field.title'), rowHeader: true, cell: (d) => <a href={previewUrl(slug, folio, d.id)}>{d.title}</a> },
        { header: t('transparency.documents.status'), cell: (d) => <span class="tag">{t(d.status === 'published' ? 'transparency.documents.status.published' : 'transparency.documents.status.draft')}</span> },
        { header: t('transparency.documents.file'), cell: (d) => `${d.fileName} · ${typeName(d.mediaType)}, ${formatSize(d.size, locale)}` },
        { header: t('transparency.documents.redactions'), cell: (d) => redactionLine(ctx, d) },
      ]} />
      <h3 id="upload-form">{t('transparency.documents.uploadHeading')}</h3>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <form method="post" action={documentsUrl(slug, folio)} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Field name="title" label={labels.title} value={form.values.title} error={form.errors?.title} required />
        <div class={`field${fileError ? ' field-error' : ''}`}>
          <label for="f-file">{labels.file}</label>
          <p class="hint" id="f-file-hint">{t('transparency.documents.fileHint', { mb: MAX_DOCUMENT_BYTES / (1024 * 1024) })}</p>
          {fileError && <p class="error-message" id="f-file-error">{fileError}</p>}
          <input id="f-file" name="file" type="file" accept={ACCEPT} required aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'} />
        </div>
        <TextArea name="names" label={labels.names} hint={t('transparency.documents.namesHint')} value={form.values.names} error={form.errors?.names} rows={3} />
        <fieldset id="f-certified" class={`field checkboxes${certifyError ? ' field-error' : ''}`} aria-describedby="f-certified-hint">
          <legend>{t('transparency.documents.certifyLegend')}</legend>
          <p class="hint" id="f-certified-hint">{t('transparency.documents.certifyHint')}</p>
          {certifyError && <p class="error-message">{certifyError}</p>}
          <label class="inline" for="f-certified-yes">
            <input type="checkbox" id="f-certified-yes" name="certified" value="yes" checked={form.values.certified === 'yes'} />
            {labels.certified}
          </label>
        </fieldset>
        <Button>{t('transparency.documents.upload')}</Button>
      </form>
    </section>
  );
}
