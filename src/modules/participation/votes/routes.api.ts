// /api/v1/participation/votes: officials create binding votes; identity-verified people cast ballots with an API token
// (or session); after the close anyone reads the results, the bulletin and whether a receipt's ballot was counted.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, badRequest, conflict, denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { canActInModule, type Actor } from '../../../core/policy.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { eligibilityLists } from '../../../core/identity/schema.js';
import { CHOICE_KINDS } from './schema.js';
import { createVote } from './commands/create-vote.js';
import { castBallot } from './commands/cast-ballot.js';
import { bindingMet, findReceipt, findVote, voteBulletin, voteResults, type VoteWithOptions } from './queries.js';
import { checkChoices, checkNewVote } from './validation.js';
import { canVote } from './eligibility.js';
import { BulletinJson, ResultsJson, VoteJson, presentVote } from './present.js';

const tags = ['participation'];
const VoteParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ReceiptParams = Type.Composite([VoteParams, Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) })]);
const NewVoteBody = Type.Object({
  institution: Type.String({ maxLength: 100, description: 'Slug or CUT code' }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  options: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { minItems: 2, maxItems: 100 }),
  choice: Type.Union(CHOICE_KINDS.map((k) => Type.Literal(k))),
  maxChoices: Type.Optional(Type.Integer({ minimum: 1 })),
  opensAt: Type.String({ format: 'date-time' }),
  closesAt: Type.String({ format: 'date-time' }),
  allowReplace: Type.Optional(Type.Boolean()),
  eligibilityListId: Type.Optional(Type.Integer({ minimum: 1 })),
  minTurnoutPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  eligibleCount: Type.Optional(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false });
type NewVoteBody = Static<typeof NewVoteBody>;
const BallotBody = Type.Object({
  choices: Type.Array(Type.Integer(), { maxItems: 100, description: 'Option ids' }),
  replaces: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Receipt of the ballot to replace, where the vote allows it' })),
}, { additionalProperties: false });
type BallotBody = Static<typeof BallotBody>;

const requireActor = async (request: { actor: Actor | null }) => { if (!request.actor) throw unauthorized(); };

export async function participationApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  async function voteOf(id: number) {
    const vote = await findVote(db, id);
    if (!vote) throw notFound();
    return vote;
  }
  async function closedVoteOf(id: number): Promise<VoteWithOptions> {
    const vote = await voteOf(id);
    if (vote.closesAt.getTime() > Date.now()) throw conflict('participation.vote.notClosed');
    return vote;
  }

  app.post('/api/v1/participation/votes', {
    schema: { summary: 'Create a binding vote (officials of the institution with the participation permission)', tags, security: [{ bearer: [] }], body: NewVoteBody, response: { 201: VoteJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const actor = request.actor as Actor;
    const body = request.body as NewVoteBody;
    const institution = await findInstitution(db, body.institution);
    if (!institution) throw badRequest('participation.vote.unknownInstitution', { ref: body.institution });
    if (!canActInModule(actor, institution.id, 'participation')) throw denied(true);
    const input = { ...body, opensAt: new Date(body.opensAt), closesAt: new Date(body.closesAt) };
    const problem = checkNewVote(input);
    if (problem) throw problem;
    if (body.eligibilityListId !== undefined) {
      const [list] = await db.select({ id: eligibilityLists.id }).from(eligibilityLists)
        .where(and(eq(eligibilityLists.id, body.eligibilityListId), eq(eligibilityLists.institutionId, institution.id)));
      if (!list) throw badRequest('participation.vote.unknownList', { id: body.eligibilityListId });
    }
    const { vote } = await db.transaction((tx) => createVote(tx, {
      institutionId: institution.id, title: body.title.trim(), options: body.options.map((o) => o.trim()), choice: body.choice,
      maxChoices: body.maxChoices ?? 1, opensAt: input.opensAt, closesAt: input.closesAt, allowReplace: body.allowReplace ?? false,
      eligibilityListId: body.eligibilityListId ?? null, minTurnoutPercent: body.minTurnoutPercent ?? null, eligibleCount: body.eligibleCount ?? null,
    }, actor));
    return reply.code(201).send(presentVote((await findVote(db, vote.id))!));
  });

  app.get('/api/v1/participation/votes/:id', { schema: { summary: 'A binding vote and its options', tags, params: VoteParams, response: { 200: VoteJson } } },
    async (request) => presentVote(await voteOf((request.params as Static<typeof VoteParams>).id)));

  app.post('/api/v1/participation/votes/:id/ballots', {
    schema: { summary: 'Cast (or, where allowed, replace) a ballot; answers the receipt, once', tags, security: [{ bearer: [] }], params: VoteParams, body: BallotBody,
      response: { 201: Type.Object({ receipt: Type.String() }) } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const vote = await voteOf((request.params as Static<typeof VoteParams>).id);
    const body = request.body as BallotBody;
    if (!(await canVote(db, config, request.actor, vote))) throw new HttpError(403, 'not_eligible', 'participation.ballot.notEligible');
    const now = Date.now();
    if (now < vote.opensAt.getTime()) throw conflict('participation.vote.notOpen');
    if (now >= vote.closesAt.getTime()) throw conflict('participation.vote.closed');
    const problem = checkChoices(body.choices, vote.options.map((o) => o.id), vote.maxChoices);
    if (problem) throw problem;
    const outcome = await db.transaction((tx) => castBallot(tx, {
      voteId: vote.id, institutionId: vote.institutionId, personId: (request.actor as Actor).personId, choices: body.choices,
      allowReplace: vote.allowReplace, replaces: body.replaces,
    }));
    if (outcome.ok) return reply.code(201).send({ receipt: outcome.receipt });
    if (outcome.reason === 'bad_old_receipt') throw badRequest('participation.ballot.badOldReceipt');
    throw conflict(outcome.reason === 'already_voted' ? 'participation.ballot.replaceNeedsReceipt' : 'participation.ballot.alreadyVoted');
  });

  app.get('/api/v1/participation/votes/:id/results', { schema: { summary: 'Results, after the close: votes per option, turnout, whether the result binds', tags, params: VoteParams, response: { 200: ResultsJson } } },
    async (request) => {
      const vote = await closedVoteOf((request.params as Static<typeof VoteParams>).id);
      const results = await voteResults(db, vote);
      return { voteId: vote.id, ...results, binding: { rule: presentVote(vote).bindingRule, met: bindingMet(vote, results.turnout) } };
    });

  app.get('/api/v1/participation/votes/:id/bulletin', { schema: { summary: 'Every counted ballot after the close (receipt hash and choices), sorted by receipt hash', tags, params: VoteParams, response: { 200: BulletinJson } } },
    async (request) => {
      const vote = await closedVoteOf((request.params as Static<typeof VoteParams>).id);
      return { voteId: vote.id, ballots: await voteBulletin(db, vote.id) };
    });

  app.get('/api/v1/participation/votes/:id/receipts/:code', { schema: { summary: 'After the close: whether the ballot of a receipt was counted', tags, params: ReceiptParams,
    response: { 200: Type.Object({ counted: Type.Boolean() }) } } },
  async (request) => {
    const params = request.params as Static<typeof ReceiptParams>;
    const vote = await closedVoteOf(params.id);
    const receipt = await findReceipt(db, vote.id, params.code);
    if (!receipt) throw notFound();
    return { counted: receipt.counted };
  });
}
