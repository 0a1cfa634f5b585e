// A representative's own bids: the page "/compras/mis-ofertas" with its withdraw buttons (POST, 303 with a flash), and
// their API twins GET /api/v1/procurement/bids/mine and POST /api/v1/procurement/bids/{id}/withdraw.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { listMyBids } from './queries.js';
import { withdrawBid } from './commands/withdraw-bid.js';
import { MY_BIDS_PATH, MyBidJson, presentMyBid } from './present.js';
import { MyBidsPage } from './views/my-bids.js';

const tags = ['procurement'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Id = Static<typeof IdParams>;
const PAGE_SIZE = 30;

const signedIn = async (request: FastifyRequest) => { if (!request.actor) throw unauthorized(); };
const afterId = (cursor: string | undefined) => {
  const key = decodeCursor(cursor);
  return key && Number.isInteger(key[0]) ? (key[0] as number) : undefined;
};

export async function myBidRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const page = async (personId: number, q: Static<typeof PageQuery>, limit: number) =>
    pageOf(await listMyBids(db, personId, limit, afterId(q.cursor)), limit, (b) => [b.id]);

  app.get(MY_BIDS_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const q = request.query as Static<typeof PageQuery>;
    const { items, next } = await page(request.actor.personId, q, PAGE_SIZE);
    return reply.html(<MyBidsPage ctx={request.view()} bids={items} next={next} firstPage={!q.cursor} now={new Date()} />);
  });

  app.post(`${MY_BIDS_PATH}/:id/retirar`, { schema: { hide: true, params: IdParams }, onRequest: signedIn }, async (request, reply) => {
    try {
      await db.transaction((tx) => withdrawBid(tx, (request.params as Id).id, request.actor!));
      return reply.flash('success', 'procurement.bid.withdrawn').redirect(MY_BIDS_PATH, 303);
    } catch (e) {
      // Too late, or already withdrawn: back to the list, which shows why there is no button any more.
      if (!(e instanceof HttpError && e.statusCode === 409)) throw e;
      return reply.flash('error', e.messageKey).redirect(MY_BIDS_PATH, 303);
    }
  });

  app.get('/api/v1/procurement/bids/mine', {
    schema: {
      summary: 'The bids of every supplier the caller represents, newest first, by cursor; the price is null until the bid is opened after the deadline',
      tags, security: [{ bearer: [] }], querystring: PageQuery,
      response: { 200: Type.Object({ items: Type.Array(MyBidJson), next: Type.Union([Type.String(), Type.Null()]) }) },
    },
    onRequest: signedIn,
  }, async (request) => {
    const q = request.query as Static<typeof PageQuery>;
    const { items, next } = await page(request.actor!.personId, q, q.limit ?? 50);
    const now = new Date();
    return { items: items.map((b) => presentMyBid(b, now)), next };
  });

  app.post('/api/v1/procurement/bids/:id/withdraw', {
    schema: {
      summary: 'Withdraw a bid (a representative of its supplier, up to and including the deadline); its sealed content is erased', tags,
      security: [{ bearer: [] }], params: IdParams, response: { 200: MyBidJson },
    },
    onRequest: signedIn,
  }, async (request) => {
    const { id } = request.params as Id;
    await db.transaction((tx) => withdrawBid(tx, id, request.actor!));
    const [bid] = await listMyBids(db, request.actor!.personId, 1, id + 1);
    return presentMyBid(bid!, new Date());
  });
}
