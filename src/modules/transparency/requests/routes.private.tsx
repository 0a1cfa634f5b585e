// /transparencia/seguimiento/{token}: the requester's private page and its POSTs (comment, correct, withdraw, rate),
// and …/recibida, the confirmation right after filing. The token in the URL is the credential (only its sha256 is
// stored); the forms still carry the CSRF token like every form of the site. The pages are never cached, indexed or
// sent on as a Referer, so the link does not leak to the sites they link to.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { listPublishedDocuments } from '../documents/queries.js';
import { RequestDocuments } from '../documents/views/index.js';
import { recordRequestEvent } from './commands/record-event.js';
import { actionOf, readActionForm, REQUESTER_ACTIONS, type RequesterAction } from './form.js';
import { findRequestByToken, type RequestRow } from './queries.js';
import { isRequester } from './policy.js';
import { requesterActionsOf, today, viewOf } from './routes.service.js';
import { refusalOf } from './routes.official.js';
import { ConfirmationPage, PrivatePage } from './views/private-page.js';
import type { FormState } from './views/parts.js';
import { FOLLOW_UP_PATH, followUpPath } from './views/paths.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const ActionParams = Type.Object({ token: Type.String({ maxLength: 100 }), action: Type.String({ maxLength: 20 }) });

const privateHeaders = (reply: FastifyReply) =>
  reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store').header('x-robots-tag', 'noindex');

export async function privateRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const requestOfToken = async (token: string) => {
    const row = await findRequestByToken(db, token);
    if (!row) throw notFound();
    return row;
  };
  const link = (token: string) => `${config.baseUrl}${followUpPath(token)}`;

  const render = async (request: FastifyRequest, reply: FastifyReply, row: RequestRow, token: string, forms: Partial<Record<RequesterAction, FormState>> = {}, status = 200) => {
    const documents = await listPublishedDocuments(db, row.id);
    return privateHeaders(reply).html(<PrivatePage ctx={request.view()} r={await viewOf(db, row, 'requester')} token={token} link={link(token)} today={today()}
      allowed={await requesterActionsOf(db, row)} forms={forms}
      documents={<RequestDocuments ctx={request.view()} slug={row.institutionSlug} folio={row.folio} documents={documents} />} />, status);
  };

  app.get(`${FOLLOW_UP_PATH}/:token`, { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof TokenParams>;
    return render(request, reply, await requestOfToken(token), token);
  });

  app.get(`${FOLLOW_UP_PATH}/:token/recibida`, { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const { token } = request.params as Static<typeof TokenParams>;
    const row = await requestOfToken(token);
    return privateHeaders(reply).html(<ConfirmationPage ctx={request.view()} r={await viewOf(db, row, 'requester')} link={link(token)} />);
  });

  app.post(`${FOLLOW_UP_PATH}/:token/:action`, { schema: { hide: true, params: ActionParams } }, async (request, reply) => {
    const { token, action } = request.params as Static<typeof ActionParams>;
    const row = await requestOfToken(token);
    const form = actionOf(REQUESTER_ACTIONS, action);
    if (!form) throw notFound();
    const slug = action as RequesterAction;
    const parsed = readActionForm(form, request.body, request.t);
    if (!parsed.ok) return render(request, reply, row, token, { [slug]: parsed }, 422);
    // A signed-in requester acting on their own request is recorded as their account; anyone else with the link, as nobody.
    const personId = isRequester(request.actor, row, false) ? request.actor!.personId : null;
    try {
      await db.transaction((tx) => recordRequestEvent(tx, { requestId: row.id, kind: parsed.value.kind, data: parsed.value.data, author: 'requester', personId }));
    } catch (e) {
      const errors = refusalOf(e, request.t);
      if (errors) return render(request, reply, row, token, { [slug]: { values: request.body as Record<string, string>, errors } }, 422);
      throw e;
    }
    return reply.flash('success', 'transparency.request.saved').redirect(followUpPath(token), 303);
  });
}
