// GET /api/v1/participation/votes: the votes of an institution and/or process, by state, newest first, by cursor; with
// ?format=csv|json the whole list streamed as a file (DESIGN.md convention 7: every public list is exportable).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { VOTE_STATES } from './ballot-rules.js';
import { allVotes, listVotes } from './listing.js';
import { VoteListItemJson, presentListItem } from './present.js';

const ListQuery = Type.Composite([PageQuery, Type.Object({
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Slug or CUT code' })),
  process: Type.Optional(Type.Integer({ minimum: 1 })),
  state: Type.Optional(Type.Union(VOTE_STATES.map((s) => Type.Literal(s)))),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
})]);
type ListQuery = Static<typeof ListQuery>;
const EXPORT_COLUMNS = ['id', 'institution', 'processId', 'title', 'choice', 'maxChoices', 'opensAt', 'closesAt', 'state', 'minTurnoutPercent', 'eligibleCount'];

export async function voteListRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/participation/votes', {
    schema: { summary: 'Binding votes, newest first (cursor pagination); ?format=csv|json exports them all', tags: ['participation'], querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(VoteListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as ListQuery;
    let institutionId: number | undefined;
    if (q.institution) {
      const institution = await findInstitution(db, q.institution);
      if (!institution) throw badRequest('participation.vote.unknownInstitution', { ref: q.institution });
      institutionId = institution.id;
    }
    const now = new Date();
    const filter = { institutionId, processId: q.process, state: q.state, now };
    if (q.format) {
      async function* rows() { for await (const v of allVotes(db, filter)) yield presentListItem(v, now); }
      return sendCsv(reply, q.format, 'votaciones', EXPORT_COLUMNS, rows());
    }
    const [after] = decodeCursor(q.cursor) ?? [null];
    const limit = q.limit ?? 50;
    const page = pageOf(await listVotes(db, { ...filter, after: typeof after === 'number' ? after : null, limit }), limit, (v) => [v.id]);
    return { items: page.items.map((v) => presentListItem(v, now)), next: page.next };
  });
}
