// The catalogue page (public) and the stewards' import page with its multipart POST. The upload routes are an
// encapsulated plugin: the multipart parser they install (core's, over @fastify/busboy, which puts `_csrf` in the body
// before the app-wide CSRF check) serves them only. The whole file is checked before anything is written; a refused
// file re-renders the form (422) with every problem listed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, denied, unauthorized } from '../../../core/http/errors.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { auditActor } from '../../../core/policy.js';
import { canStewardObservatory } from '../policy.js';
import { findObservatoryInstitution } from '../institutions.js';
import { findCoverage } from './queries.js';
import { importValuesCsv } from './service.js';
import { CATALOGUE_PATH, IMPORT_PATH, problemsMessage } from './present.js';
import { MAX_IMPORT_BYTES } from './routes.api.js';
import { CataloguePage } from './views/catalogue-page.js';
import { ImportPage, type ImportFormState } from './views/import-page.js';

export async function indicatorWebRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const isSteward = async (request: FastifyRequest) => canStewardObservatory(request.actor, (await findObservatoryInstitution(db, config)).id);

  app.get(CATALOGUE_PATH, { schema: { hide: true } }, async (request, reply) =>
    reply.html(<CataloguePage ctx={request.view()} coverage={await findCoverage(db)} canImport={await isSteward(request)} />));

  await app.register(async (scoped) => {
    acceptUploads(scoped, { maxFileBytes: MAX_IMPORT_BYTES });
    /** 401/403 unless a steward: before the body is read. */
    const mustSteward = async (request: FastifyRequest) => {
      if (!request.actor) throw unauthorized();
      if (!await isSteward(request)) throw denied(true);
    };
    const render = (request: FastifyRequest, reply: FastifyReply, form?: ImportFormState, status = 200) =>
      reply.html(<ImportPage ctx={request.view()} form={form} />, status);

    // A file past the limit is refused while it streams in (413 from the parser): on the page, the form with its error.
    scoped.setErrorHandler(async (error, request, reply) => {
      if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
      return render(request, reply, { errors: { file: request.t('observatory.import.error.fileTooLarge', { mb: MAX_IMPORT_BYTES / (1024 * 1024) }) } }, 422);
    });

    scoped.get(IMPORT_PATH, { schema: { hide: true } }, async (request, reply) => {
      if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
      await mustSteward(request);
      return render(request, reply);
    });

    scoped.post(IMPORT_PATH, { schema: { hide: true }, preParsing: async (request, _reply, payload) => { await mustSteward(request); return payload; } },
      async (request, reply) => {
        await mustSteward(request);
        const files = uploadedFiles((request.body as Record<string, unknown> | undefined)?.file);
        if (files.length === 0) return render(request, reply, { errors: { file: request.t('observatory.import.error.fileEmpty') } }, 422);
        const result = await importValuesCsv(db, files[0]!.bytes, auditActor(request.actor!));
        if (!result.ok) {
          return render(request, reply, { errors: { file: problemsMessage(request.t, result.total) },
            problems: { list: result.problems, total: result.total } }, 422);
        }
        const { rows, inserted, updated } = result.outcome;
        return reply.flash('success', 'observatory.import.done', { rows, inserted, updated }).redirect(CATALOGUE_PATH, 303);
      });
  });
}
