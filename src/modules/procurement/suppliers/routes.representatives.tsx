// The representatives' private page: list, add an existing account by email, remove one (never the last). Only the
// supplier's representatives reach it; everyone else gets 401/403.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, InvalidField } from '../../../core/http/errors.js';
import { EMAIL_PATTERN, parseForm } from '../../../core/http/form.js';
import { listRepresentatives, type SupplierDetail } from './queries.js';
import { IdParams, managedSupplier } from './routes.pages.js';
import { addRepresentative, removeRepresentative } from './commands/representatives.js';
import { RepresentativesPage } from './views/representatives-page.js';
import type { FormState } from './views/supplier-form.js';

const RemoveParams = Type.Object({ id: Type.Integer({ minimum: 1 }), personId: Type.Integer({ minimum: 1 }) });
const AddForm = Type.Object({ email: Type.String({ pattern: EMAIL_PATTERN, maxLength: 254 }) });
const pageUrl = (id: number) => `/compras/proveedores/${id}/representantes`;

export async function supplierRepresentativeRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const render = async (request: FastifyRequest, reply: FastifyReply, s: SupplierDetail, form?: FormState, status = 200) =>
    reply.html(<RepresentativesPage ctx={request.view()} s={s} reps={await listRepresentatives(db, s.id)} form={form} />, status);

  app.get('/compras/proveedores/:id/representantes', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    return render(request, reply, await managedSupplier(db, request));
  });

  app.post('/compras/proveedores/:id/representantes', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const s = await managedSupplier(db, request);
    const form = parseForm(AddForm, request.body, request.t);
    if (!form.ok) return render(request, reply, s, form, 422);
    try {
      const person = await db.transaction((tx) => addRepresentative(tx, s.id, form.value.email, request.actor!));
      return reply.flash('success', 'procurement.supplier.rep.added', { name: person.name }).redirect(pageUrl(s.id), 303);
    } catch (e) {
      if (e instanceof InvalidField) return render(request, reply, s, { values: { email: form.value.email }, errors: { email: request.t(e.messageKey) } }, 422);
      throw e;
    }
  });

  app.post('/compras/proveedores/:id/representantes/:personId/quitar', { schema: { hide: true, params: RemoveParams } }, async (request, reply) => {
    const s = await managedSupplier(db, request);
    const { personId } = request.params as Static<typeof RemoveParams>;
    try {
      await db.transaction((tx) => removeRepresentative(tx, s.id, personId, request.actor!));
    } catch (e) {
      if (e instanceof HttpError && e.statusCode === 409) return reply.flash('error', e.messageKey).redirect(pageUrl(s.id), 303);
      throw e;
    }
    // Removing oneself leaves the page one may no longer see: back to the public profile.
    return reply.flash('success', 'procurement.supplier.rep.removed').redirect(personId === request.actor!.personId ? `/compras/proveedores/${s.id}` : pageUrl(s.id), 303);
  });
}
