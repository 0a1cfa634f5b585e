// The budget explorer of one institution and year: where the money goes, level by level (partida → capítulo →
// programa → subtítulo → ítem → asignación), as a treemap with a table beside it that holds the same figures, the
// initial/current/executed bars and the execution rate by month. All state is in the URL (state.ts).
import type { ViewContext } from '../../../core/views/context.js';
import { Layout } from '../../../core/views/layout.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { canActInModule } from '../../../core/policy.js';
import { MEASURE_NAMES, type Level, type Measure } from '../babbage/model.js';
import { hasOneMeasure, mainMeasure, type BudgetDataset } from '../queries.js';
import type { Amounts, ExplorerView, Node } from './data.js';
import { apiUrl, viewUrl, type ExplorerState, type Path } from './state.js';
import { MeasureBars, MonthlyRate, Treemap } from './charts.js';
import { millions, moneyOrDash, percent } from './money.js';
import { classifierNote } from './classifier-note.js';
import { PathCrumbs } from './path-crumbs.js';
import { datasetName, levelName, measureName, named } from './names.js';
import { measureColumns } from './columns.js';
import { Table } from '../../../core/views/components/table.js';

export interface InstitutionRef { id: number; slug: string; name: string }

export const budgetBase = (slug: string) => `/instituciones/${slug}/presupuesto`;
/** The path as query parameters, for the same place in the year comparison. */
const comparePath = (path: Path) => new URLSearchParams(path.map((p) => [p.level, p.code])).toString();
const explorerBase = (slug: string, year: number) => `${budgetBase(slug)}/${year}`;

export function ExplorerPage({ ctx, institution, dataset, siblings, state, view }: {
  ctx: ViewContext; institution: InstitutionRef; dataset: BudgetDataset; siblings: BudgetDataset[]; state: ExplorerState; view: ExplorerView;
}) {
  const { nationalTotal } = view;
  const { t } = ctx;
  const base = explorerBase(institution.slug, dataset.year);
  const current = { ...state, path: view.path };
  const at = (path: Path) => viewUrl(base, { ...state, path });
  const drill = (node: Node) => (view.level ? at([...view.path, { level: view.level, code: node.code }]) : undefined);
  const here = view.crumbs.at(-1);
  const heading = here ? named(here.code, here.label) : t('budget.explorer.wholeBudget', { tipo: t(`budget.explorer.tipo.${state.tipo}` as MessageKey) });
  const measureTotal = view.total[state.measure] ?? 0n;
  return (
    <Layout ctx={ctx} title={`${t('budget.explorer.title', { year: dataset.year })} · ${institution.name}`} institution={institution}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name },
        { href: budgetBase(institution.slug), label: t('budget.explorer.budgets') }, { label: String(dataset.year) }]}>
      <h1>{t('budget.explorer.title', { year: dataset.year })} <span class="subtitle">{institution.name}</span></h1>
      <DatasetSwitch ctx={ctx} base={base} state={state} dataset={dataset} siblings={siblings} />
      <Controls ctx={ctx} base={base} state={current} dataset={dataset} />
      <PathCrumbs ctx={ctx} crumbs={view.crumbs} path={view.path} at={at} />
      <h2>{heading}</h2>
      <ClassifierNote ctx={ctx} path={view.path} />
      {nationalTotal !== null && measureTotal !== nationalTotal && (
        <p class="notice">{t('budget.explorer.nationalNote', { transfers: millions(measureTotal - nationalTotal, ctx.locale), total: millions(nationalTotal, ctx.locale) })}</p>
      )}
      <div class="budget-summary">
        <MeasureBars ctx={ctx} total={view.total} />
        <MonthlyRate ctx={ctx} months={view.months} vigente={view.total.vigente} id="rate" />
      </div>
      {view.level && view.children.length > 0 ? (
        <div class="budget-explore">
          <Treemap ctx={ctx} caption={treemapCaption(ctx, view, state.measure)}
            items={view.children.map((n) => ({ code: n.code, label: named(n.code, n.label), value: n[state.measure] ?? 0n, href: drill(n)! }))} />
          <ChildrenTable ctx={ctx} view={view} measure={state.measure} total={measureTotal} drill={drill} />
        </div>
      ) : (
        <p class="empty-state">{view.level ? t('budget.explorer.noChildren') : t('budget.explorer.leaf')}</p>
      )}
      <ul class="export-links">
        <li><a href={viewUrl(base, current)}>{t('budget.explorer.permalink')}</a></li>
        <li><a href={`${budgetBase(institution.slug)}/comparar?${comparePath(view.path)}`}>{t('budget.compare.link')}</a></li>
        <li><a href={apiUrl(current, view.level, 'csv')} download>{t('budget.explorer.csv')}</a></li>
        <li><a href={apiUrl(current, view.level, 'json')}>{t('budget.explorer.json')}</a></li>
      </ul>
      <p class="hint">{t('budget.explorer.source', { files: dataset.sourceNames.slice(0, 3).join(', ') + (dataset.sourceNames.length > 3 ? ` (+${dataset.sourceNames.length - 3})` : ''), date: dataset.importedAt.toISOString().slice(0, 10) })}</p>
    </Layout>
  );
}

/** What the clasificador says the node covers, when the path ends at a subtítulo, ítem or asignación it describes. */
function ClassifierNote({ ctx, path }: { ctx: ViewContext; path: Path }) {
  const code = (level: Level) => path.find((p) => p.level === level)?.code ?? '';
  const last = path.filter((p) => p.code !== '').at(-1);
  if (!last || !['subtitulo', 'item', 'asignacion'].includes(last.level)) return null;
  const note = classifierNote(ctx.t, code('subtitulo'), code('item'), code('asignacion'));
  return note ? <p class="hint">{note}</p> : null;
}

function treemapCaption(ctx: ViewContext, view: ExplorerView, measure: Measure): string {
  const total = view.total[measure] ?? 0n;
  const top = view.children.slice(0, 3).map((n) => `${n.label} ${percent(n[measure] ?? 0n, total, ctx.locale) ?? ''}`).join('; ');
  return ctx.t('budget.explorer.treemapCaption', { level: levelName(ctx, view.level!), measure: measureName(ctx, measure), count: view.children.length, top });
}

function ChildrenTable({ ctx, view, measure, total, drill }: { ctx: ViewContext; view: ExplorerView; measure: Measure; total: bigint; drill: (n: Node) => string | undefined }) {
  const { t } = ctx;
  const share = (a: Amounts) => percent(a[measure] ?? 0n, total, ctx.locale) ?? '—';
  const executed = (a: Amounts) => (a.ejecutado !== null && a.vigente ? percent(a.ejecutado, a.vigente, ctx.locale) : '—');
  return (
    <Table ctx={ctx} caption={t('budget.explorer.tableCaption', { level: levelName(ctx, view.level!) })} rows={view.children} columns={[
      { header: t('budget.attribute.code'), cell: (n) => n.code },
      { header: levelName(ctx, view.level!), rowHeader: true, cell: (n) => (view.level !== 'asignacion' ? <a href={drill(n)}>{n.label}</a> : n.label) },
      ...measureColumns(ctx, (n: Node) => n),
      { header: t('budget.explorer.share', { measure: measureName(ctx, measure) }), numeric: true, cell: share },
      { header: t('budget.explorer.executionRate'), numeric: true, cell: executed },
    ]} footer={<>
      <th scope="row" colSpan={2}>{t('budget.explorer.total')}</th>
      {MEASURE_NAMES.map((m) => <td class="num">{moneyOrDash(view.total[m], ctx.locale)}</td>)}
      <td class="num">{share(view.total)}</td>
      <td class="num">{executed(view.total)}</td>
    </>} />
  );
}

/** Ley and execution of the same year are separate cubes: links between them keep the path. */
function DatasetSwitch({ ctx, base, state, dataset, siblings }: { ctx: ViewContext; base: string; state: ExplorerState; dataset: BudgetDataset; siblings: BudgetDataset[] }) {
  if (siblings.length < 2) return <p class="lead">{datasetName(ctx, dataset, siblings)}</p>;
  return (
    <nav aria-label={ctx.t('budget.explorer.datasets')} class="tabs">
      <ul>{siblings.map((d) => (
        <li>{d.id === dataset.id
          ? <span aria-current="page">{datasetName(ctx, d, siblings)}</span>
          : <a href={viewUrl(base, { ...state, cube: d.cube, measure: hasOneMeasure(d) || hasOneMeasure(dataset) ? mainMeasure(d) : state.measure })}>{datasetName(ctx, d, siblings)}</a>}
        </li>))}
      </ul>
    </nav>
  );
}

/** Ingresos or gastos, and the measure the treemap sizes by: a GET form, so it works without JavaScript. */
function Controls({ ctx, base, state, dataset }: { ctx: ViewContext; base: string; state: ExplorerState; dataset: BudgetDataset }) {
  const { t } = ctx;
  const measures = hasOneMeasure(dataset) ? [mainMeasure(dataset)] : [...MEASURE_NAMES];
  return (
    <form method="get" action={base} class="filters budget-controls">
      <input type="hidden" name="cubo" value={state.cube} />
      {state.path.map((p) => <input type="hidden" name={p.level} value={p.code} />)}
      <fieldset class="field">
        <legend>{t('budget.dimension.tipo')}</legend>
        {(['gasto', 'ingreso'] as const).map((tipo) => (
          <label class="inline"><input type="radio" name="tipo" value={tipo} checked={state.tipo === tipo} /> {t(`budget.explorer.tipo.${tipo}` as MessageKey)}</label>
        ))}
      </fieldset>
      {measures.length > 1 && (
        <div class="field">
          <label for="f-medida">{t('budget.explorer.sizeBy')}</label>
          <select id="f-medida" name="medida">{measures.map((m) => <option value={m} selected={state.measure === m}>{measureName(ctx, m)}</option>)}</select>
        </div>
      )}
      <button type="submit" class="button button-secondary">{t('budget.explorer.show')}</button>
    </form>
  );
}

/** The institution's budgets by year, newest first, with the totals a reader looks for first. */
export function BudgetIndexPage({ ctx, institution, datasets }: { ctx: ViewContext; institution: InstitutionRef; datasets: (BudgetDataset & { gasto: bigint | null })[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${t('budget.explorer.budgets')} · ${institution.name}`} institution={institution}
      breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name }, { label: t('budget.explorer.budgets') }]}>
      <h1>{t('budget.explorer.budgets')} <span class="subtitle">{institution.name}</span></h1>
      <ul class="export-links">
        <li><a href={`${budgetBase(institution.slug)}/comparar`}>{t('budget.compare.link')}</a></li>
        <li><a href="/presupuesto/tecnologia">{t('budget.tech.title')}</a></li>
        {canActInModule(ctx.actor, institution.id, 'budget') && <li><a href={`${budgetBase(institution.slug)}/importar`}>{t('budget.admin.import.title')}</a></li>}
      </ul>
      {datasets.length === 0 ? <p class="empty-state">{t('budget.explorer.none')}</p> : (
        <Table ctx={ctx} caption={t('budget.explorer.budgets')} rows={datasets} columns={[
          { header: t('budget.dimension.anio'), cell: (d) => d.year },
          { header: t('budget.explorer.dataset'), rowHeader: true, cell: (d) => (
            <a href={viewUrl(explorerBase(institution.slug, d.year), { cube: d.cube, tipo: 'gasto', measure: mainMeasure(d), path: [] })}>{datasetName(ctx, d, datasets)}</a>) },
          { header: t('budget.explorer.gastoTotal'), numeric: true, cell: (d) => (d.gasto === null ? '—' : millions(d.gasto, ctx.locale)) },
          { header: t('budget.explorer.facts'), cell: (d) => new Intl.NumberFormat(ctx.locale).format(d.factCount) },
        ]} />
      )}
    </Layout>
  );
}
