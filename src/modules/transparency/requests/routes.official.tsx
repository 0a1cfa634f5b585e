// The officials' desk: the inbox (…/transparencia/bandeja) and a request's workspace (…/solicitudes/{folio}/gestion)
// with its POSTs, one per step (…/gestion/{action}): parsed, checked by the lifecycle in recordRequestEvent, and
// redirected back with a flash; a refused step re-renders the workspace with the rule's message (422). The answer's
// "Vista previa" re-renders the form with the text redacted (documents' redactText) and marks what was taken out;
// "Responder" refuses a text with personal data that was not previewed as it stands.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Translate } from '../../../core/i18n/index.js';
import { HttpError, denied, notFound } from '../../../core/http/errors.js';
import { addBusinessDays, findInstitutionCalendar } from '../../../core/calendar/index.js';
import { findInstitutionOr404, listInstitutions } from '../../../core/tenancy/queries.js';
import { listDocuments } from '../documents/queries.js';
import { DocumentsPanel } from '../documents/views/index.js';
import { recordRequestEvent } from './commands/record-event.js';
import { actionOf, OFFICIAL_ACTIONS, readActionForm, type OfficialAction } from './form.js';
import { canWorkRequest } from './policy.js';
import type { RequestRow } from './queries.js';
import { FOLIO_PATTERN, officialActionsOf, requestOf, today, viewOf } from './routes.service.js';
import { listInbox } from './queries.js';
import { resolveTransferTarget, reviewAnswer } from './official-steps.js';
import { DUE_SOON_DAYS, InboxPage, type InboxQuery } from './views/inbox-page.js';
import { WorkspacePage } from './views/workspace-page.js';
import type { AnswerPreview } from './views/action-forms.js';
import type { FormState } from './views/parts.js';
import { inboxPath, workspacePath } from './views/paths.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const FolioParams = Type.Object({ slug: Type.String({ maxLength: 100 }), folio: Type.String({ pattern: FOLIO_PATTERN }) });
const ActionParams = Type.Object({ ...FolioParams.properties, action: Type.String({ maxLength: 20 }) });
const InboxQuerySchema = Type.Object({
  state: Type.Optional(Type.Union([Type.Literal('received'), Type.Literal('in_progress'), Type.Literal('awaiting_correction')])),
  overdue: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])), pronto: Type.Optional(Type.Literal('true')),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
});
const INBOX_PAGE = 50;
const TRANSFER_TARGETS = 1000;

/** A refusal of the lifecycle or of the event's data (4xx from recordRequestEvent) as the form's error; null otherwise. */
export function refusalOf(e: unknown, t: Translate): Record<string, string> | null {
  return e instanceof HttpError && (e.statusCode === 409 || e.statusCode === 400) ? { form: t(e.messageKey, e.params) } : null;
}

export async function officialRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  /** The institution, if this actor works its requests (401 signed out, 403 otherwise). */
  const desk = async (request: FastifyRequest) => {
    const institution = await findInstitutionOr404(db, (request.params as { slug: string }).slug);
    if (!canWorkRequest(request.actor, institution.id)) throw denied(!!request.actor);
    return institution;
  };

  app.get(inboxPath(':slug'), { schema: { hide: true, params: SlugParams, querystring: InboxQuerySchema } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const institution = await desk(request);
    const q = request.query as InboxQuery;
    const day = today();
    const dueBy = addBusinessDays(day, DUE_SOON_DAYS, await findInstitutionCalendar(db, institution.id)).due;
    const page = await listInbox(db, { institutionId: institution.id, state: q.state, overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      dueBy: q.pronto ? dueBy : undefined, q: q.q?.trim() || undefined, cursor: q.cursor, limit: INBOX_PAGE, today: day });
    return reply.html(<InboxPage ctx={request.view()} institution={institution} filter={q} rows={page.items} next={page.next} dueBy={dueBy} />);
  });

  const render = async (request: FastifyRequest, reply: FastifyReply, row: RequestRow, forms: Partial<Record<OfficialAction, FormState>> = {}, status = 200, preview?: AnswerPreview) => {
    const institutions = (await listInstitutions(db, { limit: TRANSFER_TARGETS })).filter((i) => i.id !== row.institutionId);
    const documents = await listDocuments(db, row.id);
    // The requester's contact is on this page: no shared cache may keep it.
    return reply.header('cache-control', 'private, no-store').html(<WorkspacePage ctx={request.view()} r={await viewOf(db, row, 'internal')} today={today()} allowed={await officialActionsOf(db, row)}
      contact={{ name: row.requesterName, email: row.requesterEmail, address: row.requesterAddress, showName: row.showName, format: row.format, delivery: row.delivery }}
      forms={forms} institutions={institutions} preview={preview}
      documents={<DocumentsPanel ctx={request.view()} slug={row.institutionSlug} folio={row.folio} documents={documents} />} />, status);
  };

  app.get(workspacePath(':slug', ':folio'), { schema: { hide: true, params: FolioParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const institution = await desk(request);
    return render(request, reply, await requestOf(db, institution.id, (request.params as Static<typeof FolioParams>).folio));
  });

  app.post(`${workspacePath(':slug', ':folio')}/:action`, { schema: { hide: true, params: ActionParams } }, async (request, reply) => {
    const institution = await desk(request);
    const { folio, action } = request.params as Static<typeof ActionParams>;
    const form = actionOf(OFFICIAL_ACTIONS, action);
    if (!form) throw notFound();
    const row = await requestOf(db, institution.id, folio);
    const slug = action as OfficialAction;
    const body = request.body as Record<string, string>;
    const parsed = readActionForm(form, body, request.t);
    if (!parsed.ok) return render(request, reply, row, { [slug]: parsed }, 422);
    const data = parsed.value.data;
    const review = slug === 'responder' ? reviewAnswer(String(data.text ?? ''), row.requesterName, body) : null;
    if (review) {
      const errors = review.requested ? undefined : { answerText: request.t('transparency.request.work.reviewFirst') };
      return render(request, reply, row, { responder: { values: { ...body, answerText: review.redactedText }, errors } }, review.requested ? 200 : 422, review.preview);
    }
    if (slug === 'derivar' && !(await resolveTransferTarget(db, data))) {
      return render(request, reply, row, { derivar: { values: body, errors: { toBody: request.t('transparency.request.work.toBodyRequired') } } }, 422);
    }
    try {
      await db.transaction((tx) => recordRequestEvent(tx, { requestId: row.id, kind: parsed.value.kind, data, author: 'official', personId: request.actor!.personId }));
    } catch (e) {
      const errors = refusalOf(e, request.t);
      if (errors) return render(request, reply, row, { [slug]: { values: body, errors } }, 422);
      throw e;
    }
    return reply.flash('success', 'transparency.request.saved').redirect(workspacePath(institution.slug, folio), 303);
  });
}
