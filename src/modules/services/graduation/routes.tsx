// /servicios/graduar: officials acting in the incubator for some institution ('services' permission, admins) see
// their institutions' grant agreements and accepted proposals not yet graduated; each opens a registration form
// pre-filled from it (/servicios/graduar/convenios/{id}, /servicios/graduar/propuestas/{id}) that creates the service
// in investigación, keeping the link. Registered by ../index.ts.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor, canActInModule } from '../../../core/policy.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { actingInstitutionIds, findEmailOf, listRegisterableIncubators, mayRegisterSomewhere } from '../registry/options.js';
import { canRegisterService } from '../policy.js';
import { rawValues, refusal } from '../funding/service.js';
import { findGraduable, findGraduatedSlug, listCandidates, type Graduable, type OriginKind } from './origins.js';
import { graduateService } from './commands/graduate-service.js';
import { CandidatesPage } from './views/candidates-page.js';
import { GraduateFormPage, type GraduateForm } from './views/graduate-form-page.js';

const KINDS: Record<string, OriginKind> = { convenios: 'grant', propuestas: 'proposal' };
const OriginParams = Type.Object({ kind: Type.Union([Type.Literal('convenios'), Type.Literal('propuestas')]), id: Type.Integer({ minimum: 1 }) });
const GraduateFields = Type.Object({
  slug: Type.String({ maxLength: 80 }), title: Type.String({ maxLength: 200 }), mission: Type.String({ maxLength: 4000 }),
  incubator: Type.Integer({ minimum: 1 }), leadEmail: Type.String({ maxLength: 320 }), leadTitle: Type.Optional(Type.String({ maxLength: 200 })),
});

/** A slug suggested from a title: lower-case ASCII words joined by '-', at most 60 characters. */
export const suggestSlug = (title: string) => title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 60).replace(/-+$/, '');

export const graduationRoutes: FastifyPluginAsync<ModuleDeps> = async (app, { db, config }) => {
  app.get('/servicios/graduar', { schema: { hide: true } }, async (request, reply) => {
    if (!mayRegisterSomewhere(request.actor)) throw denied(!!request.actor);
    const candidates = await listCandidates(db, actingInstitutionIds(request.actor));
    return reply.html(<CandidatesPage ctx={request.view()} {...candidates} />);
  });

  /** The origin, if the actor may act for its institution in the incubator (403 otherwise; 404 when it does not exist). */
  const originOf = async (request: FastifyRequest): Promise<Graduable> => {
    const p = request.params as Static<typeof OriginParams>;
    const origin = await findGraduable(db, KINDS[p.kind]!, p.id);
    if (!origin) throw notFound();
    if (!canActInModule(request.actor, origin.institutionId, 'services')) throw denied(!!request.actor);
    return origin;
  };

  const render = async (request: FastifyRequest, reply: FastifyReply, origin: Graduable, form?: GraduateForm) => {
    // The origin institution's own incubators first: the likely home of its initiative.
    const incubators = (await listRegisterableIncubators(db, request.actor)).filter((i) => canRegisterService(request.actor, i.institutionId, [origin.institutionId]))
      .sort((a, b) => Number(b.institutionId === origin.institutionId) - Number(a.institutionId === origin.institutionId));
    const values = form?.values ?? {
      slug: suggestSlug(origin.suggestedTitle), title: origin.suggestedTitle, mission: origin.draftMission, incubator: String(incubators[0]?.id ?? ''),
      leadEmail: await findEmailOf(db, request.actor!.personId), leadTitle: '',
    };
    return reply.html(<GraduateFormPage ctx={request.view()} origin={origin} incubators={incubators} graduatedAs={await findGraduatedSlug(db, origin)}
      form={{ values, errors: form?.errors }} />, form ? 422 : 200);
  };

  app.get('/servicios/graduar/:kind/:id', { schema: { hide: true, params: OriginParams } }, async (request, reply) => render(request, reply, await originOf(request)));

  app.post('/servicios/graduar/:kind/:id', { schema: { hide: true, params: OriginParams } }, async (request, reply) => {
    const origin = await originOf(request);
    const parsed = parseForm(GraduateFields, request.body, request.t);
    if (!parsed.ok) return render(request, reply, origin, parsed);
    const v = parsed.value;
    const keep = (errors: Record<string, string>) => render(request, reply, origin, { values: rawValues(request.body), errors });
    const incubators = await listRegisterableIncubators(db, request.actor);
    const incubator = incubators.find((i) => i.id === v.incubator);
    if (!incubator || !canRegisterService(request.actor, incubator.institutionId, [origin.institutionId])) return keep({ incubator: request.t('services.funding.error.incubator') });
    try {
      const service = await db.transaction((tx) => graduateService(tx, {
        origin: { kind: origin.kind, id: origin.id }, slug: v.slug, title: v.title, mission: v.mission, incubatorId: v.incubator, leadEmail: v.leadEmail, leadTitle: v.leadTitle,
      }, auditActor(request.actor!), config.baseUrl));
      return reply.flash('success', 'services.funding.graduated').redirect(`/servicios/${service.slug}`, 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return keep(errors);
      throw e;
    }
  });
};
