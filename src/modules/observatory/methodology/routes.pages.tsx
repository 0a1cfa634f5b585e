// /observatorio/metodologia (the method in plain words, public), /observatorio/metodologia/versiones/{n} (a version's
// full spec and what changed), /observatorio/metodologia/vista-previa (officials try other choices; nothing saved)
// and POST /observatorio/metodologia/versiones (stewards publish the previewed choice as the next version).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { auditActor } from '../../../core/policy.js';
import { canPreviewMethod, canStewardObservatory } from '../policy.js';
import { findObservatoryInstitution } from '../institutions.js';
import { publishMethod } from './commands/publish-method.js';
import { currentOf, findMethodVersion, listMethodVersions } from './queries.js';
import { findCurrentMethod, headlineYear, listIndexYears, listScoredYears } from '../index/queries.js';
import { PreviewForm, PublishForm, formValuesOf, isSubmitted, readMethodForm, type MethodFormResult } from './form.js';
import { previewMethod } from './preview.js';
import { diffSpecs } from './spec.js';
import { MethodologyPage } from './views/methodology-page.js';
import { VersionPage } from './views/version-page.js';
import { PreviewPage, type PublishState } from './views/preview-page.js';
import { METHODOLOGY_PATH, PREVIEW_PATH, VERSIONS_PATH } from './views/paths.js';

const VersionParams = Type.Object({ version: Type.Integer({ minimum: 1 }) });

export async function methodologyPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const isSteward = async (request: FastifyRequest) =>
    !!request.actor && canStewardObservatory(request.actor, (await findObservatoryInstitution(db, config)).id);

  app.get(METHODOLOGY_PATH, { schema: { hide: true } }, async (request, reply) => {
    const versions = await listMethodVersions(db);
    return reply.html(<MethodologyPage ctx={request.view()} current={currentOf(versions)} versions={versions} />);
  });

  app.get(`${VERSIONS_PATH}/:version`, { schema: { hide: true, params: VersionParams } }, async (request, reply) => {
    const { version } = request.params as Static<typeof VersionParams>;
    const found = await findMethodVersion(db, version);
    if (!found) throw notFound();
    const previous = version > 1 ? await findMethodVersion(db, version - 1) : null;
    const changes = previous ? diffSpecs(previous.spec, found.spec) : null;
    const current = await findCurrentMethod(db);
    return reply.html(<VersionPage ctx={request.view()} version={found} current={current?.version === version} changes={changes} />);
  });

  /** The preview page for a form state: its result when the form is valid and was submitted. */
  async function renderPreview(request: FastifyRequest, reply: FastifyReply, form: MethodFormResult | null, publish?: PublishState) {
    const current = currentOf(await listMethodVersions(db));
    const years = (await listIndexYears(db)).reverse();
    const values = form?.values ?? formValuesOf(current.spec, headlineYear(await listScoredYears(db, current.version)) ?? years[0] ?? new Date().getUTCFullYear());
    // A year with no values has nothing to rank: said on the year's field, not as an empty table.
    const errors = form && !form.ok ? form.errors : form?.ok && !years.includes(form.value.year) ? { anio: request.t('observatory.method.error.noYear') } : undefined;
    const result = form?.ok && !errors ? await previewMethod(db, form.value.year, current.spec, form.value.spec) : null;
    const status = errors || publish ? 422 : 200;
    return reply.html(<PreviewPage ctx={request.view()} current={current} years={years} values={values} errors={errors}
      result={result} canPublish={await isSteward(request)} publish={publish} />, status);
  }

  app.get(PREVIEW_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!canPreviewMethod(request.actor)) throw denied(!!request.actor);
    const current = currentOf(await listMethodVersions(db));
    return renderPreview(request, reply, isSubmitted(request.query) ? readMethodForm(PreviewForm, request.query, current.spec, request.t) : null);
  });

  app.post(VERSIONS_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!(await isSteward(request))) throw denied(!!request.actor);
    const current = currentOf(await listMethodVersions(db));
    const form = readMethodForm(PublishForm, request.body, current.spec, request.t);
    if (!form.ok) {
      // The note's error is the publish form's; the spec's, the preview form's (the same fields, shown above).
      const preview = readMethodForm(PreviewForm, withoutNote(request.body), current.spec, request.t);
      return renderPreview(request, reply, preview, { errors: form.errors.nota ? { nota: form.errors.nota } : {}, note: form.values.nota ?? '' });
    }
    const { version } = await db.transaction((tx) => publishMethod(tx, form.value.spec, form.value.note!, auditActor(request.actor!)));
    return reply.flash('success', 'observatory.method.published', { version }).redirect(`${VERSIONS_PATH}/${version}`, 303);
  });
}

function withoutNote(body: unknown): Record<string, unknown> {
  const { nota: _, _csrf: __, ...rest } = (body ?? {}) as Record<string, unknown>;
  return rest;
}
