// The official's monthly update of a category (Ley 20.285 art. 7): the upload page and its multipart POST. An
// encapsulated plugin: the multipart parser it installs (core's, over @fastify/busboy, which puts `_csrf` in the body
// before the app-wide CSRF check) serves these routes only. The whole file is checked before anything is written;
// a refused file re-renders the form (422) with its period kept and every problem listed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, denied, unauthorized } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { canPublishActive } from './policy.js';
import { categoryOf, periodError } from './service.js';
import { listUpdatesWithPublisher } from './queries.js';
import { parseActiveCsv } from './parsing.js';
import { publishUpdate } from './commands.js';
import { categoryPath, uploadPath } from './present.js';
import { PERIOD_PATTERN } from './schedule.js';
import { ActiveUploadPage, type UploadFormState } from './views/upload-page.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const Params = Type.Object({ slug: Type.String({ maxLength: 100 }), category: Type.String({ maxLength: 60 }) });
const UploadForm = Type.Object({ period: Type.String({ pattern: PERIOD_PATTERN }) });
const PATH = uploadPath(':slug', ':category');

export async function activeUploadRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: MAX_FILE_BYTES });

  /** The institution and category, or 404; then 401/403 unless the actor may publish: before the body is read. */
  const target = async (request: FastifyRequest) => {
    const params = request.params as Static<typeof Params>;
    const institution = await findInstitutionOr404(db, params.slug);
    const category = categoryOf(params.category);
    if (!request.actor) throw unauthorized();
    if (!canPublishActive(request.actor, institution.id)) throw denied(true);
    return { institution, category };
  };
  const render = async (request: FastifyRequest, reply: FastifyReply, form?: UploadFormState, status = 200) => {
    const { institution, category } = await target(request);
    const history = await listUpdatesWithPublisher(db, institution.id, category.key);
    return reply.html(<ActiveUploadPage ctx={request.view()} institution={institution} category={category} history={history} form={form} />, status);
  };

  // A file past the limit is refused while it streams in (413 from the parser): on the page, the form with its error.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
    return render(request, reply, { values: {}, errors: { file: request.t('transparency.active.error.fileTooLarge', { mb: MAX_FILE_BYTES / (1024 * 1024) }) } }, 422);
  });

  app.get(PATH, { schema: { hide: true, params: Params } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    return render(request, reply);
  });

  app.post(PATH, { schema: { hide: true, params: Params }, preParsing: async (request, _reply, payload) => { await target(request); return payload; } },
    async (request, reply) => {
      const { institution, category } = await target(request);
      const { file, [CSRF_FIELD]: _csrf, ...fields } = { ...(request.body as Record<string, unknown> | undefined) };
      const files = uploadedFiles(file);
      const values = { period: typeof fields.period === 'string' ? fields.period.trim() : '' };
      const form = parseForm(UploadForm, fields, request.t);
      const errors: Record<string, string> = form.ok ? {} : form.errors;
      const periodKey = form.ok ? periodError(form.value.period) : null;
      if (periodKey) errors.period = request.t(periodKey);
      if (files.length === 0) errors.file = request.t('transparency.active.error.fileEmpty');
      if (Object.keys(errors).length > 0) return render(request, reply, { values, errors }, 422);
      const parsed = parseActiveCsv(files[0]!.bytes, category.fields);
      if (!parsed.ok) {
        return render(request, reply, { values, errors: { file: request.t('transparency.active.upload.problems', { total: parsed.total }) },
          problems: { list: parsed.problems, total: parsed.total } }, 422);
      }
      await db.transaction((tx) => publishUpdate(tx, { institutionId: institution.id, category: category.key, period: values.period,
        fileName: files[0]!.filename, bytes: files[0]!.bytes, rows: parsed.rows }, request.actor!));
      return reply.flash('success', 'transparency.active.upload.published', { period: values.period, rows: parsed.rows.length })
        .redirect(categoryPath(institution.slug, category.key), 303);
    });
}
