// Panels and webinars: the public list (coming first, then past by cursor) and page, and the steward's new and edit
// forms (urlencoded POSTs: 303 with a flash, or the form again with its errors and values, 422, nothing written).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { InvalidField, notFound } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import type { AuditActor } from '../../../core/audit/log.js';
import type { Translate } from '../../../core/i18n/index.js';
import { findPanel, panelKey, pastPanels, upcomingPanels, type PanelRow } from './queries.js';
import { PANELS_PATH, panelUrl } from './present.js';
import { checkVideoUrl, parseSantiagoStart, parseSpeakers } from './rules.js';
import { createPanel, updatePanel, type PanelFields } from './commands/save-panel.js';
import { isSteward, requireSteward } from './steward.js';
import { SlugParams } from './routes.publications.js';
import { PanelListPage } from './views/panel-list.js';
import { PanelPage } from './views/panel-page.js';
import { PanelFormPage, panelValues } from './views/panel-form.js';
import type { FormState } from './views/publication-form.js';

const PanelForm = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 10, maxLength: 20_000 }),
  startsAt: Type.String({ maxLength: 20 }),
  durationMinutes: Type.Integer({ minimum: 15, maximum: 600 }),
  speakers: Type.String({ maxLength: 5_000 }),
  videoUrl: Type.Optional(Type.String({ maxLength: 500 })),
  summary: Type.Optional(Type.String({ maxLength: 50_000 })),
});
type Slug = Static<typeof SlugParams>;
const PAGE_SIZE = 20;

/** The form's fields as the command takes them, once ruleErrors found nothing to refuse. */
const toFields = (v: Static<typeof PanelForm>): PanelFields => ({
  title: v.title, description: v.description, startsAt: parseSantiagoStart(v.startsAt), durationMinutes: v.durationMinutes,
  speakers: parseSpeakers(v.speakers), videoUrl: checkVideoUrl(v.videoUrl), summary: v.summary || null,
});

/** The rules' refusals (rules.ts) of the fields typed, all at once, so the form need not be sent twice to find them. */
function ruleErrors(values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, check] of RULES) {
    const value = values[field]?.trim() ?? '';
    if (!value) continue; // an empty required field is the schema's "complete this field"
    try { check(value); } catch (e) { if (!(e instanceof InvalidField)) throw e; errors[field] = t(e.messageKey); }
  }
  return errors;
}
const RULES: Array<[string, (value: string) => unknown]> = [['startsAt', parseSantiagoStart], ['speakers', parseSpeakers], ['videoUrl', checkVideoUrl]];
const FIELD_ORDER = Object.keys(PanelForm.properties);
const inFieldOrder = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b)));

export async function panelRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get(PANELS_PATH, { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const { cursor } = request.query as Static<typeof PageQuery>;
    const now = new Date();
    const page = pageOf(await pastPanels(db, now, decodeCursor(cursor), PAGE_SIZE), PAGE_SIZE, panelKey);
    return reply.html(<PanelListPage ctx={request.view()} upcoming={cursor ? [] : await upcomingPanels(db, now)} past={page.items} next={page.next}
      firstPage={!cursor} canEdit={await isSteward(db, config, request)} />);
  });

  app.get(`${PANELS_PATH}/:slug`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const panel = await findPanel(db, (request.params as Slug).slug);
    if (!panel) throw notFound();
    return reply.html(<PanelPage ctx={request.view()} panel={panel} now={new Date()} canEdit={await isSteward(db, config, request)} />);
  });

  const render = (request: FastifyRequest, reply: FastifyReply, current: PanelRow | undefined, form: FormState, status = 422) =>
    reply.html(<PanelFormPage ctx={request.view()} current={current} form={form} />, status);
  const current = async (request: FastifyRequest) => {
    const panel = await findPanel(db, (request.params as Slug).slug);
    if (!panel) throw notFound();
    return panel;
  };
  /** Parse, check the rules, run the command in one transaction, redirect; or the form again with every error at once. */
  const save = async (request: FastifyRequest, reply: FastifyReply, panel: PanelRow | undefined, run: (fields: PanelFields, by: AuditActor) => Promise<string>) => {
    const by = await requireSteward(db, config, request);
    const form = parseForm(PanelForm, request.body, request.t);
    const values = form.ok ? request.body as Record<string, string> : form.values;
    const errors = inFieldOrder({ ...ruleErrors(values, request.t), ...(form.ok ? {} : form.errors) });
    if (!form.ok || Object.keys(errors).length > 0) return render(request, reply, panel, { values, errors });
    const slug = await run(toFields(form.value), by);
    return reply.flash('success', 'observatory.panel.saved').redirect(panelUrl(slug), 303);
  };

  app.get(`${PANELS_PATH}/nuevo`, { schema: { hide: true } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    await requireSteward(db, config, request);
    return render(request, reply, undefined, { values: {} }, 200);
  });
  app.post(PANELS_PATH, { schema: { hide: true } }, async (request, reply) =>
    save(request, reply, undefined, (fields, by) => db.transaction((tx) => createPanel(tx, fields, by))));

  app.get(`${PANELS_PATH}/:slug/editar`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    await requireSteward(db, config, request);
    const panel = await current(request);
    return render(request, reply, panel, { values: panelValues(panel) }, 200);
  });
  app.post(`${PANELS_PATH}/:slug/editar`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const panel = await current(request);
    return save(request, reply, panel, async (fields, by) => { await db.transaction((tx) => updatePanel(tx, panel.id, fields, by)); return panel.slug; });
  });
}
