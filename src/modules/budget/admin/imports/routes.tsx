// /instituciones/:ref/presupuesto/importar — an institution's budget officials (and its admins, and platform admins)
// upload a budget file; the request stores the job and answers at once with its page,
// /instituciones/:ref/presupuesto/importaciones/:id, while the job runs in this process (jobs/runner.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../../core/db/client.js';
import { notFound } from '../../../../core/http/errors.js';
import { auditActor, canActInModule, type Actor } from '../../../../core/policy.js';
import { institutionFor, RefParams } from '../../../../core/tenancy/access.js';
import { acceptUploads } from '../../../../core/identity/eligibility/upload.js';
import { datasetTotals, findDataset } from '../../queries.js';
import { createImportJob, findImportJob, listImportJobs } from '../../jobs/import-jobs.js';
import { failInterruptedImports, ImportRunner } from '../../jobs/runner.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES, readImportForm } from './form.js';
import { ImportPage, jobPath, type ImportFormState } from './views.js';
import { ImportJobPage } from './job-view.js';

const canImport = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'budget');
const JobParams = Type.Composite([RefParams, Type.Object({ id: Type.Integer({ minimum: 1 }) })]);
const JobQuery = Type.Object({ actualizar: Type.Optional(Type.Literal('no')) });

/** An encapsulated plugin: the upload parser it installs serves these routes only. */
export async function importRoutes(app: FastifyInstance, { db }: { db: Db }) {
  acceptUploads(app, { maxFileBytes: MAX_IMPORT_BYTES, maxFiles: MAX_IMPORT_FILES });
  const runner = new ImportRunner(db, app.log);
  app.addHook('onReady', async () => {
    const failed = await failInterruptedImports(db);
    if (failed > 0) app.log.warn(`${failed} budget import(s) cut short by a restart marked failed`);
  });
  app.addHook('onClose', () => runner.idle());
  const authorized = (request: FastifyRequest) => institutionFor(db, request, canImport);

  async function render(request: FastifyRequest, reply: FastifyReply, institution: { id: number; slug: string; name: string }, form?: ImportFormState) {
    const jobs = await listImportJobs(db, institution.id);
    return reply.html(<ImportPage ctx={request.view()} institution={institution} jobs={jobs} form={form} />, form ? 422 : 200);
  }

  app.get('/instituciones/:ref/presupuesto/importar', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await authorized(request);
    return render(request, reply, institution);
  });

  app.post('/instituciones/:ref/presupuesto/importar', {
    schema: { hide: true, params: RefParams },
    // Refused before the upload is read: nobody else makes the server hold 50 MB.
    preParsing: async (request, _reply, payload) => { await authorized(request); return payload; },
  }, async (request, reply) => {
    const { institution, actor } = await authorized(request);
    const form = readImportForm(request.body, request.t);
    if (!form.ok) return render(request, reply, institution, form);
    const { format, year, cube, files } = form.value;
    const taken = cube === null ? null : await findDataset(db, cube);
    if (taken && taken.institutionId !== institution.id) {
      return render(request, reply, institution, { values: { format, year: String(year), cube: cube ?? '' }, errors: { cube: request.t('budget.admin.failure.cube_taken') } });
    }
    const id = await createImportJob(db, { institutionId: institution.id, requestedBy: actor.personId, format, year, cube, sourceNames: files.map((f) => f.name) });
    runner.start({ id, institutionId: institution.id, format, year, cube, files, actor: auditActor(actor) });
    return reply.redirect(jobPath(institution.slug, id), 303);
  });

  app.get('/instituciones/:ref/presupuesto/importaciones/:id', { schema: { hide: true, params: JobParams, querystring: JobQuery } }, async (request, reply) => {
    const { institution } = await authorized(request);
    const job = await findImportJob(db, institution.id, (request.params as Static<typeof JobParams>).id);
    if (!job) throw notFound();
    const dataset = job.status === 'done' && job.datasetId !== null && job.cube ? await findDataset(db, job.cube) : null;
    const result = dataset ? { facts: dataset.factCount, totals: await datasetTotals(db, dataset.id) } : null;
    const autoRefresh = (request.query as Static<typeof JobQuery>).actualizar !== 'no';
    return reply.html(<ImportJobPage ctx={request.view()} institution={institution} job={job} result={result} autoRefresh={autoRefresh} />);
  });
}
