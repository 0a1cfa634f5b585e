// The body's page per institution: what it is, its settings, members and terms, the draws (and how to verify them),
// observations with status and target filters, cursor pages and exports, and reports; each person sees the actions
// they may take (volunteer, open an observation, publish a report; officials configure and run draws).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination, Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { CalendarDate } from '../../../../core/calendar/index.js';
import { OBSERVATION_TARGETS } from '../schema.js';
import { STATUS_FILTERS, type ListQuery } from '../listing.js';
import { bodyPath, isOverdue, observationPath, presentMember, reportPath } from '../present.js';
import type { Body, ObservationRow } from '../queries.js';
import type { Overview } from '../overview.js';
import { DrawSection, type VolunteerStatus } from './draw-section.js';
import { crumbs, day, type InstitutionRef } from './common.js';

export interface BodyPageProps {
  ctx: ViewContext; institution: InstitutionRef; body: Body | null; overview: Overview | null; today: CalendarDate; now: Date;
  filter: ListQuery; rows: ObservationRow[]; next: string | null; canManage: boolean; isMember: boolean; volunteerStatus: VolunteerStatus;
}

export function BodyPage(p: BodyPageProps) {
  const { ctx, institution, body, overview } = p;
  const { t } = ctx;
  const base = bodyPath(institution.slug);
  return (
    <Layout ctx={ctx} title={`${t('participation.oversight.title')} · ${institution.name}`} institution={institution} breadcrumbs={crumbs(ctx, institution)}>
      <h1>{t('participation.oversight.title')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('participation.oversight.intro')}</p>
      {!body || !overview ? (
        <>
          <EmptyState>{t('participation.oversight.none')}</EmptyState>
          {p.canManage && <p><a class="button button-primary" href={`${base}/configurar`}>{t('participation.oversight.configure')}</a></p>}
        </>
      ) : (
        <>
          <p>{t('participation.oversight.settingsSummary', { seats: body.seats, months: body.termMonths, days: body.answerDays })}</p>
          {p.canManage && <p><a href={`${base}/configurar`}>{t('participation.oversight.configure')}</a> · <a href={`${base}/sorteos/nuevo`}>{t('participation.oversight.draw.new')}</a></p>}
          {p.isMember && <p><a class="button button-primary" href={`${base}/observaciones/nueva`}>{t('participation.oversight.observation.new')}</a> <a class="button button-secondary" href={`${base}/informes/nuevo`}>{t('participation.oversight.report.new')}</a></p>}
          <Members {...p} overview={overview} />
          <section aria-labelledby="draws">
            <h2 id="draws">{t('participation.oversight.draws')}</h2>
            {overview.draws.map((d, i) => <DrawSection ctx={ctx} draw={d} status={i === 0 ? p.volunteerStatus : 'closed'} canRun={p.canManage} now={p.now} />)}
          </section>
          <Observations {...p} overview={overview} base={base} />
          <Reports ctx={ctx} overview={overview} />
          <p><a href={`/api/v1/participation/oversight/bodies/${institution.slug}`}>{t('participation.oversight.api')}</a></p>
        </>
      )}
    </Layout>
  );
}

function Members({ ctx, overview, today }: BodyPageProps & { overview: Overview }) {
  const { t } = ctx;
  const rows = overview.members.map((m) => presentMember(m, today));
  const state = (m: (typeof rows)[number]) => t(m.inTerm ? 'participation.oversight.member.inTerm' : m.termEnd < today ? 'participation.oversight.member.ended' : 'participation.oversight.member.upcoming');
  return (
    <section aria-labelledby="members">
      <h2 id="members">{t('participation.oversight.members')}</h2>
      {rows.length === 0 ? <EmptyState>{t('participation.oversight.noMembers')}</EmptyState> : (
        <Table ctx={ctx} caption={t('participation.oversight.membersCaption')} rows={rows} columns={[
          { header: t('participation.oversight.member.name'), cell: (m) => m.name, rowHeader: true },
          { header: t('participation.oversight.member.publicId'), cell: (m) => m.publicId },
          { header: t('participation.oversight.member.term'), cell: (m) => <>{t('participation.oversight.term', { from: day(ctx, m.termStart), to: day(ctx, m.termEnd) })} <span class="tag">{state(m)}</span></> },
        ]} />
      )}
    </section>
  );
}

function Observations({ ctx, overview, filter, rows, next, today, base }: BodyPageProps & { overview: Overview; base: string }) {
  const { t } = ctx;
  const c = overview.counts;
  const url = `${base}?${new URLSearchParams(Object.entries({ status: filter.status ?? '', targetType: filter.targetType ?? '' }).filter(([, v]) => v)).toString()}`;
  return (
    <section aria-labelledby="observations">
      <h2 id="observations">{t('participation.oversight.observations')}</h2>
      <p>{t('participation.oversight.counts', { open: c.open, overdue: c.overdue, answered: c.answered, closed: c.closed })}</p>
      <Form ctx={ctx} action={`${base}#observations`} method="get" class="filters">
        <Select name="status" label={t('participation.oversight.filter.status')} value={filter.status ?? ''} options={[
          { value: '', label: t('participation.oversight.filter.all') }, ...STATUS_FILTERS.map((s) => ({ value: s, label: t(`participation.oversight.status.${s}`) }))]} />
        <Select name="targetType" label={t('participation.oversight.filter.target')} value={filter.targetType ?? ''} options={[
          { value: '', label: t('participation.oversight.filter.all') }, ...OBSERVATION_TARGETS.map((s) => ({ value: s, label: t(`participation.oversight.target.${s}`) }))]} />
        <Button variant="secondary">{t('participation.oversight.filter.submit')}</Button>
      </Form>
      <Table ctx={ctx} caption={t('participation.oversight.observationsCaption')} rows={rows} columns={[
        { header: t('participation.oversight.col.title'), cell: (o) => <a href={observationPath(o.id)}>{o.title}</a>, rowHeader: true },
        { header: t('participation.oversight.col.target'), cell: (o) => <>{t(`participation.oversight.target.${o.targetType}`)}: {o.targetLabel}</> },
        { header: t('participation.oversight.col.status'), cell: (o) => <StatusTag ctx={ctx} o={o} today={today} /> },
        { header: t('participation.oversight.col.due'), cell: (o) => day(ctx, o.dueDate) },
        { header: t('participation.oversight.col.member'), cell: (o) => o.memberName },
      ]} />
      <Pagination ctx={ctx} baseUrl={url} nextCursor={next} isFirstPage={!filter.cursor} />
      <ExportLinks ctx={ctx} baseUrl={url} />
    </section>
  );
}

export function StatusTag({ ctx, o, today }: { ctx: ViewContext; o: Pick<ObservationRow, 'status' | 'dueDate'>; today: CalendarDate }) {
  return <>
    <span class="tag">{ctx.t(`participation.oversight.status.${o.status}`)}</span>
    {isOverdue(o, today) && <> <strong class="tag">{ctx.t('participation.oversight.overdue')}</strong></>}
  </>;
}

function Reports({ ctx, overview }: { ctx: ViewContext; overview: Overview }) {
  const { t } = ctx;
  const { date } = formatters(ctx.locale);
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">{t('participation.oversight.reports')}</h2>
      {overview.reports.length === 0 ? <EmptyState>{t('participation.oversight.noReports')}</EmptyState> : (
        <ul>
          {overview.reports.map((r) => <li><a href={reportPath(r.id)}>{r.title}</a> <span class="hint">{t('participation.oversight.report.meta',
            { from: day(ctx, r.periodFrom), to: day(ctx, r.periodTo), name: r.authorName, date: date.format(r.publishedAt) })}</span></li>)}
        </ul>
      )}
    </section>
  );
}
