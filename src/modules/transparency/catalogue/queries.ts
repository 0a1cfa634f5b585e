// Reads of the catalogue. Stored datasets and the modules' datasets (sources.ts) are one relation in SQL: the modules'
// list goes in as a jsonb parameter unpacked by jsonb_to_recordset and joined by UNION ALL to our rows, so search,
// facets and both kinds of paging treat them alike. Search ignores accents (unaccent, installed by the participation
// migrations) and stems Spanish words: "luminarias" finds "Luminaria", "informacion" finds "información".
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { transparencyDatasets as ds, transparencyDistributions as dist } from './schema.js';
import { CATALOGUE_SOURCE, type ListedDataset } from './sources.js';
import type { CsvTable } from './table-schema.js';

export interface CatalogueFilter { q?: string; theme?: string; institutionId?: number; format?: string; source?: string; modifiedSince?: Date; modifiedUntil?: Date }

function entries(listed: ListedDataset[]): SQL {
  const json = JSON.stringify(listed.map((d) => ({ name: d.name, source: d.source, institution_id: d.institutionId, title: d.title,
    description: d.description, theme: d.theme, keywords: d.keywords, modified_at: d.modified.toISOString(),
    formats: [...new Set(d.distributions.map((x) => x.format))] })));
  return sql`select d.name, ${CATALOGUE_SOURCE}::text as source, d.institution_id, d.title, d.description, d.theme, d.keywords, d.updated_at as modified_at,
      coalesce((select array_agg(distinct x.format) from transparency_distributions x where x.dataset_id = d.id), '{}') as formats
    from transparency_datasets d where d.withdrawn_at is null
    union all
    select m.name, m.source, m.institution_id, m.title, m.description, m.theme, m.keywords, m.modified_at, m.formats
    from jsonb_to_recordset(${json}::jsonb) as m(name text, source text, institution_id int, title text, description text, theme text,
      keywords text[], modified_at timestamptz, formats text[])`;
}

const document = sql`to_tsvector('spanish', unaccent(e.title || ' ' || e.description || ' ' || array_to_string(e.keywords, ' ')))`;
const tsQuery = (q: string) => sql`websearch_to_tsquery('spanish', unaccent(${q}))`;

function where(f: CatalogueFilter): SQL {
  const w: SQL[] = [sql`true`];
  if (f.q) w.push(sql`${document} @@ ${tsQuery(f.q)}`);
  if (f.theme) w.push(sql`e.theme = ${f.theme}`);
  if (f.institutionId) w.push(sql`e.institution_id = ${f.institutionId}`);
  if (f.format) w.push(sql`${f.format} = any(e.formats)`);
  if (f.source) w.push(sql`e.source = ${f.source}`);
  if (f.modifiedSince) w.push(sql`e.modified_at >= ${f.modifiedSince.toISOString()}::timestamptz`);
  if (f.modifiedUntil) w.push(sql`e.modified_at <= ${f.modifiedUntil.toISOString()}::timestamptz`);
  return sql.join(w, sql` and `);
}

export interface Hit { name: string; rank: string; sortTitle: string }
/** Paging: a cursor (rank, title, name of the last row seen) for pages and exports, or an offset for CKAN's `start`. */
export interface Paging { after?: unknown[] | null; offset?: number; limit: number }

/** Best match first when searching; otherwise (rank 0) by title, accents ignored. Returns limit + 1 rows. */
export async function searchDatasets(db: DbOrTx, listed: ListedDataset[], f: CatalogueFilter, p: Paging): Promise<Hit[]> {
  const rank = f.q ? sql`round(ts_rank(${document}, ${tsQuery(f.q)})::numeric, 6)` : sql`0::numeric`;
  const [r, t, n] = p.after ?? [];
  const after = typeof r === 'string' && typeof t === 'string' && typeof n === 'string'
    ? sql`where h.rank < ${r}::numeric or (h.rank = ${r}::numeric and (h.sort_title, h.name) > (${t}::text collate "C", ${n}::text collate "C"))` : sql``;
  return queryRows<Hit>(db, sql`select h.name, h.rank::text as rank, h.sort_title as "sortTitle" from (
      select e.name, ${rank} as rank, lower(unaccent(e.title)) collate "C" as sort_title from (${entries(listed)}) e where ${where(f)}) h
    ${after} order by h.rank desc, h.sort_title, h.name collate "C" limit ${p.limit + 1} offset ${p.offset ?? 0}`);
}
export const hitKey = (h: Hit) => [h.rank, h.sortTitle, h.name];

export interface Facets { themes: Array<{ value: string; count: number }>; institutions: Array<{ value: string; label: string; count: number }>; formats: Array<{ value: string; count: number }>; total: number }

export async function facetDatasets(db: DbOrTx, listed: ListedDataset[], f: CatalogueFilter): Promise<Facets> {
  const rows = await queryRows<{ facet: string; value: string; label: string; count: number }>(db, sql`with e as (select * from (${entries(listed)}) e where ${where(f)})
    select 'theme' as facet, theme as value, '' as label, count(*)::int as count from e group by theme
    union all select 'institution', i.slug, i.name, count(*)::int from e join institutions i on i.id = e.institution_id group by i.slug, i.name
    union all select 'format', x.format, '', count(*)::int from e cross join unnest(e.formats) as x(format) group by x.format
    union all select 'total', '', '', count(*)::int from e
    order by 4 desc, 2`);
  const of = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value, count: Number(r.count) }));
  return { themes: of('theme'), formats: of('format'), total: Number(rows.find((r) => r.facet === 'total')?.count ?? 0),
    institutions: rows.filter((r) => r.facet === 'institution').map((r) => ({ value: r.value, label: r.label, count: Number(r.count) })) };
}

const datasetColumns = {
  id: ds.id, institutionId: ds.institutionId, name: ds.name, title: ds.title, description: ds.description, theme: ds.theme, keywords: ds.keywords,
  licence: ds.licence, frequency: ds.frequency, temporalStart: ds.temporalStart, temporalEnd: ds.temporalEnd, spatialCode: ds.spatialCode,
  version: ds.version, createdAt: ds.createdAt, updatedAt: ds.updatedAt, withdrawnAt: ds.withdrawnAt,
};
const distributionColumns = {
  id: dist.id, datasetId: dist.datasetId, title: dist.title, format: dist.format, mediaType: dist.mediaType, url: dist.url, fileName: dist.fileName,
  size: dist.size, sha256: dist.sha256, tableSchema: dist.tableSchema, createdAt: dist.createdAt,
};

/** Stored datasets by name (withdrawn ones too when asked: the officials' edit page), with their distributions. */
export async function findStoredDatasets(db: DbOrTx, names: string[], withWithdrawn = false) {
  if (names.length === 0) return [];
  const rows = await db.select(datasetColumns).from(ds).where(and(inArray(ds.name, names), withWithdrawn ? undefined : isNull(ds.withdrawnAt)));
  const files = rows.length ? await db.select(distributionColumns).from(dist).where(inArray(dist.datasetId, rows.map((r) => r.id))).orderBy(asc(dist.id)) : [];
  return rows.map((r) => ({ ...r, distributions: files.filter((f) => f.datasetId === r.id).map((f) => ({ ...f, tableSchema: f.tableSchema as CsvTable | null })) }));
}
export type StoredDataset = Awaited<ReturnType<typeof findStoredDatasets>>[number];

export async function institutionsById(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, { id: number; slug: string; name: string; cutCode: string | null }>();
  const rows = await db.select({ id: institutions.id, slug: institutions.slug, name: institutions.name, cutCode: institutions.cutCode })
    .from(institutions).where(inArray(institutions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** An uploaded file with its bytes, for the download; null when the dataset is withdrawn or the file is a link. */
export async function findFile(db: DbOrTx, name: string, distributionId: number) {
  const [row] = await db.select({ fileName: dist.fileName, mediaType: dist.mediaType, size: dist.size, sha256: dist.sha256, content: dist.content })
    .from(dist).innerJoin(ds, eq(ds.id, dist.datasetId))
    .where(and(eq(dist.id, distributionId), eq(ds.name, name), isNull(ds.withdrawnAt)));
  return row?.content ? row as { fileName: string; mediaType: string; size: number; sha256: string; content: Buffer } : null;
}

export async function nameTaken(db: DbOrTx, name: string) {
  return (await db.select({ id: ds.id }).from(ds).where(eq(ds.name, name)).limit(1)).length > 0;
}
