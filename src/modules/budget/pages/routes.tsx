// The public budget pages: an institution's budgets by year, and the explorer of one year. Read-only and anonymous:
// a published budget is public information (Ley 20.285, art. 7 letra c: transparencia activa of budget execution).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { RefParams } from '../../../core/tenancy/access.js';
import { listDatasets } from '../queries.js';
import { nationalGastoTotalOf, TESORO_PUBLICO_PARTIDA } from '../national-totals.js';
import { exploreView } from './data.js';
import { ExplorerQuery, pathOf, type ExplorerState } from './state.js';
import { BudgetIndexPage, ExplorerPage } from './explorer.js';

const YearParams = Type.Composite([RefParams, Type.Object({ year: Type.Integer({ minimum: 1990, maximum: 2100 }) })]);

async function institutionOf(db: Db, ref: string) {
  const institution = await findInstitution(db, ref);
  if (!institution) throw notFound();
  return institution;
}

export async function budgetPageRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/instituciones/:ref/presupuesto', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof RefParams>).ref);
    const datasets = await listDatasets(db, institution.id);
    // Gasto without the Tesoro Público's transfers to other partidas (national-totals.ts); a no-op for other budgets.
    const withTotals = await Promise.all(datasets.map(async (d) => ({ ...d, gasto: await nationalGastoTotalOf(db, d.id, d.kind === 'ley' ? 'inicial' : 'vigente') })));
    return reply.html(<BudgetIndexPage ctx={request.view()} institution={institution} datasets={withTotals} />);
  });

  app.get('/instituciones/:ref/presupuesto/:year', { schema: { hide: true, params: YearParams, querystring: ExplorerQuery } }, async (request, reply) => {
    const params = request.params as Static<typeof YearParams>;
    const query = request.query as ExplorerQuery;
    const institution = await institutionOf(db, params.ref);
    const siblings = (await listDatasets(db, institution.id)).filter((d) => d.year === params.year).sort((a, b) => a.kind.localeCompare(b.kind));
    // Execution first when there is one: it carries all three measures.
    const dataset = query.cubo ? siblings.find((d) => d.cube === query.cubo) : siblings.find((d) => d.kind === 'ejecucion') ?? siblings[0];
    if (!dataset) throw notFound();
    const state: ExplorerState = {
      cube: dataset.cube, tipo: query.tipo ?? 'gasto', path: pathOf(query),
      measure: dataset.kind === 'ley' ? 'inicial' : query.medida ?? 'vigente',
    };
    const view = await exploreView(db, dataset, state);
    // At the top of a national gasto view, the Tesoro Público's transfers to the other partidas are counted twice.
    const national = state.tipo === 'gasto' && view.path.length === 0 && view.children.some((c) => c.code === TESORO_PUBLICO_PARTIDA)
      ? await nationalGastoTotalOf(db, dataset.id, state.measure) : null;
    return reply.html(<ExplorerPage ctx={request.view()} institution={institution} dataset={dataset} siblings={siblings} state={state} view={view} nationalTotal={national} />);
  });
}
