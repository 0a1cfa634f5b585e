// /api/v1/participation/comments: a target's threads (public), writing, voting, reporting and moderating comments
// (Bearer token or session), and the streamed CSV/JSON export of a target's public comments.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { unauthorized } from '../../../core/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { ALIGNMENTS, MODERATION_ACTIONS, REPORT_REASONS, TARGET_TYPES } from './schema.js';
import { alignmentSummary, exportRows, SORTS, threadPage } from './queries.js';
import { BODY_MAX, canModerate, ROOTS_PER_PAGE } from './rules.js';
import { targetOrNotFound } from './target.js';
import { submitComment, submitEdit, submitModeration, submitReport, submitVote } from './service.js';
import { ThreadJson, presentComment } from './present.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Target = { targetType: lit(TARGET_TYPES), targetId: Type.Integer({ minimum: 1 }) };
const ThreadQuery = Type.Object({ ...Target, sort: Type.Optional(lit(SORTS)), cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) });
const ExportQuery = Type.Object({ ...Target, format: lit(['csv', 'json'] as const) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Body = Type.String({ minLength: 1, maxLength: BODY_MAX });
const NewComment = Type.Object({ ...Target, parentId: Type.Optional(Type.Integer({ minimum: 1 })), body: Body,
  alignment: Type.Optional(lit(ALIGNMENTS)) }, { additionalProperties: false });
const Edit = Type.Object({ body: Body, alignment: Type.Optional(lit(ALIGNMENTS)) }, { additionalProperties: false });
const Vote = Type.Object({ value: Type.Union([Type.Literal(1), Type.Literal(-1)]) }, { additionalProperties: false });
const Report = Type.Object({ reason: lit(REPORT_REASONS), text: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
const Moderation = Type.Object({ action: lit(MODERATION_ACTIONS), reason: Type.String({ minLength: 3, maxLength: 1000 }) }, { additionalProperties: false });
const Created = Type.Object({ id: Type.Integer(), status: Type.String() });
const Counts = Type.Object({ upvotes: Type.Integer(), downvotes: Type.Integer() });
/** Before the CSRF check (preValidation), so a call without credentials is told 401, not 403. */
const onRequest = async (request: FastifyRequest) => { if (!request.actor) throw unauthorized(); };
const idempotencyKey = (request: FastifyRequest) => (request.headers['idempotency-key'] as string | undefined)?.slice(0, 100);

export async function debateApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/participation/comments', { schema: { summary: 'A target\'s comment threads: a page of roots, each with its replies (depth ≤ 3), in display order', tags,
    querystring: ThreadQuery, response: { 200: ThreadJson } } }, async (request) => {
    const q = request.query as Static<typeof ThreadQuery>;
    const target = await targetOrNotFound(db, q.targetType, q.targetId);
    const sort = q.sort ?? 'oldest';
    const page = await threadPage(db, { targetType: target.type, targetId: target.id, sort, after: decodeCursor(q.cursor), limit: q.limit ?? ROOTS_PER_PAGE,
      viewerId: request.actor?.personId ?? null, moderator: canModerate(request.actor, target.institutionId) });
    return { target: { type: target.type, id: target.id, title: target.title, open: target.open },
      summary: await alignmentSummary(db, target.type, target.id),
      items: page.rows.map((r) => presentComment(r, !!request.actor)), next: page.next && encodeCursor(page.next) };
  });

  app.get('/api/v1/participation/comments/export', { schema: { summary: 'A target\'s public comments as CSV or JSON, streamed (author by display name; hidden ones without text)', tags, querystring: ExportQuery } },
    async (request, reply) => {
      const q = request.query as Static<typeof ExportQuery>;
      const target = await targetOrNotFound(db, q.targetType, q.targetId);
      return sendCsv(reply, q.format, `debate-${target.type}-${target.id}`,
        ['id', 'parentId', 'depth', 'author', 'alignment', 'status', 'body', 'upvotes', 'downvotes', 'createdAt', 'editedAt'], exportRows(db, target.type, target.id));
    });

  app.post('/api/v1/participation/comments', { schema: { summary: 'Comment on a target or reply to a comment (an Idempotency-Key header makes retries safe)', tags, security,
    body: NewComment, response: { 201: Created } }, onRequest }, async (request, reply) => {
    const b = request.body as Static<typeof NewComment>;
    const target = await targetOrNotFound(db, b.targetType, b.targetId);
    const done = await submitComment(db, request.actor, { target, parentId: b.parentId, body: b.body, alignment: b.alignment ?? 'neutral' }, request.locale, idempotencyKey(request));
    return reply.code(201).send(done);
  });

  app.patch('/api/v1/participation/comments/:id', { schema: { summary: 'Edit one\'s own comment within 15 minutes', tags, security, params: IdParams, body: Edit,
    response: { 200: Type.Object({ status: Type.String() }) } }, onRequest },
  async (request) => submitEdit(db, request.actor, (request.params as Static<typeof IdParams>).id, request.body as Static<typeof Edit>, request.locale));

  app.put('/api/v1/participation/comments/:id/vote', { schema: { summary: 'Vote a comment up (1) or down (-1), or change one\'s vote', tags, security, params: IdParams, body: Vote,
    response: { 200: Counts } }, onRequest },
  async (request) => submitVote(db, request.actor, (request.params as Static<typeof IdParams>).id, (request.body as Static<typeof Vote>).value, request.locale));

  app.delete('/api/v1/participation/comments/:id/vote', { schema: { summary: 'Withdraw one\'s vote on a comment', tags, security, params: IdParams, response: { 200: Counts } }, onRequest },
    async (request) => submitVote(db, request.actor, (request.params as Static<typeof IdParams>).id, null, request.locale));

  app.post('/api/v1/participation/comments/:id/reports', { schema: { summary: 'Report a comment for moderation (once per person); enough reports hide it pending review', tags, security,
    params: IdParams, body: Report, response: { 201: Type.Object({ hidden: Type.Boolean() }) } }, onRequest },
  async (request, reply) => reply.code(201).send(await submitReport(db, request.actor, (request.params as Static<typeof IdParams>).id, request.body as Static<typeof Report>)));

  app.post('/api/v1/participation/comments/:id/moderation', { schema: { summary: 'Hide, restore or confirm the hiding of a comment, with a reason (moderators; audited in public)', tags, security,
    params: IdParams, body: Moderation, response: { 200: Type.Object({ status: Type.String() }) } }, onRequest },
  async (request) => submitModeration(db, request.actor, (request.params as Static<typeof IdParams>).id, request.body as Static<typeof Moderation>));
}
