// /participacion/compromisos/{id}: the commitment with its progress, status and overdue flag, origin, milestones
// with their evidence, sub-commitments, the public history of versions and the follow button; for officials of
// the institution, the edit link and the forms to add milestones and evidence and to mark milestones done.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { FollowButton } from '../../notifications/follow-button.js';
import { canManageCommitments } from '../policy.js';
import { commitmentUrl, planUrl } from '../present.js';
import type { CommitmentDetail, CommitmentRow, commitmentVersions } from '../queries.js';
import { EvidenceItem, formatDay, OriginText, ProgressRow, StatusTags, statusLabel } from './parts.js';
import { OfficialForms, type FormState } from './official-forms.js';
import { indexPath } from './index-page.js';

type Version = Awaited<ReturnType<typeof commitmentVersions>>[number];

export function CommitmentPage({ ctx, c, versions, following, forms = {} }: {
  ctx: ViewContext; c: CommitmentDetail; versions: Version[]; following: boolean; forms?: Record<string, FormState>;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const url = commitmentUrl(c.id);
  const official = canManageCommitments(ctx.actor, c.institutionId);
  const evidenceOf = (milestoneId: number | null) => c.evidence.filter((e) => e.milestoneId === milestoneId);
  const EvidenceLinks = ({ of }: { of: number | null }) => <>{evidenceOf(of).map((e, i) => <>{i > 0 && ' · '}<EvidenceItem ctx={ctx} e={e} /></>)}</>;
  return (
    <Layout ctx={ctx} title={c.title} institution={{ slug: c.institutionSlug, name: c.institutionName }} breadcrumbs={[
      { href: `/instituciones/${c.institutionSlug}/participacion`, label: t('participation.title') },
      { href: indexPath(c.institutionSlug), label: t('participation.commitment.heading') }, { label: c.title }]}>
      <h1>{c.title}</h1>
      <p><StatusTags ctx={ctx} status={c.status} overdue={c.overdue} /></p>
      <figure class="chart bars"><dl><ProgressRow label={t('participation.commitment.progress')} progress={c.progress} /></dl>
        <figcaption>{t(c.children.length ? 'participation.commitment.progressDerived' : 'participation.commitment.progressSet')}</figcaption></figure>
      {c.description.split(/\n\s*\n/).filter(Boolean).map((para) => <p>{para}</p>)}
      <dl class="facts">
        <div><dt>{t('participation.commitment.origin')}</dt><dd><OriginText ctx={ctx} origin={c} /></dd></div>
        <div><dt>{t('participation.commitment.responsibleUnit')}</dt><dd>{c.responsibleUnit}</dd></div>
        <div><dt>{t('participation.commitment.dueDate')}</dt><dd>{formatDay(ctx, c.dueDate)}</dd></div>
        {c.parentId !== null && <div><dt>{t('participation.commitment.parent')}</dt><dd><a href={commitmentUrl(c.parentId)}>#{c.parentId}</a> · {t('participation.commitment.weightIs', { weight: c.weight })}</dd></div>}
        {c.processId !== null && <div><dt>{t('participation.commitment.process')}</dt><dd><a href={`/participacion/procesos/${c.processId}`}>{c.processTitle}</a></dd></div>}
        {c.actionPlanId !== null && <div><dt>{t('participation.plan.one')}</dt><dd><a href={planUrl(c.actionPlanId)}>{c.planTitle}</a></dd></div>}
        {c.pillarName && <div><dt>{t('participation.plan.pillar')}</dt><dd>{c.pillarName}</dd></div>}
        {c.axes.length > 0 && <div><dt>{t('participation.plan.axes')}</dt><dd>{c.axes.map((a) => a.name).join(', ')}</dd></div>}
      </dl>
      <FollowButton ctx={ctx} subject={{ type: 'commitment', id: c.id }} following={following} back={url} />
      {official && <p><a class="button button-secondary" href={`${url}/editar`}>{t('participation.commitment.edit')}</a></p>}

      <h2>{t('participation.commitment.milestones')}</h2>
      <Table ctx={ctx} caption={t('participation.commitment.milestonesCaption')} rows={c.milestones} columns={[
        { header: t('participation.commitment.milestone'), rowHeader: true, cell: (m) => m.title },
        { header: t('participation.commitment.dueDate'), cell: (m) => formatDay(ctx, m.dueDate) },
        { header: t('participation.commitment.doneDate'), cell: (m) => (m.doneDate ? formatDay(ctx, m.doneDate)
          : m.dueDate < c.asOf && c.status !== 'done' && c.status !== 'cancelled' ? <strong>{t('participation.commitment.pendingOverdue')}</strong> : t('participation.commitment.pending')) },
        { header: t('participation.commitment.evidence'), cell: (m) => <EvidenceLinks of={m.id} /> },
      ]} />
      {evidenceOf(null).length > 0 && <>
        <h2>{t('participation.commitment.evidence')}</h2>
        <ul>{evidenceOf(null).map((e) => <li><EvidenceItem ctx={ctx} e={e} /></li>)}</ul>
      </>}
      {c.children.length > 0 && <>
        <h2>{t('participation.commitment.children')}</h2>
        <ChildrenTable ctx={ctx} rows={c.children} />
      </>}
      {official && <OfficialForms ctx={ctx} c={c} forms={forms} />}

      <h2 id="historial">{t('participation.commitment.history')}</h2>
      <ol>
        {versions.map((v) => (
          <li>
            <strong>{t('participation.commitment.versionN', { version: v.version })}: {t(`participation.commitment.change.${v.change as 'update'}`)}</strong> · {dateTime.format(v.at)} · {v.changedByName} ({t(`participation.commitment.role.${v.changedByRole as 'official'}`)})
            <br />{t('participation.commitment.versionState', { progress: (v.snapshot as { progress: number }).progress, status: statusLabel(ctx, (v.snapshot as { status: CommitmentDetail['status'] }).status) })}
            {v.causeId !== null && <><br />{t('participation.commitment.causedBy')} <a href={commitmentUrl(v.causeId)}>#{v.causeId}</a></>}
            {v.note && <><br />{v.note}</>}
          </li>
        ))}
      </ol>
      <p class="export-links"><a href={`/api/v1/participation/commitments/${c.id}/versions`}>{t('participation.commitment.historyJson')}</a></p>
    </Layout>
  );
}

export function ChildrenTable({ ctx, rows }: { ctx: ViewContext; rows: CommitmentRow[] }) {
  const { t } = ctx;
  return <Table ctx={ctx} caption={t('participation.commitment.childrenCaption')} rows={rows} columns={[
    { header: t('participation.commitment.title'), rowHeader: true, cell: (r) => <a href={commitmentUrl(r.id)}>{r.title}</a> },
    { header: t('participation.commitment.status'), cell: (r) => <StatusTags ctx={ctx} status={r.status} overdue={r.overdue} /> },
    { header: t('participation.commitment.progress'), numeric: true, cell: (r) => `${r.progress} %` },
    { header: t('participation.commitment.weight'), numeric: true, cell: (r) => String(r.weight) },
    { header: t('participation.commitment.dueDate'), cell: (r) => formatDay(ctx, r.dueDate) },
  ]} />;
}
