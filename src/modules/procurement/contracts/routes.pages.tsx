// Pages of contracts, working without JavaScript: a call's contracts (with the officials' signing form), a contract's
// page and the officials' posts on it (milestone planned or met, payment, termination, incubator link), each
// redirecting 303 with a flash, or re-rendering its page with that form's errors and values (422).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Tx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { HttpError, InvalidField, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { auditActor, type Actor } from '../../../core/policy.js';
import { awardsOfCall, findCallHead, findContractOr404, listContracts, type ContractDetail } from './queries.js';
import { contractUrl } from './present.js';
import { mustManage } from './service.js';
import { ContractFields, DAY_PATTERN, Reason } from './validation.js';
import { signContract } from './commands/sign-contract.js';
import { meetMilestone, planMilestone } from './commands/milestones.js';
import { recordPayment } from './commands/record-payment.js';
import { linkIncubator, terminateContract } from './commands/terminate-contract.js';
import { CallContractsPage, signDefaults } from './views/call-contracts-page.js';
import { ContractPage } from './views/contract-page.js';
import type { FormState } from './views/parts.js';

const CallParams = Type.Object({ slug: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const CallQuery = Type.Object({ adjudicacion: Type.Optional(Type.Integer({ minimum: 1 })) });
const Day = Type.String({ pattern: DAY_PATTERN });
const Pesos = Type.Integer({ minimum: 1, maximum: 9_000_000_000_000 });
const SignForm = Type.Object({ awardId: Type.Integer({ minimum: 1 }), ...ContractFields });
const MilestoneForm = Type.Object({ milestoneTitle: ContractFields.title, milestoneDue: Day, milestoneAmount: Type.Optional(Pesos) });
const MetForm = Type.Object({ metMilestone: Type.Integer({ minimum: 1 }), metOn: Day });
const PaymentForm = Type.Object({ paymentAmount: Pesos, paidOn: Day, paymentMilestone: Type.Optional(Type.Integer({ minimum: 1 })),
  paymentBudgetLine: ContractFields.budgetLine });
const TerminateForm = Type.Object({ reason: Reason });
const IncubatorForm = Type.Object({ incubatorRef: ContractFields.incubatorRef });
const CONTRACT_LIST_MAX = 200;

/** A refused command as form errors (a field's, renamed to the form's field, or the whole form's), or null. */
export function refusal(e: unknown, t: Translate, rename: Record<string, string> = {}): Record<string, string> | null {
  if (e instanceof InvalidField) return { [rename[e.field] ?? e.field]: t(e.messageKey) };
  if (e instanceof HttpError && e.statusCode === 409) return { form: t(e.messageKey, e.params) };
  return null;
}

export async function contractPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function renderCall(request: FastifyRequest, reply: FastifyReply, signing?: { awardId: number; form?: FormState }, status = 200) {
    const { slug, id } = request.params as Static<typeof CallParams>;
    const { call, institution } = await findCallHead(db, id);
    if (institution.slug !== slug) throw notFound();
    const [awards, contracts] = await Promise.all([awardsOfCall(db, id), listContracts(db, { callId: id, limit: CONTRACT_LIST_MAX })]);
    const award = signing && awards.find((a) => a.awardId === signing.awardId && a.contractId === null);
    const open = award && { award, form: signing!.form ?? { values: signDefaults(award, call.kind, call.title) } };
    return reply.html(<CallContractsPage ctx={request.view()} call={call} institution={institution} contracts={contracts} awards={awards} signing={open || undefined} />, status);
  }

  app.get('/instituciones/:slug/compras/llamados/:id/contratos', { schema: { hide: true, params: CallParams, querystring: CallQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof CallQuery>;
    return renderCall(request, reply, q.adjudicacion ? { awardId: q.adjudicacion } : undefined);
  });

  app.post('/instituciones/:slug/compras/llamados/:id/contratos', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const { slug, id } = request.params as Static<typeof CallParams>;
    const { call, institution } = await findCallHead(db, id);
    if (institution.slug !== slug) throw notFound();
    mustManage(request.actor, call.institutionId);
    const form = parseForm(SignForm, request.body, request.t);
    const awardId = Number((request.body as Record<string, string>).awardId) || 0;
    if (!form.ok) return renderCall(request, reply, { awardId, form }, 422);
    if (!(await awardsOfCall(db, id)).some((a) => a.awardId === form.value.awardId)) throw notFound();
    try {
      const contractId = await db.transaction((tx) => signContract(tx, form.value, auditActor(request.actor!)));
      return reply.flash('success', 'procurement.contracts.signed').redirect(contractUrl(contractId), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderCall(request, reply, { awardId, form: { values: request.body as Record<string, string>, errors } }, 422);
      throw e;
    }
  });

  const renderContract = async (request: FastifyRequest, reply: FastifyReply, c: ContractDetail, forms: Record<string, FormState> = {}, status = 200) =>
    reply.html(<ContractPage ctx={request.view()} c={c} forms={forms} />, status);

  app.get('/compras/contratos/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderContract(request, reply, await findContractOr404(db, (request.params as Static<typeof IdParams>).id)));

  /** An official's form on the contract page: parse, run in one transaction, redirect; or the page with its errors. */
  const contractPost = <S extends TObject>(suffix: string, key: string, schema: S, rename: Record<string, string>,
    run: (tx: Tx, c: ContractDetail, v: Static<S>, actor: ReturnType<typeof auditActor>) => Promise<unknown>) =>
    app.post(`/compras/contratos/:id/${suffix}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const c = await findContractOr404(db, (request.params as Static<typeof IdParams>).id);
      mustManage(request.actor as Actor | null, c.call.institutionId);
      const form = parseForm(schema, request.body, request.t);
      if (!form.ok) return renderContract(request, reply, c, { [key]: form }, 422);
      try {
        await db.transaction((tx) => run(tx, c, form.value, auditActor(request.actor!)));
        return reply.flash('success', 'procurement.contracts.saved').redirect(contractUrl(c.id), 303);
      } catch (e) {
        const errors = refusal(e, request.t, rename);
        if (errors) return renderContract(request, reply, c, { [key]: { values: request.body as Record<string, string>, errors } }, 422);
        throw e;
      }
    });

  contractPost('hitos', 'milestone', MilestoneForm, { title: 'milestoneTitle', dueOn: 'milestoneDue', amount: 'milestoneAmount' }, (tx, c, v, actor) =>
    planMilestone(tx, { contractId: c.id, title: v.milestoneTitle, dueOn: v.milestoneDue, amount: v.milestoneAmount ?? null }, actor));
  contractPost('hitos/cumplido', 'met', MetForm, { milestoneId: 'metMilestone' }, (tx, c, v, actor) =>
    meetMilestone(tx, { contractId: c.id, milestoneId: v.metMilestone, metOn: v.metOn }, actor));
  contractPost('pagos', 'payment', PaymentForm, { amount: 'paymentAmount', milestoneId: 'paymentMilestone', budgetLine: 'paymentBudgetLine' }, (tx, c, v, actor) =>
    recordPayment(tx, { contractId: c.id, amount: v.paymentAmount, paidOn: v.paidOn, milestoneId: v.paymentMilestone ?? null, budgetLine: v.paymentBudgetLine ?? null }, actor));
  contractPost('termino', 'terminate', TerminateForm, {}, (tx, c, v, actor) => terminateContract(tx, { contractId: c.id, reason: v.reason }, actor));
  contractPost('incubadora', 'incubator', IncubatorForm, {}, (tx, c, v, actor) => linkIncubator(tx, { contractId: c.id, incubatorRef: v.incubatorRef ?? null }, actor));
}
