// The vote pages (no JavaScript needed): a process's votes, the vote with its ballot form, the receipt shown once,
// results with the bulletin, the receipt check, and the officials' form to create a vote.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { ballotStanding } from './standing.js';
import { denied, notFound, type HttpError } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { canActInModule } from '../../../core/policy.js';
import { listEligibilityLists } from '../../../core/identity/queries.js';
import { findProcess } from '../processes/queries.js';
import { createVote } from './commands/create-vote.js';
import { findReceipt, findVote, voteOutcome, type VoteWithOptions } from './queries.js';
import { listVotes } from './listing.js';
import { voteState } from './ballot-rules.js';
import { prepareNewVote } from './new-vote.js';
import { submitBallot } from './submit-ballot.js';
import { findVoteDefinition } from './vote-definitions.js';
import { ensureSealed } from './commands/seal-vote.js';
import { ballotKeys } from './ballot-secrecy.js';
import { receiptCheckLimit } from './routes.api.js';
import { BallotForm, CheckForm, readNewVoteForm, valuesOf } from './form.js';
import { VotePage, type BallotForm as BallotFormState } from './views/vote.js';
import { CheckPage, ReceiptPage } from './views/receipt.js';
import { ResultsPage } from './views/results.js';
import { NewVotePage, ProcessVotesPage, type FormState } from './views/lists.js';
import { votePath } from './views/common.js';
import { FollowButton } from '../notifications/follow-button.js';
import { isFollowing } from '../notifications/queries.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const NewQuery = Type.Object({ proceso: Type.Integer({ minimum: 1 }) });
/** Which field a refusal of prepareNewVote (new-vote.ts) points at, for the error summary's link. */
const FIELD_OF_PROBLEM: Record<string, string> = {
  'participation.vote.optionCount': 'options', 'participation.vote.duplicateOption': 'options', 'participation.vote.badDates': 'closesAt',
  'participation.vote.badMaxChoices': 'maxChoices', 'participation.vote.unknownList': 'eligibilityListId', 'participation.vote.badBindingRule': 'minTurnoutPercent',
};
const page = { schema: { hide: true, params: IdParams } };

export async function votePageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const keys = ballotKeys(config.identityKey);
  async function load(request: FastifyRequest) {
    const vote = await findVote(db, (request.params as Static<typeof IdParams>).id);
    if (!vote) throw notFound();
    const process = vote.processId === null ? null : await findProcess(db, vote.processId);
    return { vote, process: process && { id: process.id, title: process.title } };
  }

  const standingOf = (request: FastifyRequest, vote: VoteWithOptions) => ballotStanding(db, config, request.actor, vote);

  async function renderVote(request: FastifyRequest, reply: FastifyReply, status = 200, form?: BallotFormState, notice?: string) {
    const { vote, process } = await load(request);
    const standing = await standingOf(request, vote);
    const subject = { type: 'vote' as const, id: vote.id };
    const follow = <FollowButton ctx={request.view()} subject={subject} back={votePath(vote.id)}
      following={await isFollowing(db, request.actor?.personId ?? null, subject)} />;
    return reply.html(<VotePage ctx={request.view()} vote={vote} process={process} standing={standing} form={form} notice={notice} follow={follow} />, status);
  }

  app.get('/participacion/procesos/:id/votaciones', page, async (request, reply) => {
    const process = await findProcess(db, (request.params as Static<typeof IdParams>).id);
    if (!process) throw notFound();
    const votes = await listVotes(db, { processId: process.id, now: new Date(), limit: 200 });
    return reply.html(<ProcessVotesPage ctx={request.view()} process={{ id: process.id, title: process.title }} institutionId={process.institutionId} votes={votes} />);
  });

  app.get('/participacion/votaciones/:id', page, async (request, reply) => {
    const vote = await findVoteDefinition(db, (request.params as Static<typeof IdParams>).id);
    // A participatory budget's ballot (costs, the live counter) is on the budget's page.
    if (vote?.ballotRule) return reply.redirect(`/participacion/presupuestos/${vote.ballotRule.budgetId}/votar`, 303);
    return renderVote(request, reply);
  });

  app.post('/participacion/votaciones/:id', page, async (request, reply) => {
    const { vote, process } = await load(request);
    const form = parseForm(BallotForm, request.body, request.t);
    if (!form.ok) return renderVote(request, reply, 422, { checked: [], errors: form.errors });
    const outcome = await submitBallot(db, config, request.actor, vote, form.value.choice, form.value.replaces);
    if (outcome.ok) {
      // The receipt exists only in this answer: rendered here, not behind a redirect a reload or the history could
      // fetch again, and never stored by a browser or proxy.
      reply.header('cache-control', 'no-store');
      return reply.html(<ReceiptPage ctx={request.view()} vote={vote} process={process} receipt={outcome.receipt} />, 201);
    }
    return ballotRefused(request, reply, outcome.error, form.value.choice.map(String));
  });

  /**
   * A refused ballot re-renders the vote page: a double submit (the second request finds the first's participation:
   * 409) reads "ya votó", not an error page. Submission keys (core/http/idempotency.ts) are not used for ballots on
   * purpose: they store the first answer — the receipt — next to the person, the very link the design avoids.
   */
  function ballotRefused(request: FastifyRequest, reply: FastifyReply, error: HttpError, checked: string[]) {
    const message = request.t(error.messageKey, error.params);
    if (error.statusCode === 400) return renderVote(request, reply, 422, { checked, errors: { [error.messageKey === 'participation.ballot.badOldReceipt' ? 'replaces' : 'choice']: message } });
    if (error.statusCode === 401 || !request.actor) return renderVote(request, reply, 401);
    return renderVote(request, reply, error.statusCode, { checked: [] }, message);
  }

  app.get('/participacion/votaciones/:id/resultados', page, async (request, reply) => {
    const { vote, process } = await load(request);
    const closed = voteState(vote, new Date()) === 'closed';
    if (closed) await ensureSealed(db, vote, keys);
    const outcome = closed ? await voteOutcome(db, vote) : null;
    return reply.html(<ResultsPage ctx={request.view()} vote={vote} process={process} outcome={outcome} />);
  });

  app.get('/participacion/votaciones/:id/comprobante', page, async (request, reply) => {
    const { vote, process } = await load(request);
    return reply.html(<CheckPage ctx={request.view()} vote={vote} process={process} />);
  });

  app.post('/participacion/votaciones/:id/comprobante', page, async (request, reply) => {
    const { vote, process } = await load(request);
    if (voteState(vote, new Date()) !== 'closed') return reply.html(<CheckPage ctx={request.view()} vote={vote} process={process} />, 409);
    const form = parseForm(CheckForm, request.body, request.t);
    if (!form.ok) return reply.html(<CheckPage ctx={request.view()} vote={vote} process={process} error={form.errors.code} />, 422);
    await consumeRateLimit(db, receiptCheckLimit(request.ip));
    await ensureSealed(db, vote, keys);
    const receipt = await findReceipt(db, vote.id, form.value.code);
    const answer = !receipt ? 'unknown' : receipt.counted ? 'counted' : 'notCounted';
    return reply.html(<CheckPage ctx={request.view()} vote={vote} process={process} answer={answer} code={form.value.code} />);
  });

  async function renderNew(request: FastifyRequest, reply: FastifyReply, processId: number, form: FormState, status = 200) {
    const process = await findProcess(db, processId);
    if (!process) throw notFound();
    if (!canActInModule(request.actor, process.institutionId, 'participation')) throw denied(!!request.actor);
    const lists = await listEligibilityLists(db, process.institutionId);
    return reply.html(<NewVotePage ctx={request.view()} process={{ id: process.id, title: process.title }} lists={lists} form={form} />, status);
  }

  app.get('/participacion/votaciones/nueva', { schema: { hide: true, querystring: NewQuery } }, async (request, reply) =>
    renderNew(request, reply, (request.query as Static<typeof NewQuery>).proceso, { values: { choice: 'single' } }));

  app.post('/participacion/votaciones', { schema: { hide: true } }, async (request, reply) => {
    const processId = Number(valuesOf(request.body).process);
    if (!Number.isInteger(processId) || processId < 1) throw notFound();
    const form = readNewVoteForm(request.body, request.t);
    if (!form.ok) return renderNew(request, reply, processId, form, 422);
    const process = await findProcess(db, processId);
    if (!process) throw notFound();
    if (!canActInModule(request.actor, process.institutionId, 'participation')) throw denied(!!request.actor);
    const input = await prepareNewVote(db, process.institutionId, form.value);
    if (input instanceof Error) {
      const field = FIELD_OF_PROBLEM[input.messageKey] ?? 'title';
      return renderNew(request, reply, processId, { values: valuesOf(request.body), errors: { [field]: request.t(input.messageKey, input.params) } }, 422);
    }
    const { vote } = await db.transaction((tx) => createVote(tx, input, request.actor!));
    return reply.flash('success', 'participation.new.created').redirect(votePath(vote.id), 303);
  });
}
