// The technology spending lens: how much each institution plans and executes on technology (the rule set of
// technology.ts), its share of the budget, the trend over the years and where it goes — the page a journalist cites,
// so every figure says its measure and year and links to the data behind it.
import type { ViewContext } from '../../../core/views/context.js';
import { Layout } from '../../../core/views/layout.js';
import type { Measure } from '../babbage/model.js';
import { TECHNOLOGY_CUTS, type TechnologyDetail, type TechnologyLine } from './technology-data.js';
import { mainMeasure } from '../queries.js';
import type { Cell } from './aggregate.js';
import { YearColumns } from './charts.js';
import { millions, percent } from './money.js';
import { datasetName, measureName } from './names.js';
import { measureColumns } from './columns.js';
import { Table } from '../../../core/views/components/table.js';
import { budgetBase } from './explorer.js';
import { classifierNote } from './classifier-note.js';

export const TECHNOLOGY_PATH = '/presupuesto/tecnologia';
import { RULES_PATH } from '../admin/technology/views.js';

const share = (ctx: ViewContext, line: TechnologyLine) => percent(line.technology[mainMeasure(line.dataset)] ?? 0n, line.gasto, ctx.locale) ?? '—';
const apiCut = TECHNOLOGY_CUTS.map((c) => `${c.dimension}:${c.values.join(';')}`).join('|');
const apiLink = (cube: string, drilldown: string, format?: 'csv') =>
  `/api/3/cubes/${cube}/aggregate?${new URLSearchParams({ cut: apiCut, drilldown, ...(format ? { format } : {}) }).toString()}`;

export interface TechnologyPageProps {
  ctx: ViewContext;
  years: number[];
  year: number | null;
  lines: TechnologyLine[];
  selected: TechnologyLine | null;
  detail: TechnologyDetail | null;
  trend: TechnologyLine[];
}

export function TechnologyPage({ ctx, years, year, lines, selected, detail, trend }: TechnologyPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('budget.tech.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('budget.tech.title') }]}>
      <h1>{t('budget.tech.title')}</h1>
      <p class="lead">{t('budget.tech.lead')}</p>
      <p>{t('budget.tech.rules')} <a href={RULES_PATH}>{t('budget.tech.rulesLink')}</a></p>
      {year === null ? <p class="empty-state">{t('budget.tech.none')}</p> : (
        <>
          <form method="get" action={TECHNOLOGY_PATH} class="filters">
            <div class="field">
              <label for="f-anio">{t('budget.dimension.anio')}</label>
              <select id="f-anio" name="anio">{years.map((y) => <option value={String(y)} selected={y === year}>{y}</option>)}</select>
            </div>
            <button type="submit" class="button button-secondary">{t('budget.explorer.show')}</button>
          </form>
          <h2>{t('budget.tech.byInstitution', { year })}</h2>
          <InstitutionsTable ctx={ctx} lines={lines} year={year} />
          {selected && detail && <Detail ctx={ctx} line={selected} detail={detail} trend={trend} />}
        </>
      )}
    </Layout>
  );
}

function InstitutionsTable({ ctx, lines, year }: { ctx: ViewContext; lines: TechnologyLine[]; year: number }) {
  const { t } = ctx;
  return (
    <Table ctx={ctx} caption={t('budget.tech.byInstitution', { year })} rows={lines} columns={[
      { header: t('budget.tech.institution'), rowHeader: true, cell: (l) => <a href={`${TECHNOLOGY_PATH}?anio=${year}&cubo=${l.dataset.cube}`}>{l.institution.name}</a> },
      { header: t('budget.explorer.dataset'), cell: (l) => datasetName(ctx, l.dataset, lines.map((o) => o.dataset)) },
      ...measureColumns(ctx, (l: TechnologyLine) => l.technology),
      { header: t('budget.tech.share'), numeric: true, cell: (l) => share(ctx, l) },
    ]} />
  );
}

function Detail({ ctx, line, detail, trend }: { ctx: ViewContext; line: TechnologyLine; detail: TechnologyDetail; trend: TechnologyLine[] }) {
  const { t } = ctx;
  const m = mainMeasure(line.dataset);
  // One series per kind and measure: procurement payments (ejecutado) never share a column with an execution's vigente.
  const sameKind = trend.filter((l) => l.dataset.kind === line.dataset.kind && mainMeasure(l.dataset) === m);
  const headline = t('budget.tech.headline', {
    institution: line.institution.name, year: line.dataset.year, measure: measureName(ctx, m).toLowerCase(),
    amount: millions(line.technology[m] ?? 0n, ctx.locale), share: share(ctx, line),
  });
  return (
    <section aria-labelledby="detail-h">
      <h2 id="detail-h">{line.institution.name} · {line.dataset.year} · {datasetName(ctx, line.dataset, trend.map((o) => o.dataset))}</h2>
      <p class="notice">{headline}</p>
      {sameKind.length > 1 && (
        <>
          <h3>{t('budget.tech.trend')}</h3>
          <YearColumns ctx={ctx} id="trend" points={sameKind.map((l) => ({ year: l.dataset.year, value: l.technology[m] ?? 0n }))}
            caption={t('budget.tech.trendCaption', { measure: measureName(ctx, m), values: sameKind.map((l) => `${l.dataset.year}: ${millions(l.technology[m] ?? 0n, ctx.locale)} (${share(ctx, l)})`).join('; ') })} />
        </>
      )}
      {detail.programmes.length > 0 && (
        <CellTable ctx={ctx} caption={t('budget.tech.topProgrammes')} cells={detail.programmes} measure={m} total={line.technology[m] ?? 0n}
          name={(c) => `${c.code.partida}.${c.code.capitulo}.${c.code.programa} ${c.label.programa}`}
          href={(c) => `${budgetBase(line.institution.slug)}/${line.dataset.year}?${new URLSearchParams({ cubo: line.dataset.cube, tipo: 'gasto', medida: m, partida: c.code.partida!, capitulo: c.code.capitulo!, programa: c.code.programa! }).toString()}`} />
      )}
      <CellTable ctx={ctx} caption={t('budget.tech.byCode')} cells={detail.codes} measure={m} total={line.technology[m] ?? 0n}
        name={(c) => [c.code.subtitulo, c.code.item, c.code.asignacion].filter(Boolean).join('.') + ' ' + (c.label.asignacion || c.label.item || c.label.subtitulo)}
        note={(c) => classifierNote(t, c.code.subtitulo!, c.code.item, c.code.asignacion)} />
      <ul class="export-links">
        <li><a href={apiLink(line.dataset.cube, 'partida|capitulo|programa', 'csv')} download>{t('budget.tech.csv')}</a></li>
        <li><a href={apiLink(line.dataset.cube, 'partida|capitulo|programa')}>{t('budget.explorer.json')}</a></li>
      </ul>
    </section>
  );
}

/** Cells with their share of the institution's whole technology spending (`total`), not of the rows shown. */
function CellTable({ ctx, caption, cells, measure, total, name, href, note }: {
  ctx: ViewContext; caption: string; cells: Cell[]; measure: Measure; total: bigint; name: (c: Cell) => string; href?: (c: Cell) => string;
  /** A line under the name, e.g. what the clasificador says the code covers. */
  note?: (c: Cell) => string | undefined;
}) {
  return (
    <Table ctx={ctx} caption={caption} rows={cells} columns={[
      { header: ctx.t('budget.attribute.label'), rowHeader: true, cell: (c) => <>{href ? <a href={href(c)}>{name(c)}</a> : name(c)}{note?.(c) && <span class="cell-note">{note(c)}</span>}</> },
      ...measureColumns(ctx, (c: Cell) => c),
      { header: ctx.t('budget.tech.shareOfTechnology'), numeric: true, cell: (c) => percent(c[measure] ?? 0n, total, ctx.locale) ?? '—' },
    ]} />
  );
}
