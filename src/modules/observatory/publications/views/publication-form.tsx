// The steward's form for a publication (new or edit): kind, title, summary, the body in Markdown and the optional PDF.
// A real multipart form (no JavaScript), written out rather than <Form> because a file needs
// enctype="multipart/form-data", so the CSRF token is its first field (core/identity/eligibility/upload.ts reads it
// into the body before the app-wide check). Errors come back with the values kept (the file must be chosen again:
// browsers never refill a file input).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, FileField, Select, TextArea, type FieldErrors } from '../../../../core/views/components/form.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import { PUBLICATION_KINDS } from '../schema.js';
import type { PublicationRow } from '../queries.js';
import { MAX_ATTACHMENT_BYTES } from '../commands/save-publication.js';
import { PUBLICATIONS_PATH, publicationUrl } from '../present.js';
import { crumbs, kindName } from './parts.js';

export interface FormState { values: Record<string, string>; errors?: FieldErrors }

export const publicationValues = (r: PublicationRow) => ({ kind: r.kind, title: r.title, summary: r.summary, body: r.body });

export function PublicationFormPage({ ctx, current, form }: { ctx: ViewContext; current?: PublicationRow; form: FormState }) {
  const { t } = ctx;
  const title = current ? t('observatory.publication.editTitle') : t('observatory.publication.new');
  const v = form.values;
  const e = form.errors ?? {};
  const labels = { kind: t('observatory.publication.kind'), title: t('observatory.publication.title'), summary: t('observatory.publication.summary'),
    body: t('observatory.publication.body'), file: t('observatory.publication.file') };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, 'publications', title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={e} labels={labels} />
      <form method="post" action={current ? `${publicationUrl(current.slug)}/editar` : PUBLICATIONS_PATH} enctype="multipart/form-data" noValidate class="obs-form">
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Select name="kind" label={labels.kind} value={v.kind} error={e.kind} options={PUBLICATION_KINDS.map((k) => ({ value: k, label: kindName(ctx, k) }))} />
        <Field name="title" label={labels.title} value={v.title} error={e.title} required hint={current?.publishedAt ? t('observatory.publication.slugFixed') : t('observatory.publication.titleHint')} />
        <TextArea name="summary" label={labels.summary} value={v.summary} error={e.summary} rows={3} required hint={t('observatory.publication.summaryHint')} />
        <TextArea name="body" label={labels.body} value={v.body} error={e.body} rows={16} required hint={t('observatory.publication.bodyHint')} />
        <FileField name="file" label={labels.file} hint={t('observatory.publication.fileHint', { mb: MAX_ATTACHMENT_BYTES / (1024 * 1024) })} error={e.file} accept=".pdf,application/pdf" />
        {current?.attachmentName && (
          <p class="field"><label class="inline"><input type="checkbox" name="removeFile" value="true" checked={v.removeFile === 'true'} />
            {t('observatory.publication.removeFile', { name: current.attachmentName })}</label></p>
        )}
        <Button>{current ? t('observatory.publication.save') : t('observatory.publication.saveDraft')}</Button>
      </form>
    </Layout>
  );
}
