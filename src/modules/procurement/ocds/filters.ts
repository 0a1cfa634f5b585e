// The query parameters shared by the OCDS routes: institution (slug or CUT), from/to as Santiago calendar days (the
// whole day included), the opaque (date, id) cursor; and the merge rules records are compiled with.
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest } from '../../../core/http/errors.js';
import { decodeCursor } from '../../../core/http/pagination.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { endOfDay, startOfDay } from './release-tender.js';
import { loadMergeSchema, type MergeSchema } from './merge.js';
import { defaultSchemaDir, PATCHED_RELEASE_SCHEMA } from './schemas.js';
import type { ReleaseFilter, ReleaseKey } from './queries.js';

const day = (description: string) => Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description }));
export const ReleaseFilterQuery = Type.Object({
  institution: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Institution slug (or CUT code)' })),
  from: day('Releases dated on or after this day (YYYY-MM-DD, America/Santiago)'),
  to: day('Releases dated on or before this day (YYYY-MM-DD, America/Santiago)'),
  ocid: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'One contracting process' })),
});

export async function readReleaseFilter(db: DbOrTx, q: { institution?: string; from?: string; to?: string; ocid?: string }): Promise<ReleaseFilter> {
  const filter: ReleaseFilter = {};
  if (q.institution) filter.institutionId = (await findInstitutionOr404(db, q.institution)).id;
  if (q.ocid) filter.ocid = q.ocid;
  try {
    if (q.from) filter.from = new Date(startOfDay(q.from));
    if (q.to) filter.to = new Date(endOfDay(q.to));
  } catch {
    // 2026-02-30 has the shape of a day but is none.
    throw badRequest('validation.invalid');
  }
  return filter;
}

export function readReleaseCursor(cursor: string | undefined): ReleaseKey | null {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const [date, id] = key;
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date)) || typeof id !== 'number' || !Number.isSafeInteger(id)) throw badRequest('validation.invalid');
  return { date, id };
}

let rules: MergeSchema | undefined | null = null;
/**
 * The merge rules (identified arrays, wholeListMerge) of the patched release schema, read once; where the reference
 * schema folder is not deployed, the core defaults apply (merge.ts), which Cabildo's releases also satisfy.
 */
export function mergeRules(): MergeSchema | undefined {
  if (rules === null) {
    try {
      rules = loadMergeSchema(join(defaultSchemaDir(), PATCHED_RELEASE_SCHEMA));
    } catch {
      rules = undefined;
    }
  }
  return rules;
}
