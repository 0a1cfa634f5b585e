// /participacion/procesos/{id}/consultas/nueva: officials write a consultation, its questionnaire in the documented
// line format of new-form.ts (a plain textarea: no JavaScript), with the format explained beside it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { RESPONDENT_LEVELS } from '../schema.js';
import { processConsultationsPath } from './common.js';

export interface NewFormState { values: Record<string, string>; errors?: Record<string, string> }

export const EXAMPLE = 'una*: ¿Ha hecho trámites en línea con la institución?\n- Sí\n- No\ntexto*: ¿Cuál trámite?\nsi 1 = Sí\n'
  + 'varias 1-2: ¿Qué canales prefiere?\n- Sitio web\n- WhatsApp\n- Oficina\nnota*: Evalúe la atención digital\n'
  + 'orden: Ordene las prioridades\n- Conectividad\n- Trámites\n- Datos abiertos\nmatriz: ¿Cómo evalúa cada servicio?\n= Salud\n= Educación\n- Bueno\n- Malo\n'
  + 'texto-largo: Comentarios';

export function NewConsultationPage({ ctx, process, form }: { ctx: ViewContext; process: { id: number; title: string }; form: NewFormState }) {
  const { t } = ctx;
  const v = form.values;
  const e = form.errors ?? {};
  const labels = { title: t('participation.consultation.new.title'), description: t('participation.consultation.new.description'),
    opensAt: t('participation.consultation.opens'), closesAt: t('participation.consultation.closes'), resultsAt: t('participation.consultation.results'),
    respondents: t('participation.consultation.who'), eligibilityListId: t('participation.consultation.new.listId'), questions: t('participation.consultation.questionnaire') };
  return (
    <Layout ctx={ctx} title={t('participation.consultation.new.heading')} breadcrumbs={[{ href: '/', label: t('nav.home') },
      { href: `/participacion/procesos/${process.id}`, label: process.title }, { href: processConsultationsPath(process.id), label: t('participation.consultation.list') },
      { label: t('participation.consultation.new.heading') }]}>
      <h1>{t('participation.consultation.new.heading')}</h1>
      <ErrorSummary ctx={ctx} errors={e} labels={labels} />
      <Form ctx={ctx} action={`${processConsultationsPath(process.id)}/nueva`}>
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <TextArea name="description" label={labels.description} value={v.description} error={e.description} rows={4} />
        {(['opensAt', 'closesAt', 'resultsAt'] as const).map((name) => (
          <DateTimeField name={name} label={labels[name]} hint={t('participation.process.form.dateHint')} value={v[name]} error={e[name]} />))}
        <Select name="respondents" label={labels.respondents} value={v.respondents ?? 'identity_verified'} error={e.respondents}
          options={RESPONDENT_LEVELS.map((l) => ({ value: l, label: t(`participation.consultation.who.${l}`) }))} />
        <Field name="eligibilityListId" label={labels.eligibilityListId} value={v.eligibilityListId} error={e.eligibilityListId} inputmode="numeric" />
        <TextArea name="questions" label={labels.questions} hint={t('participation.consultation.new.format')} value={v.questions} error={e.questions} rows={18} />
        <details><summary>{t('participation.consultation.new.example')}</summary><pre>{EXAMPLE}</pre></details>
        <Button>{t('participation.consultation.new.create')}</Button>
      </Form>
    </Layout>
  );
}
