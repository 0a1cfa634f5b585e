// What the API and the pages share: the policy checks that answer 401/403, and the streamed exports of the lists
// (by pages of ids, so an export never holds the whole list in memory: DESIGN.md convention 7).
import type { FastifyReply } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { sendCsv } from '../../../core/http/csv.js';
import { denied } from '../../../core/http/errors.js';
import type { Actor } from '../../../core/policy.js';
import { canManageContracts } from './policy.js';
import { listContracts, type ContractFilter } from './queries.js';
import { listCallOffs, type CallOffFilter } from './queries-call-offs.js';
import { CALL_OFF_EXPORT_COLUMNS, CONTRACT_EXPORT_COLUMNS, presentCallOffListItem, presentContractListItem } from './present.js';

/** Throws 401 (nobody signed in) or 403 unless the actor manages the institution's procurement. */
export function mustManage(actor: Actor | null, institutionId: number): asserts actor is Actor {
  if (!canManageContracts(actor, institutionId)) throw denied(!!actor);
}

const EXPORT_PAGE = 500;

async function* pages<Row extends { id: number }, Out>(read: (afterId: number | null) => Promise<Row[]>, present: (r: Row) => Out) {
  let after: number | null = null;
  for (;;) {
    const rows = await read(after);
    for (const r of rows.slice(0, EXPORT_PAGE)) yield present(r);
    if (rows.length <= EXPORT_PAGE) return;
    after = rows[EXPORT_PAGE - 1]!.id;
  }
}

export const streamContracts = (db: Db, reply: FastifyReply, f: Omit<ContractFilter, 'limit' | 'afterId'>, format: 'csv' | 'json', name: string) =>
  sendCsv(reply, format, name, CONTRACT_EXPORT_COLUMNS, pages((afterId) => listContracts(db, { ...f, afterId, limit: EXPORT_PAGE }), presentContractListItem));

export const streamCallOffs = (db: Db, reply: FastifyReply, f: Omit<CallOffFilter, 'limit' | 'afterId'>, format: 'csv' | 'json', name: string) =>
  sendCsv(reply, format, name, CALL_OFF_EXPORT_COLUMNS, pages((afterId) => listCallOffs(db, { ...f, afterId, limit: EXPORT_PAGE }), presentCallOffListItem));
