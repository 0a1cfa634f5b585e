// Assisted voting (voto asistido): an official of the vote's institution with the participation permission records a
// paper ballot for a person who shows their ID card: as a page (/participacion/votaciones/{id}/voto-asistido) and in
// the API (POST /api/v1/participation/votes/{id}/assisted-ballots). The receipt is shown once, to be handed over.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, conflict, denied, notFound, unauthorized, type HttpError } from '../../../core/http/errors.js';
import { canActInModule, type Actor } from '../../../core/policy.js';
import { parseRun } from '../../../core/identity/run.js';
import { deriveKey } from '../../../core/identity/keys.js';
import { findProcess } from '../processes/queries.js';
import { recordPaperBallot } from './commands/record-paper-ballot.js';
import { findVote, type VoteWithOptions } from './queries.js';
import { notEligible, windowProblem } from './ballot-rules.js';
import { checkBallot } from './validation.js';
import { readAssistedForm, valuesOf } from './form.js';
import { AssistedPage } from './views/lists.js';
import { ballotKeys } from './ballot-secrecy.js';
import { ReceiptPage } from './views/receipt.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const AssistedBody = Type.Object({
  run: Type.String({ minLength: 1, maxLength: 20, description: 'RUN on the ID card the person shows' }),
  name: Type.Optional(Type.String({ maxLength: 200, description: 'Name for a new account, when no account holds this RUN' })),
  choices: Type.Array(Type.Integer(), { maxItems: 100 }),
  points: Type.Optional(Type.Array(Type.Integer(), { maxItems: 100, description: 'Cumulative budget ballots: the points of each choice, aligned with choices' })),
}, { additionalProperties: false });

type Assisted = { ok: true; receipt: string } | { ok: false; error: HttpError; field: 'run' | 'choice' | null };

export async function assistedVotingRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const runHashKey = deriveKey(config.identityKey, 'run-hash');
  const keys = ballotKeys(config.identityKey);

  async function officialVote(request: FastifyRequest): Promise<VoteWithOptions> {
    const vote = await findVote(db, (request.params as Static<typeof IdParams>).id);
    if (!vote) throw notFound();
    if (!canActInModule(request.actor, vote.institutionId, 'participation')) throw denied(!!request.actor);
    return vote;
  }

  async function assist(request: FastifyRequest, vote: VoteWithOptions, run: string, name: string | undefined, choices: number[], points?: number[]): Promise<Assisted> {
    const window = await windowProblem(db, vote, new Date());
    if (window) return { ok: false, error: window, field: null };
    const parsed = parseRun(run);
    if (!parsed.ok) return { ok: false, error: badRequest('participation.assisted.badRun'), field: 'run' };
    const problem = checkBallot(vote, choices, points);
    if (problem) return { ok: false, error: problem, field: 'choice' };
    const outcome = await db.transaction((tx) => recordPaperBallot(tx, {
      vote, run: parsed.run, name: name?.trim() || request.t('participation.assisted.anonymousName'), choices, points, runHashKey, keys,
    }, request.actor as Actor));
    if (outcome.ok) return outcome;
    if (outcome.reason === 'not_eligible') return { ok: false, error: notEligible(), field: 'run' };
    if (outcome.reason === 'self') return { ok: false, error: badRequest('participation.assisted.self'), field: 'run' };
    return { ok: false, error: conflict('participation.assisted.alreadyVoted'), field: 'run' };
  }

  app.post('/api/v1/participation/votes/:id/assisted-ballots', {
    schema: { summary: 'Record a paper ballot for a person who shows their ID card (officials of the institution with the participation permission; audited, secret)',
      tags: ['participation'], security: [{ bearer: [] }], params: IdParams, body: AssistedBody, response: { 201: Type.Object({ receipt: Type.String() }) } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const vote = await officialVote(request);
    const body = request.body as Static<typeof AssistedBody>;
    const outcome = await assist(request, vote, body.run, body.name, body.choices, body.points);
    if (!outcome.ok) throw outcome.error;
    return reply.code(201).header('cache-control', 'no-store').send({ receipt: outcome.receipt });
  });

  const path = '/participacion/votaciones/:id/voto-asistido';
  async function context(vote: VoteWithOptions) {
    const process = vote.processId === null ? null : await findProcess(db, vote.processId);
    return process && { id: process.id, title: process.title };
  }

  app.get(path, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const vote = await officialVote(request);
    return reply.html(<AssistedPage ctx={request.view()} vote={vote} process={await context(vote)} form={{ values: {}, checked: [] }} />);
  });

  app.post(path, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const vote = await officialVote(request);
    const process = await context(vote);
    const form = readAssistedForm(request.body, vote, request.t);
    const checked = [request.body && (request.body as Record<string, unknown>).choice].flat().filter((c): c is string => typeof c === 'string');
    if (!form.ok) return reply.html(<AssistedPage ctx={request.view()} vote={vote} process={process} form={{ ...form, checked }} />, 422);
    const outcome = await assist(request, vote, form.value.run, form.value.name, form.value.choices, form.value.points);
    if (outcome.ok) {
      reply.header('cache-control', 'no-store');
      return reply.html(<ReceiptPage ctx={request.view()} vote={vote} process={process} receipt={outcome.receipt} assisted />, 201);
    }
    const errors = { [outcome.field ?? 'run']: request.t(outcome.error.messageKey, outcome.error.params) };
    return reply.html(<AssistedPage ctx={request.view()} vote={vote} process={process} form={{ values: valuesOf(request.body), errors, checked }} />,
      outcome.error.statusCode === 400 ? 422 : outcome.error.statusCode);
  });
}
