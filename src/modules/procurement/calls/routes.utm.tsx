// /admin/utm — the UTM by month, which the quick-purchase ceiling is computed from: platform admins add or correct a
// month with its source (one figure for the whole installation, like any national unit), each change audited in public.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor, canAdministerPlatform } from '../../../core/policy.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { listUtmValues, setUtmValue } from './utm.js';
import { UTM_PATH, UtmPage } from './views/utm-page.js';
import type { FormState } from './views/parts.js';

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';
const UtmForm = Type.Object({
  month: Type.String({ pattern: MONTH }),
  pesos: Type.String({ minLength: 1, maxLength: 20 }),
  source: Type.String({ minLength: 3, maxLength: 300 }),
});
const PageQuery = Type.Object({ mes: Type.Optional(Type.String({ pattern: MONTH })) });

export async function utmRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const render = async (request: FastifyRequest, reply: FastifyReply, form?: FormState, status = 200) =>
    reply.html(<UtmPage ctx={request.view()} rows={await listUtmValues(db)} form={form} ceilingUtm={config.quickPurchaseUtm} />, status);
  const admin = (request: FastifyRequest) => { if (!canAdministerPlatform(request.actor)) throw denied(!!request.actor); };

  app.get(UTM_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    admin(request);
    const month = (request.query as Static<typeof PageQuery>).mes;
    const row = month ? (await listUtmValues(db)).find((r) => r.month.startsWith(month)) : undefined;
    return render(request, reply, row && { values: { month: row.month.slice(0, 7), pesos: String(row.pesos), source: row.source } });
  });

  app.post(UTM_PATH, { schema: { hide: true } }, async (request, reply) => {
    admin(request);
    const form = parseForm(UtmForm, request.body, request.t);
    if (!form.ok) return render(request, reply, form, 422);
    // "$ 67.294" is how the SII writes it: dots group thousands.
    const pesos = form.value.pesos.replace(/[$\s.]/g, '');
    if (!/^\d{1,9}$/.test(pesos) || +pesos < 1) return render(request, reply, { values: form.value, errors: { pesos: request.t('procurement.calls.utm.pesosInvalid') } }, 422);
    const month = `${form.value.month}-01`;
    await db.transaction((tx) => setUtmValue(tx, { month, pesos: +pesos, source: form.value.source }, auditActor(request.actor!)));
    return reply.flash('success', 'procurement.calls.utm.saved', { month: form.value.month }).redirect(UTM_PATH, 303);
  });
}
