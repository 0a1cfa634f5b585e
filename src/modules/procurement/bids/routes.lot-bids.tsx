// A lot's bids: the page "…/lotes/{n}/ofertas" (officials of the institution: sealed notice, then the opened bids with
// answers and documents; the public once the lot is awarded: suppliers and prices), an official's "open now" when the
// clock has not opened a due lot yet, the documents' download (officials, after opening: the one route that unseals a
// document), and GET /api/v1/procurement/lots/{lotId}/bids.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor, canActInModule } from '../../../core/policy.js';
import { HttpError, conflict, denied, notFound } from '../../../core/http/errors.js';
import { contentDisposition } from '../../../core/http/files.js';
import { answeredCriteria, findLot, findOpenedBidDocument, listOpenedBids, type BidLot } from './queries.js';
import { canOpenBids, canReadOpenedBids, isBidListPublic } from './policy.js';
import { openLotBids } from './commands/open-bids.js';
import { openBidDocument } from './seal.js';
import { LotBidsJson, lotBidsPath, presentOpenedBid } from './present.js';
import { LotParams, lotOr404 } from './service.js';
import { LotBidsPage, type LotBidsView } from './views/lot-bids.js';

const DocumentParams = Type.Composite([LotParams, Type.Object({ bidId: Type.Integer({ minimum: 1 }), documentId: Type.Integer({ minimum: 1 }) })]);
const LotIdParams = Type.Object({ lotId: Type.Integer({ minimum: 1 }) });
const PAGE = '/instituciones/:slug/compras/llamados/:id/lotes/:n/ofertas';

export async function lotBidRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const lotOf = (request: FastifyRequest) => {
    const { slug, id, n } = request.params as LotParams;
    return lotOr404(db, slug, id, n);
  };

  /** What the actor may see of the lot's bids now; 401/403 when nothing. */
  async function viewFor(request: FastifyRequest, lot: BidLot): Promise<LotBidsView> {
    const official = canActInModule(request.actor, lot.institutionId, 'procurement');
    const full = canReadOpenedBids(request.actor, lot);
    if (full || isBidListPublic(lot)) return { kind: 'opened', bids: await listOpenedBids(db, lot.id), full, criteria: full ? await answeredCriteria(db, lot.callId) : [] };
    if (!official || lot.state !== 'open') throw denied(!!request.actor);
    const now = new Date();
    return now.getTime() > lot.bidsUntil.getTime() ? { kind: 'due', canOpen: canOpenBids(request.actor, lot, now) } : { kind: 'sealed' };
  }

  app.get(PAGE, { schema: { hide: true, params: LotParams } }, async (request, reply) => {
    const lot = await lotOf(request);
    return reply.html(<LotBidsPage ctx={request.view()} lot={lot} view={await viewFor(request, lot)} />);
  });

  app.post(`${PAGE}/abrir`, { schema: { hide: true, params: LotParams } }, async (request, reply) => {
    const lot = await lotOf(request);
    if (!canActInModule(request.actor, lot.institutionId, 'procurement')) throw denied(!!request.actor);
    const path = lotBidsPath(lot.institutionSlug, lot.callId, lot.number);
    try {
      const count = await db.transaction((tx) => openLotBids(tx, config, lot.id, auditActor(request.actor!)));
      return reply.flash('success', 'procurement.bid.lot.opened', { count }).redirect(path, 303);
    } catch (e) {
      if (!(e instanceof HttpError && e.statusCode === 409)) throw e;
      return reply.flash('error', e.messageKey).redirect(path, 303);
    }
  });

  // Opened on the fly for an entitled reader and never cached by anyone in between; always downloaded (attachment),
  // with nosniff, so a browser treats it as nothing but its checked type.
  app.get(`${PAGE}/:bidId/documentos/:documentId`, { schema: { hide: true, params: DocumentParams } }, async (request, reply) => {
    const lot = await lotOf(request);
    if (!canReadOpenedBids(request.actor, lot)) throw denied(!!request.actor);
    const { bidId, documentId } = request.params as Static<typeof DocumentParams>;
    const doc = await findOpenedBidDocument(db, lot.id, bidId, documentId);
    if (!doc) throw notFound();
    const file = openBidDocument(config, { id: lot.id, bidsUntil: lot.bidsUntil }, bidId, doc.sealed);
    return reply.header('Cache-Control', 'private, no-store').header('X-Content-Type-Options', 'nosniff')
      .header('Content-Type', file.mediaType).header('Content-Length', String(file.bytes.length))
      .header('Content-Disposition', contentDisposition(file.mediaType, file.fileName, new Set())).send(file.bytes);
  });

  app.get('/api/v1/procurement/lots/:lotId/bids', {
    schema: {
      summary: 'A lot\'s opened bids, lowest price first: the institution\'s procurement officials after the deadline (with answers and documents), everyone once the lot is awarded (supplier and price). Sealed before: 409 for the officials, 401/403 for others',
      tags: ['procurement'], params: LotIdParams, response: { 200: LotBidsJson },
    },
  }, async (request) => {
    const lot = await findLot(db, { lotId: (request.params as Static<typeof LotIdParams>).lotId });
    if (!lot || lot.callState === 'draft') throw notFound();
    const view = await viewFor(request, lot);
    if (view.kind !== 'opened') throw conflict('procurement.bid.error.sealed');
    const full = view.full ? { lotPath: lotBidsPath(lot.institutionSlug, lot.callId, lot.number) } : null;
    return { lotId: lot.id, state: lot.state, items: view.bids.map((b) => presentOpenedBid(b, full)) };
  });
}
