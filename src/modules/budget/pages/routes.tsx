// The public budget pages: an institution's budgets by year, and the explorer of one year. Read-only and anonymous:
// a published budget is public information (Ley 20.285, art. 7 letra c: transparencia activa of budget execution).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { RefParams } from '../../../core/tenancy/access.js';
import { hasOneMeasure, listDatasets, mainMeasure } from '../queries.js';
import { nationalGastoTotalOf } from '../national-totals.js';
import { exploreView } from './data.js';
import { ExplorerQuery, pathOf, type ExplorerState } from './state.js';
import { budgetBase, BudgetIndexPage, ExplorerPage } from './explorer.js';
import { TECHNOLOGY_PATH, TechnologyPage } from './technology.js';
import { compareBase, ComparePage, type CompareState } from './compare.js';
import { compareYears } from './compare-data.js';
import { loadDeflators } from '../deflators.js';
import { HIERARCHY } from '../babbage/model.js';
import { technologyByInstitution, technologyDetail, technologyTrend, yearsWithBudgets } from './technology-data.js';

const TechnologyQuery = Type.Object({
  anio: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  cubo: Type.Optional(Type.String({ maxLength: 100, pattern: '^[a-z0-9-]*$' })),
});
const CompareQuery = Type.Object({
  desde: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  hasta: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  datos: Type.Optional(Type.Union([Type.Literal('ley'), Type.Literal('ejecucion')])),
  reales: Type.Optional(Type.Literal('1')),
  tipo: ExplorerQuery.properties.tipo,
  ...Object.fromEntries(HIERARCHY.map((level) => [level, ExplorerQuery.properties[level]])),
});
const YearParams = Type.Composite([RefParams, Type.Object({ year: Type.Integer({ minimum: 1990, maximum: 2100 }) })]);

async function institutionOf(db: Db, ref: string) {
  const institution = await findInstitution(db, ref);
  if (!institution) throw notFound();
  return institution;
}

export async function budgetPageRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get(budgetBase(':ref'), { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof RefParams>).ref);
    const datasets = await listDatasets(db, institution.id);
    // Gasto without the Tesoro Público's transfers to other partidas (national-totals.ts); a no-op for other budgets.
    const withTotals = await Promise.all(datasets.map(async (d) => ({ ...d, gasto: await nationalGastoTotalOf(db, d.id, mainMeasure(d)) })));
    return reply.html(<BudgetIndexPage ctx={request.view()} institution={institution} datasets={withTotals} />);
  });

  app.get(`${budgetBase(':ref')}/:year`, { schema: { hide: true, params: YearParams, querystring: ExplorerQuery } }, async (request, reply) => {
    const params = request.params as Static<typeof YearParams>;
    const query = request.query as ExplorerQuery;
    const institution = await institutionOf(db, params.ref);
    const siblings = (await listDatasets(db, institution.id)).filter((d) => d.year === params.year).sort((a, b) => a.kind.localeCompare(b.kind));
    // An imported execution first when there is one: it carries all three measures (procurement payments only one).
    const dataset = query.cubo ? siblings.find((d) => d.cube === query.cubo) : siblings.find((d) => !hasOneMeasure(d)) ?? siblings[0];
    if (!dataset) throw notFound();
    const state: ExplorerState = {
      cube: dataset.cube, tipo: query.tipo ?? 'gasto', path: pathOf(query),
      measure: hasOneMeasure(dataset) ? mainMeasure(dataset) : query.medida ?? mainMeasure(dataset),
    };
    const view = await exploreView(db, dataset, state);
    return reply.html(<ExplorerPage ctx={request.view()} institution={institution} dataset={dataset} siblings={siblings} state={state} view={view} />);
  });

  app.get(TECHNOLOGY_PATH, { schema: { hide: true, querystring: TechnologyQuery } }, async (request, reply) => {
    const query = request.query as Static<typeof TechnologyQuery>;
    const years = await yearsWithBudgets(db);
    const year = query.anio ?? years[0] ?? null;
    if (year !== null && !years.includes(year)) throw notFound();
    const lines = year === null ? [] : await technologyByInstitution(db, year);
    const selected = lines.find((l) => l.dataset.cube === query.cubo) ?? lines[0] ?? null;
    if (query.cubo && selected?.dataset.cube !== query.cubo) throw notFound();
    const [detail, trend] = selected
      ? await Promise.all([technologyDetail(db, selected.dataset), technologyTrend(db, selected.dataset.institutionId)])
      : [null, []];
    return reply.html(<TechnologyPage ctx={request.view()} years={years} year={year} lines={lines} selected={selected} detail={detail} trend={trend} />);
  });

  app.get(compareBase(':ref'), { schema: { hide: true, params: RefParams, querystring: CompareQuery } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof RefParams>).ref);
    const query = request.query as Static<typeof CompareQuery> & ExplorerQuery;
    const datasets = await listDatasets(db, institution.id);
    const years = [...new Set(datasets.map((d) => d.year))].sort((a, b) => a - b);
    if (years.length === 0) throw notFound();
    const to = query.hasta ?? years.at(-1)!;
    const from = query.desde ?? years.filter((y) => y < to).at(-1) ?? to;
    // The Ley by default: it exists for every year, while execution reports may cover part of a year only.
    const kind = query.datos ?? 'ley';
    const state: CompareState = { from, to, kind, real: query.reales === '1', tipo: query.tipo ?? 'gasto', path: pathOf(query) };
    const before = datasets.find((d) => d.year === from && d.kind === kind);
    const after = datasets.find((d) => d.year === to && d.kind === kind);
    const comparison = before && after
      ? await compareYears(db, before, after, { tipo: state.tipo, path: state.path }, state.real ? { deflators: await loadDeflators(db) } : null)
      : null;
    return reply.html(<ComparePage ctx={request.view()} institution={institution} years={years} state={state} comparison={comparison} />);
  });
}
