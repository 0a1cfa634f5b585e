// The steward's forms for publications: new and edit, each a multipart form with the optional PDF. An encapsulated
// plugin: the multipart parser it installs (core's, over @fastify/busboy, which puts `_csrf` in the body before the
// app-wide CSRF check) serves these routes only. Who may post is checked before the body is read, so nobody else
// makes the server hold 20 MB; a refusal re-renders the form with its errors and values (422) and writes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, InvalidField, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { acceptUploads, uploadedFiles } from '../../../core/identity/eligibility/upload.js';
import { PUBLICATION_KINDS } from './schema.js';
import { findPublication, type PublicationRow } from './queries.js';
import { PUBLICATIONS_PATH, publicationUrl } from './present.js';
import { MAX_ATTACHMENT_BYTES, createPublication, updatePublication } from './commands/save-publication.js';
import { requireSteward } from './steward.js';
import { SlugParams } from './routes.publications.js';
import { PublicationFormPage, publicationValues, type FormState } from './views/publication-form.js';

const Fields = {
  kind: Type.Union(PUBLICATION_KINDS.map((k) => Type.Literal(k))),
  title: Type.String({ minLength: 3, maxLength: 200 }),
  summary: Type.String({ minLength: 10, maxLength: 600 }),
  body: Type.String({ minLength: 1, maxLength: 100_000 }),
};
const NewForm = Type.Object(Fields);
const EditForm = Type.Object({ ...Fields, removeFile: Type.Optional(Type.Literal('true')) });
const EDIT = '/observatorio/publicaciones/:slug/editar';
type Slug = Static<typeof SlugParams>;

/** The file field apart from the others (a file is not a form string); the CSRF token was checked already. */
function split(body: unknown) {
  const { file, [CSRF_FIELD]: _csrf, ...fields } = { ...(body as Record<string, unknown> | undefined) };
  const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const [upload] = uploadedFiles(file);
  return { fields, values, file: upload ? { fileName: upload.filename, bytes: upload.bytes } : undefined };
}

export async function publicationEditorRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  acceptUploads(app, { maxFileBytes: MAX_ATTACHMENT_BYTES });
  const preParsing = async (request: FastifyRequest, _reply: unknown, payload: unknown) => { await requireSteward(db, config, request); return payload; };
  const current = async (request: FastifyRequest) => {
    const row = await findPublication(db, (request.params as Slug).slug, true);
    if (!row) throw notFound();
    return row;
  };
  const render = (request: FastifyRequest, reply: FastifyReply, row: PublicationRow | undefined, form: FormState, status = 422) =>
    reply.html(<PublicationFormPage ctx={request.view()} current={row} form={form} />, status);

  // Past the size limit the parser stops the upload (413): on the page that is the form again with its error.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof HttpError && error.code === 'payload_too_large' && request.method === 'POST')) throw error;
    const row = request.routeOptions.url === EDIT ? await current(request) : undefined;
    return render(request, reply, row, { values: row ? publicationValues(row) : {}, errors: { file: request.t('observatory.publication.error.fileTooLarge') } });
  });

  app.get(`${PUBLICATIONS_PATH}/nueva`, { schema: { hide: true } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    await requireSteward(db, config, request);
    return render(request, reply, undefined, { values: { kind: 'brief' } }, 200);
  });

  app.post(PUBLICATIONS_PATH, { schema: { hide: true }, preParsing }, async (request, reply) => {
    const by = await requireSteward(db, config, request);
    const { fields, values, file } = split(request.body);
    const form = parseForm(NewForm, fields, request.t);
    if (!form.ok) return render(request, reply, undefined, form);
    try {
      const slug = await db.transaction((tx) => createPublication(tx, { ...form.value, file }, by));
      return reply.flash('success', 'observatory.publication.saved').redirect(publicationUrl(slug), 303);
    } catch (e) {
      if (e instanceof InvalidField) return render(request, reply, undefined, { values, errors: { [e.field]: request.t(e.messageKey) } });
      throw e;
    }
  });

  app.get(EDIT, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    await requireSteward(db, config, request);
    const row = await current(request);
    return render(request, reply, row, { values: publicationValues(row) }, 200);
  });

  app.post(EDIT, { schema: { hide: true, params: SlugParams }, preParsing }, async (request, reply) => {
    const by = await requireSteward(db, config, request);
    const row = await current(request);
    const { fields, values, file } = split(request.body);
    const form = parseForm(EditForm, fields, request.t);
    if (!form.ok) return render(request, reply, row, form);
    try {
      const slug = await db.transaction((tx) => updatePublication(tx, row, { ...form.value, removeFile: form.value.removeFile === 'true', file }, by));
      return reply.flash('success', 'observatory.publication.saved').redirect(publicationUrl(slug), 303);
    } catch (e) {
      if (e instanceof InvalidField) return render(request, reply, row, { values, errors: { [e.field]: request.t(e.messageKey) } });
      throw e;
    }
  });
}
