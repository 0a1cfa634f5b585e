// /participacion/procesos/{id}/consultas: the consultations of a process, each with its dates and state.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import type { listProcessConsultations } from '../queries.js';
import { canActInModule } from '../../../../core/policy.js';
import { consultationState } from '../rules.js';
import { consultationPath, Dates, processConsultationsPath } from './common.js';

type Item = Awaited<ReturnType<typeof listProcessConsultations>>[number];

export function ConsultationListPage({ ctx, process, items }: { ctx: ViewContext; process: { id: number; title: string; institutionId: number }; items: Item[] }) {
  const { t } = ctx;
  const title = t('participation.consultation.listTitle', { process: process.title });
  const now = new Date();
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/participacion', label: t('participation.consultation.participation') },
      { href: `/participacion/procesos/${process.id}`, label: process.title }, { label: t('participation.consultation.list') }]}>
      <h1>{title}</h1>
      {canActInModule(ctx.actor, process.institutionId, 'participation') && <p><a href={`${processConsultationsPath(process.id)}/nueva`}>{t('participation.consultation.new.heading')}</a></p>}
      {items.length === 0 ? <EmptyState>{t('participation.consultation.none')}</EmptyState> : (
        <ul class="card-grid">
          {items.map((c) => (
            <li class="card">
              <h2><a href={consultationPath(c.id)}>{c.title}</a></h2>
              <p><span class="tag">{t(`participation.consultation.state.${consultationState(c, now)}`)}</span></p>
              <Dates ctx={ctx} c={c} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
