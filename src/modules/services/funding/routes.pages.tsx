// /servicios/{slug}/presupuesto: public; its forms (link or unlink a contract, add or remove a spending entry) for
// the service's managers only (canManageService). Forms POST and redirect 303 with a flash, or re-render with the
// errors and the values kept (422); nothing is written on a refusal.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import type { Tx } from '../../../core/db/client.js';
import { canManageService } from '../policy.js';
import type { ServiceRecord } from '../registry/queries.js';
import { findServiceOr404, listLinkableContracts, loadBudgetView, parsePesos, rawValues, refusal } from './service.js';
import { linkContract, unlinkContract } from './commands/link-contract.js';
import { addSpending, removeSpending } from './commands/spending.js';
import { BudgetPage, type BudgetForms } from './views/budget-page.js';
import { budgetPath } from './views/parts.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });
const RowParams = Type.Object({ slug: Type.String({ maxLength: 80 }), id: Type.Integer({ minimum: 1 }) });
const LinkForm = Type.Object({ contract: Type.Integer({ minimum: 1 }) });
const SpendingForm = Type.Object({
  year: Type.String({ maxLength: 4 }), amount: Type.String({ maxLength: 24 }), description: Type.String({ maxLength: 500 }),
  budgetLine: Type.Optional(Type.String({ maxLength: 20 })),
});
const NoFields = Type.Object({});

type FormName = keyof BudgetForms;

export async function fundingPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const render = async (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, forms: BudgetForms = {}) => {
    const view = await loadBudgetView(db, service);
    const canManage = canManageService(request.actor, service.parties);
    const linkable = canManage ? await listLinkableContracts(db, service, view.budget.contracts) : [];
    return reply.html(<BudgetPage ctx={request.view()} service={service} {...view} linkable={linkable} canManage={canManage} forms={forms} />,
      Object.keys(forms).length ? 422 : 200);
  };

  app.get('/servicios/:slug/presupuesto', { schema: { hide: true, params: SlugParams } }, async (request, reply) =>
    render(request, reply, await findServiceOr404(db, (request.params as Static<typeof SlugParams>).slug)));

  /** Authorizes, runs the command in one transaction, and answers with a redirect or the form re-rendered with the refusal. */
  const post = <S extends typeof LinkForm | typeof SpendingForm | typeof NoFields>(path: string, params: typeof SlugParams | typeof RowParams, schema: S,
    form: FormName | null, flash: 'services.funding.linked' | 'services.funding.unlinked' | 'services.funding.added' | 'services.funding.removed',
    run: (tx: Tx, service: ServiceRecord, value: Static<S>, id: number, actor: ReturnType<typeof auditActor>) => Promise<unknown>) =>
    app.post(path, { schema: { hide: true, params } }, async (request, reply) => {
      const p = request.params as { slug: string; id?: number };
      const service = await findServiceOr404(db, p.slug);
      if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
      const parsed = parseForm(schema, request.body, request.t);
      const keep = (errors: Record<string, string>) => render(request, reply, service, form ? { [form]: { values: rawValues(request.body), errors } } : {});
      if (!parsed.ok) return keep(parsed.errors);
      try {
        await db.transaction((tx) => run(tx, service, parsed.value as Static<S>, p.id ?? 0, auditActor(request.actor!)));
      } catch (e) {
        const errors = refusal(e, request.t);
        if (errors && form) return keep(errors);
        throw e;
      }
      return reply.flash('success', flash).redirect(budgetPath(service.slug), 303);
    });

  post('/servicios/:slug/presupuesto/contratos', SlugParams, LinkForm, 'link', 'services.funding.linked',
    (tx, s, v, _id, actor) => linkContract(tx, s, v.contract, actor, config.baseUrl));
  post('/servicios/:slug/presupuesto/contratos/:id/desvincular', RowParams, NoFields, null, 'services.funding.unlinked',
    (tx, s, _v, id, actor) => unlinkContract(tx, s, id, actor, config.baseUrl));
  post('/servicios/:slug/presupuesto/gastos', SlugParams, SpendingForm, 'spending', 'services.funding.added',
    (tx, s, v, _id, actor) => addSpending(tx, s, { year: Number(v.year), amount: parsePesos(v.amount), description: v.description, budgetLine: v.budgetLine ?? null }, actor));
  post('/servicios/:slug/presupuesto/gastos/:id/eliminar', RowParams, NoFields, null, 'services.funding.removed',
    (tx, s, _v, id, actor) => removeSpending(tx, s, id, actor));
}
