// The officials' page to open a consultation in a process (officials of its institution with the participation
// permission, and its admins): the same checks and command as POST /api/v1/participation/consultations.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { canActInModule } from '../../../core/policy.js';
import { findProcess, type ProcessDetail } from '../processes/queries.js';
import { createConsultation } from './commands/create-consultation.js';
import { prepareNewConsultation } from './new-consultation.js';
import { readNewConsultationForm } from './new-form.js';
import { NewConsultationPage, type NewFormState } from './views/new-page.js';
import { consultationPath } from './views/common.js';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export async function consultationNewRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function processFor(request: FastifyRequest): Promise<ProcessDetail> {
    const process = await findProcess(db, (request.params as Static<typeof Params>).id);
    if (!process) throw notFound();
    if (!canActInModule(request.actor, process.institutionId, 'participation')) throw denied(!!request.actor);
    return process;
  }
  const render = (request: FastifyRequest, reply: FastifyReply, process: ProcessDetail, form: NewFormState, status = 200) =>
    reply.html(<NewConsultationPage ctx={request.view()} process={process} form={form} />, status);

  app.get('/participacion/procesos/:id/consultas/nueva', { schema: { hide: true, params: Params } }, async (request, reply) =>
    render(request, reply, await processFor(request), { values: {} }));

  app.post('/participacion/procesos/:id/consultas/nueva', { schema: { hide: true, params: Params } }, async (request, reply) => {
    const process = await processFor(request);
    const form = readNewConsultationForm(request.body, request.t, { institution: process.institutionSlug, process: process.id });
    if (!form.ok) return render(request, reply, process, form, 422);
    const input = await prepareNewConsultation(db, process.institutionId, form.value);
    if (input instanceof Error) {
      const values = Object.fromEntries(Object.entries(request.body as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      return render(request, reply, process, { values, errors: { questions: request.t(input.messageKey, input.params) } }, 422);
    }
    const created = await db.transaction((tx) => createConsultation(tx, input, request.actor!));
    return reply.flash('success', 'participation.consultation.new.created', { title: created.title }).redirect(consultationPath(created.id), 303);
  });
}
