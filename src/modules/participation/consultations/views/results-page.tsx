// /participacion/consultas/{id}/resultados: after results_at, each question's results as bars with the same figures
// in a table (for screen readers and copying): counts per option, the 1–7 average and distribution, the ranking by
// Borda points with the average position, the matrix as a table, and text answers a page at a time. Before
// results_at, the date they will be published.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { ExportLinks, Pagination, Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { ConsultationWithQuestions } from '../queries.js';
import type { ConsultationResults, QuestionResult } from '../results.js';
import { consultationCrumbs, when } from './common.js';

export interface TextPage { questionId: number; items: Array<{ respondent: number; text: string | null }>; next: string | null; first: boolean }

const percent = (part: number, whole: number, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(whole === 0 ? 0 : (part * 100) / whole)} %`;

export function ResultsPage({ ctx, c, results, texts }: { ctx: ViewContext; c: ConsultationWithQuestions; results: ConsultationResults | null; texts: TextPage[] }) {
  const { t } = ctx;
  const title = t('participation.consultation.resultsTitle', { title: c.title });
  const base = `/participacion/consultas/${c.id}/resultados`;
  return (
    <Layout ctx={ctx} title={title} institution={{ slug: c.institutionSlug, name: c.institutionName }} breadcrumbs={consultationCrumbs(ctx, c, t('participation.consultation.results'))}>
      <h1>{title}</h1>
      {!results ? <p class="notice">{t('participation.consultation.resultsOn')} {when(ctx, c.resultsAt)}.</p> : (
        <>
          <p class="lead">{t('participation.consultation.respondents', { n: formatters(ctx.locale).number.format(results.respondents) })}</p>
          <ExportLinks ctx={ctx} baseUrl={`/api/v1/participation/consultations/${c.id}/responses`} />
          {c.questions.map((q, i) => {
            const r = results.questions.find((x) => x.questionId === q.id)!;
            const page = texts.find((x) => x.questionId === q.id);
            return (
              <section id={`pregunta-${q.id}`}>
                <h2>{`${i + 1}. ${q.title}`}</h2>
                <p class="hint">{t('participation.consultation.answeredBy', { n: r.answered })}</p>
                <QuestionResults ctx={ctx} r={r} />
                {page && <TextAnswers ctx={ctx} page={page} baseUrl={`${base}?pregunta=${q.id}#pregunta-${q.id}`} />}
              </section>
            );
          })}
        </>
      )}
    </Layout>
  );
}

function Bars({ ctx, rows, caption }: { ctx: ViewContext; rows: Array<{ label: string; count: number }>; caption: string }) {
  const total = rows.reduce((s, r) => s + r.count, 0);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <>
      <figure class="chart bars" aria-hidden="true">
        <dl>
          {rows.map((r) => (
            <div class="bar-row">
              <dt>{r.label}</dt>
              <dd>
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect width={(r.count / max) * 100} height="10" fill="#1d4f91" /></svg>
                <span class="bar-value">{`${r.count} (${percent(r.count, total, ctx.locale)})`}</span>
              </dd>
            </div>
          ))}
        </dl>
      </figure>
      <Table ctx={ctx} caption={caption} rows={rows} columns={[
        { header: ctx.t('participation.consultation.option'), cell: (x) => x.label, rowHeader: true },
        { header: ctx.t('participation.consultation.count'), cell: (x) => x.count, numeric: true },
        { header: '%', cell: (x) => percent(x.count, total, ctx.locale), numeric: true },
      ]} />
    </>
  );
}

function QuestionResults({ ctx, r }: { ctx: ViewContext; r: QuestionResult }) {
  const { t } = ctx;
  if (r.counts) return <Bars ctx={ctx} rows={r.counts} caption={t('participation.consultation.countsCaption')} />;
  if (r.distribution) {
    return (
      <>
        <p><strong>{t('participation.consultation.average', { average: r.average === null ? '—' : new Intl.NumberFormat(ctx.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.average!) })}</strong></p>
        <Bars ctx={ctx} rows={r.distribution.map((d) => ({ label: String(d.value), count: d.count }))} caption={t('participation.consultation.distributionCaption')} />
      </>
    );
  }
  if (r.ranking) {
    return <Table ctx={ctx} caption={t('participation.consultation.rankingCaption')} rows={r.ranking.map((x, i) => ({ ...x, place: i + 1 }))} columns={[
      { header: t('participation.consultation.place'), cell: (x) => x.place, numeric: true },
      { header: t('participation.consultation.option'), cell: (x) => x.label, rowHeader: true },
      { header: t('participation.consultation.averagePosition'), cell: (x) => x.averagePosition, numeric: true },
      { header: t('participation.consultation.borda'), cell: (x) => x.borda, numeric: true },
    ]} />;
  }
  if (r.matrix) {
    const columns = r.matrix[0]?.counts ?? [];
    return <Table ctx={ctx} caption={t('participation.consultation.matrixCaption')} rows={r.matrix} columns={[
      { header: t('participation.consultation.row'), cell: (x) => x.row, rowHeader: true },
      ...columns.map((col, k) => ({ header: col.label, cell: (x: (typeof r.matrix)[number]) => x.counts[k]!.count, numeric: true })),
    ]} />;
  }
  return null;
}

function TextAnswers({ ctx, page, baseUrl }: { ctx: ViewContext; page: TextPage; baseUrl: string }) {
  if (page.items.length === 0) return <p>{ctx.t('participation.consultation.noText')}</p>;
  return (
    <>
      <ul>{page.items.map((a) => <li><span class="hint">{`#${a.respondent}`}</span> {a.text}</li>)}</ul>
      <Pagination ctx={ctx} baseUrl={baseUrl} nextCursor={page.next} isFirstPage={page.first} />
    </>
  );
}
