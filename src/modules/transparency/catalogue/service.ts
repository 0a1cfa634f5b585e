// What the pages, the exports and the CKAN API share: the filter from a query (an unknown institution is a 400),
// a page of entries by cursor or offset, the streamed CSV/JSON export, and a dataset by name or 404.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../../core/db/client.js';
import type { DatasetSource } from '../../../core/module.js';
import { badRequest, denied, notFound } from '../../../core/http/errors.js';
import { pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { hitKey, searchDatasets, type CatalogueFilter, type Paging } from './queries.js';
import { listModuleDatasets, CATALOGUE_SOURCE, type ListedDataset } from './sources.js';
import { loadEntries, type CatalogueEntry } from './entries.js';
import { EXPORT_COLUMNS, presentListItem } from './present.js';
import { canManageDatasets } from './policy.js';

export interface FilterQuery { q?: string; tema?: string; institucion?: string; formato?: string }

export async function filterOf(db: DbOrTx, q: FilterQuery): Promise<CatalogueFilter> {
  const institution = q.institucion ? await findInstitution(db, q.institucion) : null;
  if (q.institucion && !institution) throw badRequest('transparency.catalogue.error.unknownInstitution', { ref: q.institucion });
  return { q: q.q?.trim() || undefined, theme: q.tema || undefined, format: q.formato || undefined, institutionId: institution?.id };
}

export async function findPage(db: DbOrTx, listed: ListedDataset[], filter: CatalogueFilter, paging: Paging) {
  if (paging.limit === 0) return { entries: [], next: null }; // CKAN's rows=0: only the count is wanted
  const page = pageOf(await searchDatasets(db, listed, filter, paging), paging.limit, hitKey);
  return { entries: await loadEntries(db, listed, page.items.map((h) => h.name)), next: page.next };
}

/** Every entry of the filter, in keyset batches: memory holds one batch whatever the catalogue's size. */
export async function* allEntries(db: DbOrTx, listed: ListedDataset[], filter: CatalogueFilter, batch = 200): AsyncGenerator<CatalogueEntry> {
  let after: unknown[] | null = null;
  for (;;) {
    const hits = await searchDatasets(db, listed, filter, { after, limit: batch });
    const page = hits.slice(0, batch);
    yield* await loadEntries(db, listed, page.map((h) => h.name));
    if (hits.length <= batch) return;
    after = hitKey(page[page.length - 1]!);
  }
}

export async function streamDatasets(db: Db, sources: readonly DatasetSource[], reply: FastifyReply, filter: CatalogueFilter, format: 'csv' | 'json', fileName: string) {
  const listed = await listModuleDatasets(db, sources);
  async function* rows() { for await (const e of allEntries(db, listed, filter)) yield presentListItem(e); }
  return sendCsv(reply, format, fileName, EXPORT_COLUMNS, rows());
}

export async function entryOf(db: DbOrTx, sources: readonly DatasetSource[], name: string, withWithdrawn = false): Promise<CatalogueEntry> {
  const [entry] = await loadEntries(db, await listModuleDatasets(db, sources), [name], withWithdrawn);
  if (!entry) throw notFound();
  return entry;
}

/** A dataset stored here that the actor may change, or 401/403/404 (a module's dataset is changed in its module: 404 here). */
export async function managedEntry(db: DbOrTx, request: FastifyRequest, name: string) {
  // Only datasets stored here are managed here: no module's list is read, so a module's dataset is a 404.
  const entry = await entryOf(db, [], name);
  if (entry.source !== CATALOGUE_SOURCE) throw notFound();
  if (!canManageDatasets(request.actor, entry.institution.id)) throw denied(!!request.actor);
  return entry as CatalogueEntry & { storedId: number };
}

