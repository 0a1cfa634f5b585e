// What the API and the pages share: a supplier by id or 404, the directory filter from a query, and its streamed
// export (CSV or JSON, the public list shape: no personal data).
import type { FastifyReply } from 'fastify';
import type { Db, DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { decodeCursor } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { allSuppliers, findSupplier, type SupplierDetail, type SupplierFilter } from './queries.js';
import { EXPORT_COLUMNS, presentListItem } from './present.js';
import type { FilterQuery } from './validation.js';

export async function supplierOf(db: DbOrTx, id: number): Promise<SupplierDetail> {
  const found = await findSupplier(db, id);
  if (!found) throw notFound();
  return found;
}

export const filterOf = (q: FilterQuery): SupplierFilter => ({
  q: q.q?.trim() || undefined, region: q.region, comuna: q.comuna, category: q.category, size: q.size, kind: q.kind, after: decodeCursor(q.cursor),
});

export function streamSuppliers(db: Db, reply: FastifyReply, q: FilterQuery, format: 'csv' | 'json') {
  const filter = { ...filterOf(q), after: null };
  async function* rows() {
    for await (const r of allSuppliers(db, filter)) {
      const item = presentListItem(r);
      yield format === 'csv' ? { ...item, categories: item.categories.join(';') } : item;
    }
  }
  return sendCsv(reply, format, 'proveedores', EXPORT_COLUMNS, rows());
}
