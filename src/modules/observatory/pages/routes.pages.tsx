// The observatory's public result pages: /observatorio (map, groups, top ten), /observatorio/ranking (filters),
// /observatorio/regiones/{code}, /observatorio/municipios/{cut}, and /instituciones/{slug}/observatorio, which sends
// a municipality to its page and a regional government to its adoption dashboard. Anyone may read them: they show
// results of the latest method version about municipalities, never a person.
import type { FastifyInstance } from 'fastify';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { PILLARS } from '../pillars.js';
import { PEER_GROUPS } from '../index/method.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { countRanked, findMunicipalityPlace, findResults, listMunicipalityValues, listMunicipalityYears, listPeerDetails, listRegions, listTrackedCuts,
  listYearScores } from './queries.js';
import { findClosestPeers, rankPriorities } from './priorities.js';
import { OBSERVATORY_PATH, municipalityPath } from './present.js';
import { LandingPage } from './views/landing.js';
import { RankingPage } from './views/ranking.js';
import { RegionPage } from './views/region.js';
import { MunicipalityPage } from './views/municipality.js';

/** A GET form sends every field, the unused ones empty: an empty value means "any". */
const orEmpty = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Literal('')]));
const literals = <V extends string>(values: readonly V[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const YearQuery = Type.Object({ anio: orEmpty(Year) });
const RankingQuery = Type.Object({
  anio: orEmpty(Year),
  region: orEmpty(Type.String({ pattern: '^\\d{2}$' })),
  'grupo-pares': orEmpty(literals(PEER_GROUPS)),
  pilar: orEmpty(literals(PILLARS)),
});
// Malformed codes get the same 404 as unknown ones: a reader who mistyped a link needs "not found", not "bad request".
const CodeParams = Type.Object({ code: Type.String({ maxLength: 20 }) });
const CutParams = Type.Object({ cut: Type.String({ maxLength: 20 }) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

/** Values in the catalogue's order (pillar by pillar, context last); unknown codes at the end. */
const CATALOGUE_ORDER = new Map(INDICATORS.map((i, n) => [i.code, n]));
const catalogueOrder = (code: string) => CATALOGUE_ORDER.get(code) ?? INDICATORS.length;
const yearOf = (q: { anio?: number | '' }) => (q.anio === '' ? undefined : q.anio);

export async function pagePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  /** Results of the year asked for (404 when it has none), or of the latest year; null before the first computation. */
  async function resultsOr404(requested: number | undefined) {
    const found = await findResults(db, requested);
    if (requested !== undefined && !found.results) throw notFound();
    return found;
  }

  app.get(OBSERVATORY_PATH, { schema: { hide: true, querystring: YearQuery } }, async (request, reply) => {
    const { years, results } = await resultsOr404(yearOf(request.query as Static<typeof YearQuery>));
    const [rows, regions] = await Promise.all([listYearScores(db, results?.method.version ?? 0, results?.year ?? 0), listRegions(db)]);
    return reply.html(<LandingPage ctx={request.view()} year={results?.year ?? null} years={years} rows={rows} regions={regions} />);
  });

  app.get(`${OBSERVATORY_PATH}/ranking`, { schema: { hide: true, querystring: RankingQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof RankingQuery>;
    const { years, results } = await resultsOr404(yearOf(q));
    const [rows, regions] = await Promise.all([
      results ? listYearScores(db, results.method.version, results.year, { region: q.region || undefined, peerGroup: q['grupo-pares'] || undefined }) : [],
      listRegions(db),
    ]);
    const pillar = q.pilar || undefined;
    // Sorted by the pillar, best first; municipalities without that pillar last (Array.sort is stable: rank order stays within ties).
    if (pillar) rows.sort((a, b) => (b.pillars[pillar] ?? -1) - (a.pillars[pillar] ?? -1));
    return reply.html(<RankingPage ctx={request.view()} year={results?.year ?? null} years={years} rows={rows} regions={regions}
      query={{ ...q, anio: q.anio === undefined ? undefined : String(q.anio) }} />);
  });

  app.get(`${OBSERVATORY_PATH}/regiones/:code`, { schema: { hide: true, params: CodeParams, querystring: YearQuery } }, async (request, reply) => {
    const { code } = request.params as Static<typeof CodeParams>;
    const region = (await listRegions(db)).find((r) => r.code === code);
    if (!region) throw notFound();
    const { years, results } = await resultsOr404(yearOf(request.query as Static<typeof YearQuery>));
    const version = results?.method.version ?? 0;
    const year = results?.year ?? 0;
    const [rows, ranked] = await Promise.all([listYearScores(db, version, year, { region: code }), countRanked(db, version, year)]);
    return reply.html(<RegionPage ctx={request.view()} region={region} year={results?.year ?? null} years={years} rows={rows} ranked={ranked} />);
  });

  app.get(`${OBSERVATORY_PATH}/municipios/:cut`, { schema: { hide: true, params: CutParams, querystring: YearQuery } }, async (request, reply) => {
    const { cut } = request.params as Static<typeof CutParams>;
    const place = /^\d{5}$/.test(cut) ? await findMunicipalityPlace(db, cut) : null;
    if (!place) throw notFound();
    const { method, years, results } = await resultsOr404(yearOf(request.query as Static<typeof YearQuery>));
    const history = method ? await listMunicipalityYears(db, method.version, cut) : [];
    const current = history.find((h) => h.year === results?.year) ?? null;
    const [yearRows, peerDetails, peerCount, values, tracked] = await Promise.all([
      results && current ? listYearScores(db, results.method.version, results.year, { peerGroup: current.peerGroup ?? undefined }) : [],
      results && current?.peerGroup ? listPeerDetails(db, results.method.version, results.year, current.peerGroup) : [],
      results && current?.peerGroup ? countRanked(db, results.method.version, results.year, current.peerGroup) : 0,
      listMunicipalityValues(db, cut, results?.year ?? new Date().getUTCFullYear()),
      listTrackedCuts(db, [cut]),
    ]);
    return reply.html(<MunicipalityPage ctx={request.view()} place={place} year={results?.year ?? null} years={years} history={history} current={current}
      peerCount={peerCount} peers={current ? findClosestPeers(yearRows, { cut, score: current.score, peerGroup: current.peerGroup }) : []}
      priorities={current && method ? rankPriorities(current.detail, peerDetails, method.spec) : []} geometric={method?.spec.aggregation === 'geometric'}
      values={values.sort((a, b) => catalogueOrder(a.indicator) - catalogueOrder(b.indicator))} tracked={tracked.has(cut)} />);
  });

  app.get('/instituciones/:slug/observatorio', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitution(db, (request.params as Static<typeof SlugParams>).slug);
    if (institution?.kind === 'municipality' && institution.cutCode) return reply.redirect(municipalityPath(institution.cutCode), 302);
    if (institution?.kind === 'regional_government' && institution.regionCode) return reply.redirect(`${OBSERVATORY_PATH}/adopcion/${institution.regionCode}`, 302);
    throw notFound();
  });
}
