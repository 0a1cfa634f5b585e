// …/llamados/{id}/lotes/{n}/informe: the public award report of a lot — the facts, the ranking with each criterion's
// score and each bid's result, the criteria with their formulas, the evaluation committee, and the downloads.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table, type Column } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { LotReport, ReportRow } from '../report.js';
import { reportPath } from '../present.js';
import { printRut } from '../../suppliers/views/parts.js';
import { methodLabel, pesos, resultLabel, score, stateLabel } from './parts.js';

export const callPath = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}`;

export function ReportPage({ ctx, r }: { ctx: ViewContext; r: LotReport }) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const { call, lot } = r;
  const criterionName = (id: number) => r.criteria.find((c) => c.id === id)?.name ?? String(id);
  const base = reportPath(call.institution.slug, call.id, lot.number);
  const columns: Column<ReportRow>[] = [
    { header: t('procurement.evaluation.col.rank'), cell: (row) => row.rank ?? '—', numeric: true },
    { header: t('procurement.evaluation.col.supplier'), rowHeader: true, cell: (row) => (
      <><a href={`/compras/proveedores/${row.supplier.id}`}>{row.supplier.legalName}</a>{row.supplier.rut && <span class="cell-note">RUT {printRut(row.supplier.rut)}</span>}</>
    ) },
    { header: t('procurement.evaluation.col.price'), cell: (row) => pesos(ctx, row.price), numeric: true },
    ...r.criteria.map((c): Column<ReportRow> => ({ header: `${c.name} (${c.weight} %)`, cell: (row) => score(ctx, row.scores[String(c.id)]), numeric: true })),
    { header: t('procurement.evaluation.col.total'), cell: (row) => <strong>{score(ctx, row.total, 3)}</strong>, numeric: true },
    { header: t('procurement.evaluation.col.result'), cell: (row) => resultLabel(ctx, row, criterionName) },
  ];
  return (
    <Layout ctx={ctx} title={`${t('procurement.evaluation.report.title')} · ${t('procurement.evaluation.lot.heading', { number: lot.number, title: lot.title })}`}
      institution={call.institution} breadcrumbs={[
        { href: `/instituciones/${call.institution.slug}/compras`, label: call.institution.name },
        { href: callPath(call.institution.slug, call.id), label: call.title },
        { label: t('procurement.evaluation.report.title') },
      ]}>
      <h1>{t('procurement.evaluation.lot.heading', { number: lot.number, title: lot.title })}<span class="subtitle">{t('procurement.evaluation.report.title')}</span></h1>
      <dl class="facts">
        <div><dt>{t('procurement.evaluation.report.call')}</dt><dd><a href={callPath(call.institution.slug, call.id)}>{call.title}</a></dd></div>
        <div><dt>{t('procurement.evaluation.report.state')}</dt><dd>{stateLabel(ctx, lot.state)}</dd></div>
        <div><dt>{t('procurement.evaluation.report.budget')}</dt><dd>{pesos(ctx, lot.budgetAmount)}</dd></div>
        <div><dt>{t('procurement.evaluation.report.admitCount')}</dt><dd>{lot.admitCount}</dd></div>
        {r.decidedAt && <div><dt>{t('procurement.evaluation.report.decidedAt')}</dt><dd>{dateTime.format(r.decidedAt)}</dd></div>}
        {lot.standstillUntil && <div><dt>{t('procurement.evaluation.report.standstill')}</dt><dd>{dateTime.format(lot.standstillUntil)}</dd></div>}
      </dl>
      {lot.standstillUntil && <p class="hint">{t('procurement.evaluation.report.standstillHint')}</p>}
      {lot.state === 'deserted' && lot.reason && <p class="notice">{t('procurement.evaluation.report.deserted', { reason: lot.reason })}</p>}
      {r.rows.length > 0 && <>
        <h2>{t('procurement.evaluation.report.rankingTitle')}</h2>
        <Table ctx={ctx} caption={t('procurement.evaluation.report.rankingCaption', { number: lot.number })} columns={columns} rows={r.rows} />
        <p class="export-links">{t('procurement.evaluation.report.download')}: <a href={`${base}.csv`}>{t('export.csv')}</a> · <a href={`${base}.json`}>{t('export.json')}</a></p>
      </>}
      <h2>{t('procurement.evaluation.report.criteriaTitle')}</h2>
      {/* A list, not a table: each formula is a sentence, which a phone cannot show in a table column. */}
      <ul>
        {r.criteria.map((c) => (
          <li><strong>{c.name}</strong> — {t('procurement.evaluation.report.criterionWeight', { weight: c.weight })}
            {c.minScore !== null && `, ${t('procurement.evaluation.report.criterionMinimum', { min: score(ctx, c.minScore) })}`}. {methodLabel(ctx, c.kind)}</li>
        ))}
      </ul>
      <p>{t('procurement.evaluation.report.totalRule')}</p>
      <h2>{t('procurement.evaluation.report.evaluatorsTitle')}</h2>
      <p class="hint">{t('procurement.evaluation.report.evaluatorsHint')}</p>
      <ul>
        {r.evaluators.map((e) => <li>{e.name} — {e.declaredAt
          ? t('procurement.evaluation.evaluators.declaredOn', { date: dateTime.format(e.declaredAt) }) : t('procurement.evaluation.report.notDeclared')}</li>)}
      </ul>
    </Layout>
  );
}
