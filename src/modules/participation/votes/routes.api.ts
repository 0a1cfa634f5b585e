// /api/v1/participation/votes: officials create binding votes; identity-verified people cast ballots with an API token
// (or session); after the close anyone reads the results, the bulletin and whether a receipt's ballot was counted.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, conflict, notFound, unauthorized, denied } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { canActInModule, type Actor } from '../../../core/policy.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { CHOICE_KINDS } from './schema.js';
import { createVote } from './commands/create-vote.js';
import { findReceipt, findVote, voteBulletin, voteOutcome, type VoteWithOptions } from './queries.js';
import { bulletinRows } from './listing.js';
import { prepareNewVote } from './new-vote.js';
import { submitBallot } from './submit-ballot.js';
import { findVoteDefinition } from './vote-definitions.js';
import { ensureSealed } from './commands/seal-vote.js';
import { ballotKeys } from './ballot-secrecy.js';
import { BulletinJson, ResultsJson, VoteJson, presentVote } from './present.js';

const tags = ['participation'];
const VoteParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ReceiptParams = Type.Composite([VoteParams, Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) })]);
const NewVoteBody = Type.Object({
  institution: Type.String({ maxLength: 100, description: 'Slug or CUT code' }),
  process: Type.Optional(Type.Integer({ minimum: 1, description: 'Process id: ballots then also need its active phase to enable voting' })),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
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
  points: Type.Optional(Type.Array(Type.Integer(), { maxItems: 100, description: 'Cumulative budget ballots: points per choice, aligned with choices' })),
  replaces: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Receipt of the ballot to replace, where the vote allows it' })),
}, { additionalProperties: false });
type BallotBody = Static<typeof BallotBody>;
const BulletinQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], {
  description: 'Stream the bulletin as a file (CSV: choices as option ids separated by spaces); without it, the JSON object' })) });

/** Receipt checks per IP and minute: 160-bit receipts cannot be guessed, but nobody needs to try thousands. */
export const RECEIPT_CHECK_LIMIT = { max: 30, windowSeconds: 60 };
export const receiptCheckLimit = (ip: string) => ({ key: `participation.receipt:${ip}`, ...RECEIPT_CHECK_LIMIT });

const requireActor = async (request: { actor: Actor | null }) => { if (!request.actor) throw unauthorized(); };

export async function participationApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const keys = ballotKeys(config.identityKey);
  async function voteOf(id: number) {
    const vote = await findVote(db, id);
    if (!vote) throw notFound();
    return vote;
  }
  async function closedVoteOf(id: number): Promise<VoteWithOptions> {
    const vote = await voteOf(id);
    if (vote.closesAt.getTime() > Date.now()) throw conflict('participation.vote.notClosed');
    await ensureSealed(db, vote, keys);
    return vote;
  }

  app.post('/api/v1/participation/votes', {
    schema: { summary: 'Create a binding vote (officials of the institution with the participation permission)', tags, security: [{ bearer: [] }], body: NewVoteBody, response: { 201: VoteJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const actor = request.actor as Actor;
    const { institution: ref, process, ...body } = request.body as NewVoteBody;
    const institution = await findInstitution(db, ref);
    if (!institution) throw badRequest('participation.vote.unknownInstitution', { ref });
    if (!canActInModule(actor, institution.id, 'participation')) throw denied(true);
    const input = await prepareNewVote(db, institution.id, { ...body, processId: process, opensAt: new Date(body.opensAt), closesAt: new Date(body.closesAt) });
    if (input instanceof Error) throw input;
    const { vote } = await db.transaction((tx) => createVote(tx, input, actor));
    return reply.code(201).send(presentVote((await findVote(db, vote.id))!));
  });

  app.get('/api/v1/participation/votes/:id', { schema: { summary: 'A binding vote and its options', tags, params: VoteParams, response: { 200: VoteJson } } },
    async (request) => presentVote(await voteOf((request.params as Static<typeof VoteParams>).id)));

  app.post('/api/v1/participation/votes/:id/ballots', {
    schema: { summary: 'Cast (or, where allowed, replace) a ballot; answers the receipt, once', tags, security: [{ bearer: [] }], params: VoteParams, body: BallotBody,
      response: { 201: Type.Object({ receipt: Type.String() }) } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const vote = await findVoteDefinition(db, (request.params as Static<typeof VoteParams>).id);
    if (!vote) throw notFound();
    const body = request.body as BallotBody;
    const outcome = await submitBallot(db, config, request.actor, vote, body.choices, body.replaces, body.points);
    if (!outcome.ok) throw outcome.error;
    return reply.code(201).header('cache-control', 'no-store').send({ receipt: outcome.receipt });
  });

  app.get('/api/v1/participation/votes/:id/results', { schema: { summary: 'Results, after the close: votes per option, turnout, whether the result binds', tags, params: VoteParams, response: { 200: ResultsJson } } },
    async (request) => {
      const vote = await closedVoteOf((request.params as Static<typeof VoteParams>).id);
      return { voteId: vote.id, ...(await voteOutcome(db, vote)) };
    });

  app.get('/api/v1/participation/votes/:id/bulletin', { schema: { summary: 'Every counted ballot after the close (receipt hash and choices), sorted by receipt hash',
    tags, params: VoteParams, querystring: BulletinQuery, response: { 200: BulletinJson } } },
  async (request, reply) => {
    const vote = await closedVoteOf((request.params as Static<typeof VoteParams>).id);
    const { format } = request.query as Static<typeof BulletinQuery>;
    if (!format) return { voteId: vote.id, ballots: await voteBulletin(db, vote.id) };
    const rows = format === 'json' ? bulletinRows(db, vote.id) : spaced(bulletinRows(db, vote.id));
    const columns = vote.ballotRule?.kind === 'cumulative' ? ['receiptHash', 'choices', 'points'] : ['receiptHash', 'choices'];
    return sendCsv(reply, format, `votacion-${vote.id}-boletin`, columns, rows);
  });

  app.get('/api/v1/participation/votes/:id/receipts/:code', { schema: { summary: 'After the close: whether the ballot of a receipt was counted (rate-limited per IP)', tags, params: ReceiptParams,
    response: { 200: Type.Object({ counted: Type.Boolean() }) } } },
  async (request) => {
    const params = request.params as Static<typeof ReceiptParams>;
    const vote = await closedVoteOf(params.id);
    await consumeRateLimit(db, receiptCheckLimit(request.ip));
    const receipt = await findReceipt(db, vote.id, params.code);
    if (!receipt) throw notFound();
    return { counted: receipt.counted };
  });
}

/** The CSV cell of a ballot's choices: "3 7", which any spreadsheet or `split` reads back without quoting. */
async function* spaced(rows: AsyncIterable<{ receiptHash: string; choices: number[]; points?: number[] }>) {
  for await (const r of rows) yield { receiptHash: r.receiptHash, choices: r.choices.join(' '), points: r.points?.join(' ') ?? '' };
}
