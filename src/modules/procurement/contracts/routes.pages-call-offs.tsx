// Pages of call-offs, working without JavaScript: a framework agreement's call-offs with the officials' placing form,
// a call-off's page, and its posts: a quote (admitted suppliers' representatives), award, cancel and sign (officials),
// each redirecting 303 with a flash, or re-rendering with that form's errors and values (422).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Tx } from '../../../core/db/client.js';
import { InvalidField, denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { auditActor, type Actor } from '../../../core/policy.js';
import { findCallHead } from './queries.js';
import { findCallOffOr404, listCallOffs, lotBudgets, type CallOffDetail } from './queries-call-offs.js';
import { callOffUrl, contractUrl } from './present.js';
import { mustManage } from './service.js';
import { representedSupplierIds } from './policy.js';
import { CallOffFields, ContractFields, QuoteFields, Reason } from './validation.js';
import { awardCallOff, cancelCallOff, placeCallOff } from './commands/call-offs.js';
import { submitQuote } from './commands/submit-quote.js';
import { signContract } from './commands/sign-contract.js';
import { refusal } from './routes.pages.js';
import { CallOffsPage } from './views/call-offs-page.js';
import { CallOffPage } from './views/call-off-page.js';
import type { FormState } from './views/parts.js';

const CallParams = Type.Object({ slug: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const PlaceForm = Type.Object({ ...CallOffFields, quotesUntil: Type.Optional(Type.String({ maxLength: 20 })) });
const QuoteForm = Type.Object(QuoteFields);
const CancelForm = Type.Object({ reason: Reason });
const SignForm = Type.Object(ContractFields);
const LIST_MAX = 200;

export async function callOffPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function renderCall(request: FastifyRequest, reply: FastifyReply, form: FormState = { values: {} }, status = 200) {
    const { slug, id } = request.params as Static<typeof CallParams>;
    const { call, institution } = await findCallHead(db, id);
    if (institution.slug !== slug) throw notFound();
    const [lots, callOffs] = await Promise.all([lotBudgets(db, id), listCallOffs(db, { callId: id, limit: LIST_MAX })]);
    return reply.html(<CallOffsPage ctx={request.view()} call={call} institution={institution} lots={call.kind === 'framework' ? lots : []} callOffs={callOffs} form={form} />, status);
  }

  app.get('/instituciones/:slug/compras/llamados/:id/ordenes', { schema: { hide: true, params: CallParams } }, (request, reply) => renderCall(request, reply));

  app.post('/instituciones/:slug/compras/llamados/:id/ordenes', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const { slug, id } = request.params as Static<typeof CallParams>;
    const { call, institution } = await findCallHead(db, id);
    if (institution.slug !== slug) throw notFound();
    mustManage(request.actor, call.institutionId);
    const form = parseForm(PlaceForm, request.body, request.t);
    if (!form.ok) return renderCall(request, reply, form, 422);
    const { quotesUntil, ...value } = form.value;
    try {
      const until = value.method === 'mini_competition' && quotesUntil ? fromSantiagoLocal(quotesUntil) : null;
      if (quotesUntil && value.method === 'mini_competition' && !until) throw new InvalidField('quotesUntil', 'procurement.contracts.error.date');
      const callOffId = await db.transaction((tx) => placeCallOff(tx, { ...value, callId: call.id, quotesUntil: until,
        supplierId: value.method === 'direct' ? value.supplierId : null }, auditActor(request.actor!)));
      return reply.flash('success', 'procurement.contracts.callOffs.placed').redirect(callOffUrl(callOffId), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderCall(request, reply, { values: request.body as Record<string, string>, errors }, 422);
      throw e;
    }
  });

  async function renderCallOff(request: FastifyRequest, reply: FastifyReply, c: CallOffDetail, forms: Record<string, FormState> = {}, status = 200) {
    const represented = await representedSupplierIds(db, request.actor?.personId);
    const quoting = c.admitted.filter((s) => represented.includes(s.id));
    return reply.html(<CallOffPage ctx={request.view()} c={c} quoting={quoting} forms={forms} now={new Date()} />, status);
  }

  app.get('/compras/ordenes/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderCallOff(request, reply, await findCallOffOr404(db, (request.params as Static<typeof IdParams>).id)));

  /** A form on the call-off page: who may post it, then parse, run, redirect; or the page with its errors. */
  const callOffPost = <S extends TObject>(suffix: string, key: string, schema: S, may: (actor: Actor | null, c: CallOffDetail) => Promise<boolean> | boolean,
    run: (tx: Tx, c: CallOffDetail, v: Static<S>, actor: ReturnType<typeof auditActor>) => Promise<string>) =>
    app.post(`/compras/ordenes/:id/${suffix}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const c = await findCallOffOr404(db, (request.params as Static<typeof IdParams>).id);
      if (!(await may(request.actor, c))) throw denied(!!request.actor);
      const form = parseForm(schema, request.body, request.t);
      if (!form.ok) return renderCallOff(request, reply, c, { [key]: form }, 422);
      try {
        const to = await db.transaction((tx) => run(tx, c, form.value, auditActor(request.actor!)));
        return reply.flash('success', 'procurement.contracts.saved').redirect(to, 303);
      } catch (e) {
        const errors = refusal(e, request.t);
        if (errors) return renderCallOff(request, reply, c, { [key]: { values: request.body as Record<string, string>, errors } }, 422);
        throw e;
      }
    });
  const official = (actor: Actor | null, c: CallOffDetail) => { mustManage(actor, c.institutionId); return true; };
  const representative = async (actor: Actor | null, c: CallOffDetail) => {
    const represented = await representedSupplierIds(db, actor?.personId);
    return c.admitted.some((s) => represented.includes(s.id));
  };

  callOffPost('cotizacion', 'quote', QuoteForm, representative, async (tx, c, v, actor) => {
    await submitQuote(tx, { callOffId: c.id, supplierId: v.supplierId, amount: v.amount }, actor);
    return callOffUrl(c.id);
  });
  callOffPost('adjudicar', 'award', Type.Object({}), official, async (tx, c, _v, actor) => {
    await awardCallOff(tx, { callOffId: c.id }, actor);
    return callOffUrl(c.id);
  });
  callOffPost('anular', 'cancel', CancelForm, official, async (tx, c, v, actor) => {
    await cancelCallOff(tx, { callOffId: c.id, reason: v.reason }, actor);
    return callOffUrl(c.id);
  });
  callOffPost('contrato', 'sign', SignForm, official, async (tx, c, v, actor) => contractUrl(await signContract(tx, { ...v, callOffId: c.id }, actor)));
}
