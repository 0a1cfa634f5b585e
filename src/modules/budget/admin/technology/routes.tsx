// /presupuesto/reglas-tecnologia — the installation's technology rule set: public to read; added to, relabelled,
// deactivated and reactivated by those canEditBudgetReferenceData allows (policy.ts says who and why).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../../core/db/client.js';
import { denied, notFound } from '../../../../core/http/errors.js';
import { parseForm } from '../../../../core/http/form.js';
import { auditActor, canEditBudgetReferenceData, type Actor } from '../../../../core/policy.js';
import { formatters } from '../../../../core/i18n/index.js';
import { addTechnologyRule, relabelTechnologyRule, setTechnologyRuleActive } from './commands.js';
import { RelabelForm, readRuleForm } from './form.js';
import { findTechnologyRule, listTechnologyRules } from './queries.js';
import { RULES_PATH, TechnologyRulePage, TechnologyRulesPage } from './views.js';
import type { Reflagged } from './reflag.js';

const RuleParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

function editor(request: FastifyRequest): Actor {
  if (!canEditBudgetReferenceData(request.actor)) throw denied(!!request.actor);
  return request.actor!;
}

async function ruleOf(db: Db, request: FastifyRequest) {
  const rule = await findTechnologyRule(db, (request.params as Static<typeof RuleParams>).id);
  if (!rule) throw notFound();
  return rule;
}

export async function technologyRuleRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const changed = (request: FastifyRequest, r: Reflagged) => {
    const { number } = formatters(request.locale);
    return { facts: number.format(r.facts), datasets: number.format(r.datasets) };
  };

  app.get(RULES_PATH, { schema: { hide: true } }, async (request, reply) =>
    reply.html(<TechnologyRulesPage ctx={request.view()} rules={await listTechnologyRules(db)} />));

  app.post(RULES_PATH, { schema: { hide: true } }, async (request, reply) => {
    const actor = editor(request);
    const form = readRuleForm(request.body, request.t);
    const reflagged = form.ok ? await db.transaction((tx) => addTechnologyRule(tx, form.value, auditActor(actor))) : null;
    if (!form.ok || !reflagged) {
      const state = form.ok ? { values: form.value, errors: { code: request.t('budget.admin.rules.exists', { code: form.value.code }) } } : form;
      return reply.html(<TechnologyRulesPage ctx={request.view()} rules={await listTechnologyRules(db)} form={state} />, 422);
    }
    return reply.flash('success', 'budget.admin.rules.added', { code: form.value.code, ...changed(request, reflagged) }).redirect(RULES_PATH, 303);
  });

  app.get(`${RULES_PATH}/:id`, { schema: { hide: true, params: RuleParams } }, async (request, reply) => {
    editor(request);
    return reply.html(<TechnologyRulePage ctx={request.view()} rule={await ruleOf(db, request)} />);
  });

  app.post(`${RULES_PATH}/:id`, { schema: { hide: true, params: RuleParams } }, async (request, reply) => {
    const actor = editor(request);
    const rule = await ruleOf(db, request);
    const form = parseForm(RelabelForm, request.body, request.t);
    if (!form.ok) return reply.html(<TechnologyRulePage ctx={request.view()} rule={rule} form={form} />, 422);
    await db.transaction((tx) => relabelTechnologyRule(tx, rule, form.value.label, auditActor(actor)));
    return reply.flash('success', 'budget.admin.rules.relabelled', { code: rule.code }).redirect(RULES_PATH, 303);
  });

  for (const [path, active] of [['desactivar', false], ['reactivar', true]] as const) {
    app.post(`${RULES_PATH}/:id/${path}`, { schema: { hide: true, params: RuleParams } }, async (request, reply) => {
      const actor = editor(request);
      const rule = await ruleOf(db, request);
      if (rule.active === active) return reply.redirect(RULES_PATH, 303); // a repeated click changes nothing
      const reflagged = await db.transaction((tx) => setTechnologyRuleActive(tx, rule, active, auditActor(actor)));
      return reply.flash('success', active ? 'budget.admin.rules.reactivated' : 'budget.admin.rules.deactivated', { code: rule.code, ...changed(request, reflagged) })
        .redirect(RULES_PATH, 303);
    });
  }
}
