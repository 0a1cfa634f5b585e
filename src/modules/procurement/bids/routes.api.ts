// POST /api/v1/procurement/lots/{lotId}/bids: a bid as JSON (price and answers; documents go through the bid form's
// multipart upload). The other bid endpoints live with their pages (routes.mine.tsx, routes.lot-bids.tsx).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound, unauthorized } from '../../../core/http/errors.js';
import { findLot, listMyBids } from './queries.js';
import { MAX_ANSWER_LENGTH, submitBid } from './commands/submit-bid.js';
import { MyBidJson, presentMyBid } from './present.js';

const LotIdParams = Type.Object({ lotId: Type.Integer({ minimum: 1 }) });
const BidBody = Type.Object({
  supplierId: Type.Integer({ minimum: 1, description: 'A supplier the caller represents' }),
  price: Type.Integer({ minimum: 1, description: 'Integer pesos, at most the lot\'s budget' }),
  answers: Type.Record(Type.String({ pattern: '^[0-9]+$' }), Type.String({ maxLength: MAX_ANSWER_LENGTH }), {
    description: 'Criterion id → answer, for every criterion of the call not scored by a formula (technical, team, other)',
  }),
}, { additionalProperties: false });

export async function bidApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.post('/api/v1/procurement/lots/:lotId/bids', {
    schema: {
      summary: 'Submit a sealed bid on an open lot, for a supplier the caller represents, up to and including the deadline (server time). One live bid per supplier and lot; at most the call\'s maxLotsBid lots per supplier',
      tags: ['procurement'], security: [{ bearer: [] }], params: LotIdParams, body: BidBody, response: { 201: MyBidJson },
    },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const { lotId } = request.params as Static<typeof LotIdParams>;
    const body = request.body as Static<typeof BidBody>;
    const lot = await findLot(db, { lotId });
    if (!lot || lot.callState === 'draft') throw notFound();
    const id = await db.transaction((tx) => submitBid(tx, config, { lotId, ...body, documents: [] }, request.actor!));
    const [bid] = await listMyBids(db, request.actor!.personId, 1, id + 1);
    return reply.code(201).send(presentMyBid(bid!, new Date()));
  });
}
