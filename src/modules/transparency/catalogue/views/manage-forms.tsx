// The officials' forms on a dataset's page: add a link, upload a file (multipart, no JavaScript needed), remove a
// resource, edit the record, withdraw the dataset. A refused form comes back here with its errors and values (422).
import type { ViewContext } from '../../../../core/views/context.js';
import { ErrorSummary, Field, Form, PostButton, Select, Button, type FieldErrors } from '../../../../core/views/components/form.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { CatalogueEntry } from '../entries.js';
import { formatOptions } from './labels.js';

export interface FormState { values: Record<string, string>; errors: FieldErrors }
/** Which of the page's forms was refused: 'link' or 'file'. */
export type ManageState = Partial<Record<'link' | 'file', FormState>>;

export function ManageForms({ ctx, e, state = {} }: { ctx: ViewContext; e: CatalogueEntry; state?: ManageState }) {
  const { t } = ctx;
  const base = `/datos/${e.name}`;
  const link = state.link ?? { values: {}, errors: {} };
  const file = state.file ?? { values: {}, errors: {} };
  const formats = formatOptions();
  return (
    <section aria-labelledby="manage-title">
      <h2 id="manage-title">{t('transparency.catalogue.manage')}</h2>
      <p><a class="button button-secondary" href={`${base}/editar`}>{t('transparency.catalogue.manage.edit')}</a></p>
      {e.distributions.length > 0 && (
        <ul>
          {e.distributions.map((d) => <li>{d.title} ({d.format}){' '}
            <PostButton ctx={ctx} action={`${base}/recursos/${d.id}/quitar`} label={t('transparency.catalogue.manage.remove')} variant="link" /></li>)}
        </ul>
      )}
      <h3 id="upload-title">{t('transparency.catalogue.manage.upload')}</h3>
      <ErrorSummary ctx={ctx} errors={file.errors} />
      <form method="post" action={`${base}/archivos`} encType="multipart/form-data" noValidate aria-labelledby="upload-title">
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Field name="fileTitle" label={t('transparency.catalogue.manage.fileTitle')} value={file.values.fileTitle} error={file.errors.fileTitle} />
        <Select name="format" label={t('transparency.catalogue.manage.format')} value={file.values.format}
          options={[{ value: '', label: t('transparency.catalogue.manage.formatFromFile') }, ...formats]} error={file.errors.format} />
        <div class={`field${file.errors.file ? ' field-error' : ''}`}>
          <label for="f-file">{t('transparency.catalogue.manage.file')}</label>
          <p class="hint" id="f-file-hint">{t('transparency.catalogue.manage.fileHint')}</p>
          {file.errors.file && <p class="error-message" id="f-file-error">{file.errors.file}</p>}
          <input id="f-file" name="file" type="file" aria-describedby={`f-file-hint${file.errors.file ? ' f-file-error' : ''}`} />
        </div>
        <Button variant="secondary">{t('transparency.catalogue.manage.upload')}</Button>
      </form>
      <h3>{t('transparency.catalogue.manage.addLink')}</h3>
      <ErrorSummary ctx={ctx} errors={link.errors} />
      <Form ctx={ctx} action={`${base}/enlaces`}>
        <Field name="linkTitle" label={t('transparency.catalogue.manage.linkTitle')} value={link.values.linkTitle} error={link.errors.linkTitle} />
        <Select name="linkFormat" label={t('transparency.catalogue.manage.format')} value={link.values.linkFormat} options={formats} error={link.errors.linkFormat} />
        <Field name="url" type="url" label={t('transparency.catalogue.manage.url')} value={link.values.url} error={link.errors.url} />
        <Button variant="secondary">{t('transparency.catalogue.manage.addLink')}</Button>
      </Form>
      <h3>{t('transparency.catalogue.manage.withdraw')}</h3>
      <p class="hint">{t('transparency.catalogue.manage.withdrawHint')}</p>
      <PostButton ctx={ctx} action={`${base}/retirar`} label={t('transparency.catalogue.manage.withdraw')} />
    </section>
  );
}
