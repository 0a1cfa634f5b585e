// /cuenta: the signed-in person's account page, resending the confirmation email, and API tokens
// (created with the token shown once, revoked).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { forbidden, notFound, unauthorized } from '../http/errors.js';
import { parseForm } from '../http/form.js';
import { auditActor, canCreateApiToken, type Actor } from '../policy.js';
import type { Db } from '../db/client.js';
import type { ViewContext } from '../views/context.js';
import { createApiToken } from './commands/create-api-token.js';
import { issueEmailToken } from './commands/issue-email-token.js';
import { revokeApiToken } from './commands/revoke-api-token.js';
import { composeAccountEmail } from './email.js';
import { ApiTokenForm } from './forms.js';
import { limitAttempt } from './limits.js';
import { findAccount, listApiTokens } from './queries.js';
import { AccountPage, ApiTokenCreatedPage } from './views/account.js';
import type { FormState } from './views/auth-page.js';
import type { AuthDeps } from './routes.js';

const TokenIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

/** The signed-in actor, or 401: every action here is on one's own account. */
function signedIn(actor: Actor | null): Actor {
  if (!actor) throw unauthorized();
  return actor;
}

/** The account page; with `tokenForm`, re-rendered with the token form's errors. */
async function renderAccount(db: Db, ctx: ViewContext, reply: FastifyReply, actor: Actor, tokenForm?: FormState) {
  const account = await findAccount(db, actor.personId);
  if (!account) throw unauthorized();
  return reply.html(<AccountPage ctx={ctx} account={account} tokens={await listApiTokens(db, actor.personId)} tokenForm={tokenForm} />, tokenForm ? 422 : 200);
}

export function accountRoutes(app: FastifyInstance, { config, db, mailer }: AuthDeps) {
  app.get('/cuenta', { schema: { hide: true } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent('/cuenta')}`, 303);
    return renderAccount(db, request.view(), reply, request.actor);
  });

  app.post('/cuenta/confirmacion', { schema: { hide: true } }, async (request, reply) => {
    const actor = signedIn(request.actor);
    if (actor.emailConfirmed) return reply.flash('info', 'auth.confirm.already').redirect('/cuenta', 303);
    const account = await findAccount(db, actor.personId);
    if (!account?.email) throw notFound();
    await limitAttempt(db, 'confirmationPerPerson', actor.personId);
    const token = await db.transaction((tx) => issueEmailToken(tx, { personId: actor.personId, purpose: 'confirm' }, auditActor(actor)));
    await mailer.send(composeAccountEmail('confirm', { email: account.email, name: account.name, locale: account.locale }, `${config.baseUrl}/confirmar/${token}`));
    return reply.flash('success', 'auth.confirm.resent').redirect('/cuenta', 303);
  });

  app.post('/cuenta/tokens', { schema: { hide: true } }, async (request, reply) => {
    const actor = signedIn(request.actor);
    if (!canCreateApiToken(actor)) throw forbidden();
    const form = parseForm(ApiTokenForm, request.body, request.t);
    if (!form.ok) return renderAccount(db, request.view(), reply, actor, form);
    const { token } = await db.transaction((tx) => createApiToken(tx, { personId: actor.personId, name: form.value.name }, auditActor(actor)));
    // Not post/redirect/get: the token exists in clear only in this response, so this page is the one chance to copy it.
    return reply.html(<ApiTokenCreatedPage ctx={request.view()} name={form.value.name} token={token} />, 201);
  });

  app.post('/cuenta/tokens/:id/revocar', { schema: { hide: true, params: TokenIdParams } }, async (request, reply) => {
    const actor = signedIn(request.actor);
    const { id } = request.params as Static<typeof TokenIdParams>;
    const revoked = await db.transaction((tx) => revokeApiToken(tx, { personId: actor.personId, tokenId: id }, auditActor(actor)));
    if (!revoked) throw notFound();
    return reply.flash('success', 'auth.tokens.revoked').redirect('/cuenta', 303);
  });
}
