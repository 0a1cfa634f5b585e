// /observatorio/metodologia/vista-previa: officials change weights and choices in a plain GET form (works without
// JavaScript; the address is a shareable preview) and see each municipality's rank under the published method and
// under theirs, computed in memory. Nothing is saved; stewards may publish the choice as the next version.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { PILLARS } from '../../pillars.js';
import { INDEX_INDICATORS } from '../../indicators/catalogue.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { MethodVersion } from '../queries.js';
import type { PreviewResult } from '../preview.js';
import { indicatorField, pillarField } from '../form.js';
import { indicatorName, pillarName } from './parts.js';
import { PreviewResults } from './preview-results.js';
import { METHODOLOGY_PATH, PREVIEW_PATH, VERSIONS_PATH } from './paths.js';

export interface PublishState { errors: Record<string, string>; note: string }

export function PreviewPage({ ctx, current, years, values, errors, result, canPublish, publish }: {
  ctx: ViewContext; current: MethodVersion; years: number[]; values: Record<string, string>; errors?: Record<string, string>;
  result: PreviewResult | null; canPublish: boolean; publish?: PublishState;
}) {
  const { t } = ctx;
  const title = t('observatory.method.preview.title');
  const labels = fieldLabels(ctx);
  const option = (prefix: string, o: string) => ({ value: o, label: t(`${prefix}.${o}Short` as MessageKey) });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/observatorio', label: t('observatory.name') },
      { href: METHODOLOGY_PATH, label: t('observatory.method.title') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.method.preview.lead', { version: current.version })}</p>
      <ErrorSummary ctx={ctx} errors={{ ...errors, ...publish?.errors }} labels={labels} />
      {years.length === 0 && <p class="empty-state">{t('observatory.method.preview.noData')}</p>}
      <Form ctx={ctx} action={PREVIEW_PATH} method="get" class="obs-preview-form">
        <div class="obs-choices">
          <Select name="anio" label={labels.anio} value={values.anio} error={errors?.anio} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
          <Select name="normalizacion" label={labels.normalizacion} value={values.normalizacion} error={errors?.normalizacion}
            options={['minmax', 'zscore', 'target'].map((o) => option('observatory.method.norm', o))} />
          <Select name="agregacion" label={labels.agregacion} value={values.agregacion} error={errors?.agregacion}
            options={['arithmetic', 'geometric'].map((o) => option('observatory.method.agg', o))} />
          <Select name="faltantes" label={labels.faltantes} value={values.faltantes} error={errors?.faltantes}
            options={['available', 'regional_mean', 'locf'].map((o) => option('observatory.method.missing', o))} />
        </div>
        <fieldset class="obs-weights">
          <legend>{t('observatory.method.preview.pillarWeights')}</legend>
          <p class="hint">{t('observatory.method.preview.weightHint')}</p>
          {PILLARS.map((p) => <Field name={pillarField(p)} label={pillarName(t, p)} value={values[pillarField(p)]} error={errors?.[pillarField(p)]} inputmode="decimal" />)}
        </fieldset>
        {PILLARS.map((p) => {
          const indicators = INDEX_INDICATORS.filter((i) => i.group === p);
          const hasError = indicators.some((i) => errors?.[indicatorField(i.code)]);
          return (
            <details class="obs-indicator-weights" open={hasError}>
              <summary>{t('observatory.method.preview.indicatorWeights', { pillar: pillarName(t, p) })}</summary>
              <fieldset class="obs-weights">
                {indicators.map((i) => <Field name={indicatorField(i.code)} label={indicatorName(t, i.code)} value={values[indicatorField(i.code)]}
                  error={errors?.[indicatorField(i.code)]} inputmode="decimal" />)}
              </fieldset>
            </details>
          );
        })}
        <Button>{t('observatory.method.preview.submit')}</Button>
      </Form>
      {result && (
        <PreviewResults ctx={ctx} year={Number(values.anio)} result={result}>
          {canPublish && (
            <section aria-labelledby="m-publish" class="obs-publish">
              <h3 id="m-publish">{t('observatory.method.publish.title', { version: current.version + 1 })}</h3>
              <p>{t('observatory.method.publish.text')}</p>
              <Form ctx={ctx} action={VERSIONS_PATH}>
                {Object.entries(values).filter(([k]) => k in labels && k !== 'nota').map(([k, v]) => <input type="hidden" name={k} value={v} />)}
                <TextArea name="nota" label={labels.nota} hint={t('observatory.method.publish.noteHint')} value={publish?.note} error={publish?.errors.nota} rows={3} required />
                <Button>{t('observatory.method.publish.submit', { version: current.version + 1 })}</Button>
              </Form>
            </section>
          )}
        </PreviewResults>
      )}
    </Layout>
  );
}

/** Every field's label, for the error summary (and the list of fields the publish form carries over). */
function fieldLabels({ t }: ViewContext): Record<string, string> {
  return {
    anio: t('observatory.method.preview.year'), normalizacion: t('observatory.method.preview.normalisation'),
    agregacion: t('observatory.method.preview.aggregation'), faltantes: t('observatory.method.preview.missing'),
    ...Object.fromEntries(PILLARS.map((p) => [pillarField(p), pillarName(t, p)])),
    ...Object.fromEntries(INDEX_INDICATORS.map((i) => [indicatorField(i.code), indicatorName(t, i.code)])),
    nota: t('observatory.method.publish.note'),
  };
}
