// The marketplace's public pages: /compras (the lots open for bids across institutions, filtered, by cursor;
// ?format=csv|json streams the filtered list) and /instituciones/{slug}/compras (an institution's landing). Anyone
// may read them, signed in or not: they show public calls and aggregate figures, never a person.
import type { FastifyInstance } from 'fastify';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { CATEGORIES } from '../categories.js';
import { CALL_KINDS } from '../calls/schema.js';
import { SIZE_BAND_CODES } from './bands.js';
import { iterateOpenLots, listOpenLots, listRegions, openLotKey, type OpenLotFilter } from './open-lots.js';
import { landingCallKey, listInstitutionCalls } from './institution-calls.js';
import { findStatisticsTotal } from './statistics.js';
import { OPEN_LOT_COLUMNS, presentOpenLot } from './present.js';
import { OpenCallsPage } from './views/open-calls-page.js';
import { InstitutionLandingPage } from './views/institution-landing.js';
import { MARKETPLACE_PATH } from './views/parts.js';

/** A GET form sends every field, the unused ones empty: an empty value means "any". */
const orEmpty = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Literal('')]));
const literals = <V extends string>(values: readonly V[]) => Type.Union(values.map((v) => Type.Literal(v)));
const OpenCallsQuery = Type.Composite([PageQuery, Type.Object({
  region: orEmpty(Type.String({ pattern: '^\\d{2}$' })),
  categoria: orEmpty(literals(CATEGORIES)),
  tamano: orEmpty(literals(SIZE_BAND_CODES)),
  tipo: orEmpty(literals(CALL_KINDS)),
  /** Checked by hand: a phone without a date picker sends what was typed, which deserves a message, not a 400 page. */
  cierraHasta: Type.Optional(Type.String({ maxLength: 40 })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
})]);
type OpenCallsQuery = Static<typeof OpenCallsQuery>;
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const PAGE_SIZE = 24;
const CALLS_PAGE_SIZE = 10;

const isDate = (value: string) => { try { toDayNumber(value); return true; } catch { return false; } };

function filterOf(q: OpenCallsQuery): { filter: OpenLotFilter; dateError: boolean } {
  const closesBy = q.cierraHasta?.trim() || undefined;
  const dateError = closesBy !== undefined && !isDate(closesBy);
  return {
    filter: {
      region: q.region || undefined, category: q.categoria || undefined, size: (q.tamano || undefined) as OpenLotFilter['size'],
      kind: (q.tipo || undefined) as OpenLotFilter['kind'], closesBy: dateError ? undefined : closesBy, after: decodeCursor(q.cursor),
    },
    dateError,
  };
}

export async function marketplacePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(MARKETPLACE_PATH, { schema: { hide: true, querystring: OpenCallsQuery } }, async (request, reply) => {
    const q = request.query as OpenCallsQuery;
    const { filter, dateError } = filterOf(q);
    const now = new Date();
    if (q.format && !dateError) {
      return sendCsv(reply, q.format, 'compras-abiertas', OPEN_LOT_COLUMNS, (async function* () {
        for await (const row of iterateOpenLots(db, { ...filter, after: null }, now)) yield presentOpenLot(row);
      })());
    }
    const [rows, regions] = await Promise.all([listOpenLots(db, filter, now, PAGE_SIZE), listRegions(db)]);
    const page = pageOf(rows, PAGE_SIZE, openLotKey);
    return reply.html(<OpenCallsPage ctx={request.view()} query={q} regions={regions} rows={page.items} next={page.next} now={now}
      dateError={dateError ? request.t('procurement.marketplace.filter.closesByInvalid') : undefined} />, dateError ? 400 : 200);
  });

  app.get('/instituciones/:slug/compras', { schema: { hide: true, params: SlugParams, querystring: PageQuery } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const cursor = (request.query as Static<typeof PageQuery>).cursor;
    const [calls, figures] = await Promise.all([
      listInstitutionCalls(db, institution.id, decodeCursor(cursor), CALLS_PAGE_SIZE),
      findStatisticsTotal(db, { year: null, institutionId: institution.id }),
    ]);
    const page = pageOf(calls, CALLS_PAGE_SIZE, landingCallKey);
    return reply.html(<InstitutionLandingPage ctx={request.view()} institution={institution} calls={page.items} next={page.next} isFirstPage={!cursor}
      figures={figures} now={new Date()} />);
  });
}
