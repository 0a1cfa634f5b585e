// /servicios/{slug}/fases: the service's phase history, public, oldest first with the current phase named in words
// (not by colour alone); for those who manage the service, the form to record the next phase (only the phases that
// may follow the current one, phases.ts) and a button to remove a phase entered by mistake, shown only where the
// history left behind stays valid.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, PostButton, Select } from '../../../../core/views/components/form.js';
import { checkPhaseSequence, nextPhases } from '../../phases.js';
import type { ServiceRecord } from '../queries.js';
import { phasesPath, servicePath } from '../present.js';
import { formatDay, one, type FormState } from './parts.js';
import { servicesCrumbs } from '../../crumbs.js';

export function PhasesPage({ ctx, service, canManage, today, form = { values: {} } }: {
  ctx: ViewContext; service: ServiceRecord; canManage: boolean; today: string; form?: FormState;
}) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const path = phasesPath(service.slug);
  const next = service.current ? nextPhases(service.current.phase) : [];
  const removable = (id: number) => service.phases.length > 1 && checkPhaseSequence(service.phases.filter((p) => p.id !== id)) === null;
  const labels = { phase: t('services.registry.field.phase'), startedOn: t('services.registry.field.startedOn'), note: t('services.registry.field.note') };
  return (
    <Layout ctx={ctx} title={t('services.registry.phasesTitle', { title: service.title })}
      breadcrumbs={servicesCrumbs(ctx, { href: servicePath(service.slug), label: service.title }, { label: t('services.registry.phases') })}>
      <h1>{t('services.registry.phasesTitle', { title: service.title })}</h1>
      <p>{t('services.registry.phasesIntro')}</p>
      <ol class="svc-timeline">
        {service.phases.map((p) => {
          const current = p.id === service.current?.id;
          return <li class={current ? 'svc-current' : undefined}>
            <time dateTime={p.startedOn}>{formatDay(ctx, p.startedOn)}</time>{' '}
            <strong>{t(`services.phase.${p.phase}`)}</strong>
            {current && <span class="tag">{t('services.registry.currentPhase')}</span>}
            {p.note && <p class="cell-note">{p.note}</p>}
            {canManage && removable(p.id) && <PostButton ctx={ctx} action={`${path}/${p.id}/quitar`} variant="link"
              label={t('services.registry.removePhase', { phase: t(`services.phase.${p.phase}`), date: p.startedOn })} />}
          </li>;
        })}
      </ol>
      <p><a href={servicePath(service.slug)}>{t('services.registry.backToService')}</a></p>
      {canManage && <section aria-labelledby="phase-form">
        <h2 id="phase-form">{t('services.registry.recordPhase')}</h2>
        {next.length === 0 ? <p>{t('services.registry.finalPhase')}</p> : <>
          <p class="hint">{t('services.registry.recordPhaseHint')}</p>
          <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
          <Form ctx={ctx} action={path}>
            <Select name="phase" label={labels.phase} value={one(v.phase)} error={err.phase} options={next.map((p) => ({ value: p, label: t(`services.phase.${p}`) }))} />
            <Field name="startedOn" type="date" label={labels.startedOn} hint={t('services.registry.hint.day', { today })} value={one(v.startedOn) ?? today} error={err.startedOn} required />
            <Field name="note" label={labels.note} hint={t('services.registry.hint.note')} value={one(v.note)} error={err.note} />
            <Button>{t('services.registry.savePhase')}</Button>
          </Form>
        </>}
      </section>}
    </Layout>
  );
}
