// /servicios/{slug}/indicadores/importar: the managers' CSV upload (indicator,month,value). An encapsulated plugin, so
// the multipart parser it installs (core's, which puts `_csrf` in the body before the app-wide CSRF check) serves it
// only, as for the observatory's import. The whole file is checked before anything is written (origin 'import');
// a refused file re-renders the form (422) with every problem by line.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError } from '../../../core/http/errors.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { auditActor } from '../../../core/policy.js';
import type { ServiceRecord } from '../registry/queries.js';
import { currentMonthInChile, listIndicators } from './queries.js';
import { parseValuesCsv } from './csv.js';
import { statsPath } from './present.js';
import { mustManage, serviceOf } from './service.js';
import { upsertValues } from './commands/record-values.js';
import { ImportPage, type ImportFormState } from './views/import-page.js';

/** A service's whole history is a few hundred rows, some kilobytes: 2 MB leaves room and refuses a wrong file early. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

export async function importPages(app: FastifyInstance, { db }: ModuleDeps) {
  const managed = async (request: FastifyRequest) => {
    const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
    mustManage(request, service);
    return service;
  };
  const render = async (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, form?: ImportFormState, status = 200) =>
    reply.html(<ImportPage ctx={request.view()} service={service} indicators={await listIndicators(db, service.id)} form={form} />, status);

  await app.register(async (scoped) => {
    acceptUploads(scoped, { maxFileBytes: MAX_IMPORT_BYTES });
    // A file past the limit is refused while it streams in (413 from the parser): on the page, the form with its error.
    scoped.setErrorHandler(async (error, request, reply) => {
      if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
      const service = await serviceOf(db, (request.params as Static<typeof SlugParams>).slug);
      return render(request, reply, service, { errors: { file: request.t('services.impact.import.tooLarge', { mb: MAX_IMPORT_BYTES / (1024 * 1024) }) } }, 422);
    });

    scoped.get('/servicios/:slug/indicadores/importar', { schema: { hide: true, params: SlugParams } }, async (request, reply) =>
      render(request, reply, await managed(request)));

    scoped.post('/servicios/:slug/indicadores/importar', {
      schema: { hide: true, params: SlugParams },
      // 401/403 before the body is read: nobody uploads megabytes to be refused afterwards.
      preParsing: async (request, _reply, payload) => { await managed(request); return payload; },
    }, async (request, reply) => {
      const service = await managed(request);
      const files = uploadedFiles((request.body as Record<string, unknown> | undefined)?.file);
      if (files.length === 0) return render(request, reply, service, { errors: { file: request.t('services.impact.import.noFile') } }, 422);
      const current = currentMonthInChile();
      const parsed = parseValuesCsv(files[0]!.bytes, await listIndicators(db, service.id), current);
      if (!parsed.ok) {
        return render(request, reply, service, { errors: { file: request.t('services.impact.import.refused', { total: parsed.total }) },
          problems: { list: parsed.problems, total: parsed.total } }, 422);
      }
      const outcome = await db.transaction((tx) => upsertValues(tx, service, parsed.rows, 'import', auditActor(request.actor!), current));
      return reply.flash('success', 'services.impact.import.done', { rows: outcome.rows, inserted: outcome.inserted, updated: outcome.updated })
        .redirect(statsPath(service.slug), 303);
    });
  });
}
