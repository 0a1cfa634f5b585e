// /presupuesto/deflactores — the IPC variations behind real-terms comparisons (deflators.ts): public to read; a year
// added or corrected by those canEditBudgetReferenceData allows, as the technology rules.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../../core/db/client.js';
import { denied } from '../../../../core/http/errors.js';
import { auditActor, canEditBudgetReferenceData } from '../../../../core/policy.js';
import { deflatorsFrom } from '../../deflators.js';
import { readDeflatorForm } from './form.js';
import { setDeflator } from './commands.js';
import { listDeflatorRows, type DeflatorRow } from './queries.js';
import { DEFLATORS_PATH, DeflatorsPage, formatVariation, type DeflatorExample, type DeflatorFormState } from './views.js';

const EXAMPLE_AMOUNT = 1_000_000n;
/** ?anio=2017 fills the form with that year, for the "correct" links of the table. */
const PageQuery = Type.Object({ anio: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })) });

function exampleOf(rows: DeflatorRow[]): DeflatorExample {
  if (rows.length < 2) return null;
  const from = rows[0].year;
  const to = rows[rows.length - 1].year;
  const deflators = deflatorsFrom(rows);
  const converted = deflators.convert(EXAMPLE_AMOUNT, from, to);
  return converted === null ? { from, to, missing: deflators.missing(from, to) } : { from, to, amount: EXAMPLE_AMOUNT, converted };
}

export async function deflatorRoutes(app: FastifyInstance, { db }: { db: Db }) {
  async function render(request: FastifyRequest, reply: FastifyReply, form?: DeflatorFormState, status = 200) {
    const rows = await listDeflatorRows(db);
    return reply.html(<DeflatorsPage ctx={request.view()} rows={rows} example={exampleOf(rows)} form={form} />, status);
  }

  app.get(DEFLATORS_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const year = (request.query as Static<typeof PageQuery>).anio;
    const row = year === undefined ? undefined : (await listDeflatorRows(db)).find((r) => r.year === year);
    return render(request, reply, row && { values: { year: String(row.year), variation: row.variation, source: row.source } });
  });

  app.post(DEFLATORS_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!canEditBudgetReferenceData(request.actor)) throw denied(!!request.actor);
    const form = readDeflatorForm(request.body, request.t);
    if (!form.ok) return render(request, reply, form, 422);
    await db.transaction((tx) => setDeflator(tx, form.value, auditActor(request.actor!)));
    return reply.flash('success', 'budget.admin.deflators.saved', { year: form.value.year, variation: formatVariation(form.value.variation, request.locale) })
      .redirect(DEFLATORS_PATH, 303);
  });
}
