// Pages of suppliers, all working without JavaScript: the directory (GET filters; ?format=csv|json streams it), the
// registration form, the public profile, and the edit form of its representatives. Posts redirect 303 with a flash,
// or re-render the form with the errors and every value kept (422), nothing written.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Db } from '../../../core/db/client.js';
import { HttpError, InvalidField, denied } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import { findRepresentedSuppliers, findSupplierAwards, listComunasByRegion, listSuppliers, representativeIds, sortKeyOf, type SupplierDetail } from './queries.js';
import { canManageSupplier, canRegisterSupplier } from './policy.js';
import { rutProblems } from './rules.js';
import { filterOf, streamSuppliers, supplierOf } from './service.js';
import { supplierUrl } from './present.js';
import { FilterFields, inputOfForm, SupplierForm, type FilterQuery } from './validation.js';
import { registerSupplier } from './commands/register-supplier.js';
import { updateSupplier } from './commands/update-supplier.js';
import { DirectoryPage } from './views/directory-page.js';
import { SupplierPage } from './views/supplier-page.js';
import { SupplierFormPage, valuesOf, type FormState } from './views/supplier-form.js';

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Id = Static<typeof IdParams>;
const DirectoryQuery = Type.Composite([PageQuery, Type.Object(FilterFields)]);
const PAGE_SIZE = 24;

/** Checkbox groups arrive as one string or an array; the re-rendered form wants them joined. */
const rawValues = (body: unknown): Record<string, string> => Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>)
  .map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v ?? '')]));

/** Signed in (or sent to sign in), with a confirmed email (or told to confirm it). */
export function mustRegister(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!request.actor) { void reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303); return false; }
  if (!canRegisterSupplier(request.actor)) throw new HttpError(403, 'forbidden', 'procurement.supplier.error.confirmEmail');
  return true;
}

/** The supplier, if the actor represents it; 401/403 otherwise (officials and admins included). */
export async function managedSupplier(db: Db, request: FastifyRequest): Promise<SupplierDetail> {
  const s = await supplierOf(db, (request.params as Id).id);
  if (!canManageSupplier(request.actor, await representativeIds(db, s.id))) throw denied(!!request.actor);
  return s;
}

export async function supplierPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/compras/proveedores', { schema: { hide: true, querystring: DirectoryQuery } }, async (request, reply) => {
    const q = request.query as FilterQuery;
    if (q.format) return streamSuppliers(db, reply, q, q.format);
    const page = pageOf(await listSuppliers(db, filterOf(q), PAGE_SIZE), PAGE_SIZE, sortKeyOf);
    const mine = request.actor ? await findRepresentedSuppliers(db, request.actor.personId) : [];
    return reply.html(<DirectoryPage ctx={request.view()} regions={await listComunasByRegion(db)} filter={q} rows={page.items} next={page.next} mine={mine} />);
  });

  const renderForm = async (request: FastifyRequest, reply: FastifyReply, form: FormState, supplier?: SupplierDetail, status = 200) =>
    reply.html(<SupplierFormPage ctx={request.view()} regions={await listComunasByRegion(db)} form={form} supplier={supplier} />, status);

  /** Parses the form and runs the command; a refusal re-renders the form (422) with the values kept. */
  const save = async (request: FastifyRequest, reply: FastifyReply, supplier: SupplierDetail | undefined, run: (input: ReturnType<typeof inputOfForm>) => Promise<number>) => {
    const failed = (errors: Record<string, string>) => renderForm(request, reply, { values: rawValues(request.body), errors }, supplier, 422);
    const form = parseForm(SupplierForm, request.body, request.t);
    if (!form.ok) {
      const ruts = Object.entries(rutProblems(rawValues(request.body))).map(([field, key]) => [field, request.t(key)]);
      return failed({ ...form.errors, ...Object.fromEntries(ruts) });
    }
    try {
      const id = await run(inputOfForm(form.value));
      return reply.flash('success', supplier ? 'procurement.supplier.saved' : 'procurement.supplier.registered').redirect(supplierUrl(id), 303);
    } catch (e) {
      if (e instanceof InvalidField) return failed({ [e.field]: request.t(e.messageKey) });
      throw e;
    }
  };

  app.get('/compras/proveedores/nuevo', { schema: { hide: true } }, async (request, reply) => {
    if (!mustRegister(request, reply)) return reply;
    return renderForm(request, reply, { values: { kind: 'company', size: 'micro' } });
  });

  app.post('/compras/proveedores', { schema: { hide: true } }, async (request, reply) => {
    if (!canRegisterSupplier(request.actor)) throw request.actor ? new HttpError(403, 'forbidden', 'procurement.supplier.error.confirmEmail') : denied(false);
    return save(request, reply, undefined, (input) => db.transaction((tx) => registerSupplier(tx, input, request.actor!)));
  });

  app.get('/compras/proveedores/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const s = await supplierOf(db, (request.params as Id).id);
    const manages = canManageSupplier(request.actor, await representativeIds(db, s.id));
    return reply.html(<SupplierPage ctx={request.view()} s={s} awards={await findSupplierAwards(db, s.id)} manages={manages} />);
  });

  app.get('/compras/proveedores/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const s = await managedSupplier(db, request);
    return renderForm(request, reply, { values: valuesOf(s) }, s);
  });

  app.post('/compras/proveedores/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const s = await managedSupplier(db, request);
    return save(request, reply, s, async (input) => { await db.transaction((tx) => updateSupplier(tx, s.id, input, request.actor!)); return s.id; });
  });
}
