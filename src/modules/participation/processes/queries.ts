// Reads of processes: one with its phases, and the filtered list (newest first, by cursor) the overview, the
// institution page, the API and the exports share.
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { comunas, institutions, regions } from '../../../core/tenancy/schema.js';
import { participationPhases, participationProcesses as p } from './schema.js';
import type { ProcessState } from './phases.js';
import { processDocument, searchQuery } from '../search/documents.js';

const scopeName = sql<string | null>`coalesce(${comunas.name}, ${regions.name})`;
// Aggregates in subqueries come back as strings from some drivers: mapped to dates here.
const asDate = (v: string | Date) => new Date(v);
const firstStart = sql<Date | null>`(select min(ph.starts_at) from participation_phases ph where ph.process_id = ${p.id})`.mapWith(asDate);
const lastEnd = sql<Date | null>`(select max(ph.ends_at) from participation_phases ph where ph.process_id = ${p.id})`.mapWith(asDate);

const columns = {
  id: p.id, institutionId: p.institutionId, institutionSlug: institutions.slug, institutionName: institutions.name,
  title: p.title, description: p.description, scope: p.scope, scopeCode: p.scopeCode, scopeName,
  createdAt: p.createdAt, updatedAt: p.updatedAt, startsAt: firstStart, endsAt: lastEnd,
};

function baseSelect(db: DbOrTx) {
  return db.select(columns).from(p)
    .innerJoin(institutions, eq(institutions.id, p.institutionId))
    .leftJoin(comunas, and(eq(p.scope, 'comuna'), eq(comunas.code, p.scopeCode)))
    .leftJoin(regions, and(eq(p.scope, 'region'), eq(regions.code, p.scopeCode)));
}

export async function findProcess(db: DbOrTx, id: number) {
  const [process] = await baseSelect(db).where(eq(p.id, id));
  if (!process) return null;
  const phases = await db.select({
    id: participationPhases.id, title: participationPhases.title, description: participationPhases.description,
    startsAt: participationPhases.startsAt, endsAt: participationPhases.endsAt, components: participationPhases.components,
  }).from(participationPhases).where(eq(participationPhases.processId, id)).orderBy(asc(participationPhases.startsAt));
  return { ...process, phases };
}
export type ProcessDetail = NonNullable<Awaited<ReturnType<typeof findProcess>>>;

export interface ProcessFilter {
  institutionId?: number;
  scopeCode?: string;
  state?: ProcessState;
  q?: string;
  /** Cursor: the id of the last row of the previous page (newest first). */
  after?: number | null;
  limit: number;
  now: Date;
}

/** Same rule as phases.ts processState, in SQL: by the first start and the last end of the phases. */
function stateCondition(state: ProcessState, at: Date): SQL {
  const now = sql`${at.toISOString()}::timestamptz`;
  if (state === 'upcoming') return sql`coalesce(${firstStart} > ${now}, true)`;
  if (state === 'finished') return sql`${lastEnd} <= ${now}`;
  return sql`${firstStart} <= ${now} and ${lastEnd} > ${now}`;
}

export async function listProcesses(db: DbOrTx, f: ProcessFilter) {
  const conditions: SQL[] = [];
  if (f.institutionId !== undefined) conditions.push(eq(p.institutionId, f.institutionId));
  if (f.scopeCode) conditions.push(eq(p.scopeCode, f.scopeCode));
  if (f.state) conditions.push(stateCondition(f.state, f.now));
  if (f.q) conditions.push(sql`${processDocument} @@ ${searchQuery(f.q)}`);
  if (f.after) conditions.push(lt(p.id, f.after));
  return baseSelect(db).where(and(...conditions)).orderBy(desc(p.id)).limit(f.limit + 1);
}
export type ProcessRow = Awaited<ReturnType<typeof listProcesses>>[number];

/** Institutions that have processes, by name: the options of the overview's institution filter. */
export function listProcessInstitutions(db: DbOrTx) {
  return db.selectDistinct({ slug: institutions.slug, name: institutions.name, sortKey: institutions.sortKey })
    .from(p).innerJoin(institutions, eq(institutions.id, p.institutionId)).orderBy(institutions.sortKey);
}

/** Institutions by id, by name: where an official may open a process (the overview's "new process" links). */
export function institutionsByIds(db: DbOrTx, ids: number[]) {
  return ids.length === 0 ? Promise.resolve([]) : db.select({ slug: institutions.slug, name: institutions.name })
    .from(institutions).where(inArray(institutions.id, ids)).orderBy(institutions.sortKey);
}
