// /api/v1/procurement/suppliers: the public directory (same filters as the page, by cursor; ?format=csv|json
// exports the filtered list), one supplier's profile with its awards, and registration by a bearer token's owner
// (the same command as the form: the owner becomes the representative).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, InvalidField, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { findSupplierAwards, listSuppliers, sortKeyOf } from './queries.js';
import { canRegisterSupplier } from './policy.js';
import { filterOf, streamSuppliers, supplierOf } from './service.js';
import { presentListItem, presentSupplier, SupplierJson, SupplierListItemJson } from './present.js';
import { FilterFields, SupplierBody, type FilterQuery, type SupplierInput } from './validation.js';
import { registerSupplier } from './commands/register-supplier.js';
import { IdParams } from './routes.pages.js';

const tags = ['procurement'];
const ListQuery = Type.Composite([PageQuery, Type.Object(FilterFields)]);
const Refusal = Type.Object({ error: Type.String(), message: Type.String(), field: Type.Optional(Type.String({ description: 'The input field refused, e.g. "members.2.rut"' })) });

export async function supplierApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/procurement/suppliers', {
    schema: { summary: 'The supplier directory by name, filtered by name, region, comuna, category, size or kind, by cursor; ?format=csv|json exports the filtered list',
      tags, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(SupplierListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as FilterQuery & { limit?: number };
    if (q.format) return streamSuppliers(db, reply, q, q.format);
    const limit = q.limit ?? 50;
    const page = pageOf(await listSuppliers(db, filterOf(q), limit), limit, sortKeyOf);
    return { items: page.items.map(presentListItem), next: page.next };
  });

  app.get('/api/v1/procurement/suppliers/:id', {
    schema: { summary: 'A supplier\'s public profile: members (natural persons by name only), references and awards', tags, params: IdParams, response: { 200: SupplierJson } },
  }, async (request) => {
    const s = await supplierOf(db, (request.params as Static<typeof IdParams>).id);
    return presentSupplier(s, await findSupplierAwards(db, s.id));
  });

  app.post('/api/v1/procurement/suppliers', {
    schema: { summary: 'Register a supplier (needs a confirmed email); the token\'s owner becomes its representative. 422 names the refused field',
      tags, security: [{ bearer: [] }], body: SupplierBody, response: { 201: SupplierJson, 422: Refusal } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    if (!canRegisterSupplier(request.actor)) throw new HttpError(403, 'forbidden', 'procurement.supplier.error.confirmEmail');
    try {
      const id = await db.transaction((tx) => registerSupplier(tx, request.body as SupplierInput, request.actor!));
      return reply.code(201).send(presentSupplier(await supplierOf(db, id), []));
    } catch (e) {
      if (e instanceof InvalidField) return reply.code(422).send({ error: 'invalid', field: e.field, message: request.t(e.messageKey) });
      throw e;
    }
  });
}
