// The official's upload of a document as a milestone's evidence: a real multipart form (no JavaScript), written out
// rather than <Form> because a file needs enctype="multipart/form-data", so the CSRF token is its first field
// (core/identity/eligibility/upload.ts reads it into the body before the app-wide check).
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Select } from '../../../../core/views/components/form.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import { commitmentUrl } from '../present.js';
import type { CommitmentDetail } from '../queries.js';
import { MAX_DOCUMENT_BYTES } from '../commands/add-document.js';
import type { FormState } from './official-forms.js';

/** What the file input offers to pick; the server decides by the content (commands/add-document.ts sniffDocument). */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.odt,.docx,.xlsx,.csv,application/pdf,image/png,image/jpeg';

export function DocumentForm({ ctx, c, form = { values: {} } }: { ctx: ViewContext; c: CommitmentDetail; form?: FormState }) {
  const { t } = ctx;
  if (c.milestones.length === 0) return null;
  const labels = { documentMilestone: t('participation.commitment.milestone'), documentTitle: t('participation.commitment.documentTitle'), file: t('participation.commitment.file') };
  const fileError = form.errors?.file;
  return <>
    <h3 id="document-form">{t('participation.commitment.attachDocument')}</h3>
    <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
    <form method="post" action={`${commitmentUrl(c.id)}/documentos`} enctype="multipart/form-data" noValidate>
      <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
      <Select name="documentMilestone" label={labels.documentMilestone} value={form.values.documentMilestone} error={form.errors?.documentMilestone}
        options={c.milestones.map((x) => ({ value: String(x.id), label: x.title }))} />
      <Field name="documentTitle" label={labels.documentTitle} value={form.values.documentTitle} error={form.errors?.documentTitle} required />
      <div class={`field${fileError ? ' field-error' : ''}`}>
        <label for="f-file">{labels.file}</label>
        <p class="hint" id="f-file-hint">{t('participation.commitment.documentHint', { mb: MAX_DOCUMENT_BYTES / (1024 * 1024) })}</p>
        {fileError && <p class="error-message" id="f-file-error">{fileError}</p>}
        <input id="f-file" name="file" type="file" accept={ACCEPT} required aria-invalid={fileError ? 'true' : undefined}
          aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'} />
      </div>
      <Button variant="secondary">{t('participation.commitment.attachDocument')}</Button>
    </form>
  </>;
}
