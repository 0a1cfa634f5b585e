// The officials' pages and form posts: publish a dataset, edit its record, add a link, remove a resource, withdraw
// it. Each post is authorized first, then parsed; it redirects 303 with a flash, or re-renders its form with the
// errors and the values kept (422) and nothing written.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { canManageDatasets } from './policy.js';
import { managedEntry } from './service.js';
import { DatasetForm, datasetProblems, InvalidField, LinkForm } from './validation.js';
import { createDataset, updateDataset, withdrawDataset } from './commands/save-dataset.js';
import { addLink, removeDistribution } from './commands/distributions.js';
import { DatasetFormPage } from './views/dataset-form.js';
import type { FormState } from './views/manage-forms.js';
import { NameParams, renderDatasetPage } from './routes.pages.js';
import { datasetPath } from './entries.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const ResourceParams = Type.Object({ name: NameParams.properties.name, id: Type.Integer({ minimum: 1 }) });
const page = (params: object) => ({ schema: { hide: true, params } });
const bodyValues = (body: unknown) => Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** The schema's errors and, beside them, the problems of the fields it accepted: the official sees every one at once. */
const withProblems = (request: FastifyRequest, form: FormState): FormState =>
  ({ values: form.values, errors: { ...Object.fromEntries(datasetProblems(form.values).map(([f, key]) => [f, request.t(key)])), ...form.errors } });

/** A command's refusal as the form's state, or rethrown when it is not one. */
function refused(e: unknown, request: FastifyRequest): FormState {
  if (e instanceof InvalidField) return { values: bodyValues(request.body), errors: { [e.field]: request.t(e.messageKey) } };
  throw e;
}

export async function catalogueManageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const signIn = (request: FastifyRequest, reply: FastifyReply) => reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
  const managedInstitution = async (request: FastifyRequest) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    if (!canManageDatasets(request.actor, institution.id)) throw denied(!!request.actor);
    return institution;
  };

  app.get('/instituciones/:slug/datos/nuevo', page(SlugParams), async (request, reply) => {
    if (!request.actor) return signIn(request, reply);
    return reply.html(<DatasetFormPage ctx={request.view()} institution={await managedInstitution(request)} />);
  });

  app.post('/instituciones/:slug/datos', page(SlugParams), async (request, reply) => {
    const institution = await managedInstitution(request);
    const render = (form: FormState) => reply.html(<DatasetFormPage ctx={request.view()} institution={institution} form={form} />, 422);
    const form = parseForm(DatasetForm, request.body, request.t);
    if (!form.ok) return render(withProblems(request, form));
    try {
      const name = await db.transaction((tx) => createDataset(tx, institution, form.value, request.actor!));
      return reply.flash('success', 'transparency.catalogue.created').redirect(datasetPath(name), 303);
    } catch (e) { return render(refused(e, request)); }
  });

  const entryOfRequest = (request: FastifyRequest) => managedEntry(db, request, (request.params as { name: string }).name);

  app.get('/datos/:name/editar', page(NameParams), async (request, reply) => {
    if (!request.actor) return signIn(request, reply);
    const entry = await entryOfRequest(request);
    return reply.html(<DatasetFormPage ctx={request.view()} institution={entry.institution} entry={entry} />);
  });

  app.post('/datos/:name/editar', page(NameParams), async (request, reply) => {
    const entry = await entryOfRequest(request);
    const render = (form: FormState) => reply.html(<DatasetFormPage ctx={request.view()} institution={entry.institution} entry={entry} form={form} />, 422);
    const form = parseForm(DatasetForm, request.body, request.t);
    if (!form.ok) return render(withProblems(request, form));
    try {
      await db.transaction((tx) => updateDataset(tx, { id: entry.storedId, institutionId: entry.institution.id }, form.value, request.actor!));
      return reply.flash('success', 'transparency.catalogue.saved').redirect(datasetPath(entry.name), 303);
    } catch (e) { return render(refused(e, request)); }
  });

  app.post('/datos/:name/retirar', page(NameParams), async (request, reply) => {
    const entry = await entryOfRequest(request);
    parseForm(Type.Object({}), request.body, request.t);
    await db.transaction((tx) => withdrawDataset(tx, { id: entry.storedId, institutionId: entry.institution.id }, request.actor!));
    return reply.flash('success', 'transparency.catalogue.withdrawn').redirect(`/instituciones/${entry.institution.slug}/datos`, 303);
  });

  app.post('/datos/:name/enlaces', page(NameParams), async (request, reply) => {
    const entry = await entryOfRequest(request);
    const form = parseForm(LinkForm, request.body, request.t);
    if (!form.ok) return renderDatasetPage(request, reply, entry, { link: form }, 422);
    await db.transaction((tx) => addLink(tx, { id: entry.storedId, institutionId: entry.institution.id },
      { title: form.value.linkTitle, format: form.value.linkFormat, url: form.value.url }, request.actor!));
    return reply.flash('success', 'transparency.catalogue.distributionAdded').redirect(datasetPath(entry.name), 303);
  });

  app.post('/datos/:name/recursos/:id/quitar', page(ResourceParams), async (request, reply) => {
    const entry = await entryOfRequest(request);
    parseForm(Type.Object({}), request.body, request.t);
    const removed = await db.transaction((tx) => removeDistribution(tx, { id: entry.storedId, institutionId: entry.institution.id },
      (request.params as Static<typeof ResourceParams>).id, request.actor!));
    if (!removed) throw notFound();
    return reply.flash('success', 'transparency.catalogue.distributionRemoved').redirect(datasetPath(entry.name), 303);
  });
}
