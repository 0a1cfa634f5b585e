// The public JSON shape of an audit entry: an explicit field list (DESIGN.md convention 5). It carries every field
// the hash covers, so anyone can recompute a public entry's hash from an export; the actor's id is withheld on
// private entries (a person's own account), so those can be checked only with `cabildo audit verify`.
import { Type, type Static } from '@sinclair/typebox';
import type { AuditRow } from './queries.js';

export const AuditEntryJson = Type.Object({
  seq: Type.Integer({ description: 'Position in the chain, from 1, without gaps' }),
  at: Type.String({ format: 'date-time', description: 'UTC; shown in America/Santiago on the page' }),
  actor: Type.Object({
    id: Type.Union([Type.Integer(), Type.Null()], { description: 'Person id; null for the system, the command line, and on private entries' }),
    label: Type.String({ description: 'Name of the person at the time, or "cli" / "system"' }),
  }),
  institution: Type.Union([Type.Object({ id: Type.Integer(), slug: Type.String(), name: Type.String() }), Type.Null()]),
  action: Type.String({ examples: ['role.grant'] }),
  resource: Type.Object({ type: Type.String({ examples: ['role_assignment'] }), id: Type.Union([Type.String(), Type.Null()]) }),
  summary: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed' }),
  public: Type.Boolean(),
  prevHash: Type.String({ description: 'Hash of the previous entry (64 zeros for the first)' }),
  hash: Type.String({
    description: 'SHA-256 (hex) of the JSON array [seq, at, actor.id, actor.label, institution.id, action, resource.type, ' +
      'resource.id, summary, public, prevHash] with object keys sorted',
  }),
}, { additionalProperties: false });
export type AuditEntryJson = Static<typeof AuditEntryJson>;

export function presentAuditEntry(row: AuditRow): AuditEntryJson {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: { id: row.public ? row.actorId : null, label: row.actorLabel },
    institution: row.institutionId !== null && row.institutionSlug && row.institutionName
      ? { id: row.institutionId, slug: row.institutionSlug, name: row.institutionName } : null,
    action: row.action,
    resource: { type: row.resourceType, id: row.resourceId },
    summary: row.summary,
    public: row.public,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** CSV columns (dotted paths into the JSON shape). */
export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor.id', 'actor.label', 'institution.slug', 'action', 'resource.type', 'resource.id',
  'summary', 'public', 'prevHash', 'hash'];
