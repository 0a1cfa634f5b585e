// What can be followed, found by table name with one query for any type: the subject tables (other areas')
// share the columns this needs by the participation team's contract: id, institution_id, process_id (a process is
// its own process; an oversight observation belongs to none) and title.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import type { Subject } from './record.js';
import type { SubjectType } from './schema.js';
import { PUBLIC_STATES } from '../proposals/lifecycle.js';

/** `visible`: when a row is public; a held or discarded proposal is seen only by its author and officials. */
const TABLES: Record<SubjectType, { table: string; process: string | null; visible?: SQL }> = {
  process: { table: 'participation_processes', process: 'id' },
  proposal: { table: 'participation_proposals', process: 'process_id', visible: sql`state in (${sql.join(PUBLIC_STATES.map((s) => sql`${s}`), sql`, `)})` },
  consultation: { table: 'participation_consultations', process: 'process_id' },
  vote: { table: 'participation_votes', process: 'process_id' },
  commitment: { table: 'participation_commitments', process: 'process_id' },
  observation: { table: 'participation_oversight_observations', process: null },
};

export interface FoundSubject extends Subject {
  title: string;
}

/** The subject with its institution, process and title, or null when it does not exist. */
export async function findSubject(db: DbOrTx, type: SubjectType, id: number): Promise<(FoundSubject & { public: boolean }) | null> {
  const { table, process, visible = sql`true` } = TABLES[type];
  const [row] = await queryRows<{ institution_id: number; process_id: number | null; title: string; public: boolean }>(db, sql`select
    institution_id, ${process ? sql.identifier(process) : sql`null::int`} as process_id, title, ${visible} as public from ${sql.identifier(table)} where id = ${id}`);
  return row && { type, id, institutionId: Number(row.institution_id), processId: row.process_id === null ? null : Number(row.process_id),
    title: row.title, public: row.public };
}

/** Where a subject is shown (URL map of the participation team). */
export function subjectPath(type: SubjectType, id: number): string {
  const segment = { process: 'procesos', proposal: 'propuestas', consultation: 'consultas', vote: 'votaciones', commitment: 'compromisos',
    observation: 'organo-contralor/observaciones' }[type];
  return `/participacion/${segment}/${id}`;
}
