// The rules a process must meet before it is stored, shared by the API (400 with the first problem) and the forms
// (422 with the problem next to its field): its territory is a real comuna or region inside the institution's own,
// and its phases each end after they start and never overlap (one active phase at a time, phases.ts).
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { comunas, regions } from '../../../core/tenancy/schema.js';
import type { InstitutionDetail } from '../../../core/tenancy/queries.js';
import type { PhaseInput } from './commands/create-process.js';
import type { Scope } from './schema.js';

export const MAX_PHASES = 12;

export interface ProcessProblem {
  /** The field at fault: 'scopeCode', 'phases', or a phase's own field with `phase` its index in the input. */
  field: 'scopeCode' | 'phases' | 'startsAt' | 'endsAt';
  phase?: number;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Dates in messages are shown as the reader reads them (formatters(locale).dateTime: Santiago time). */
export type FormatDate = (d: Date) => string;

export function checkPhases(phases: readonly PhaseInput[], fmt: FormatDate): ProcessProblem | null {
  if (phases.length === 0) return { field: 'phases', key: 'participation.process.noPhases' };
  if (phases.length > MAX_PHASES) return { field: 'phases', key: 'participation.process.tooManyPhases', params: { max: MAX_PHASES } };
  for (const [i, p] of phases.entries()) {
    if (p.endsAt.getTime() <= p.startsAt.getTime()) {
      return { field: 'endsAt', phase: i, key: 'participation.process.phaseEndsBeforeStart', params: { phase: p.title, startsAt: fmt(p.startsAt), endsAt: fmt(p.endsAt) } };
    }
  }
  // Sorted by start, two phases overlap when one starts before the previous ends (ends are exclusive).
  const order = phases.map((p, i) => ({ p, i })).sort((a, b) => a.p.startsAt.getTime() - b.p.startsAt.getTime());
  for (let k = 1; k < order.length; k++) {
    const [prev, next] = [order[k - 1]!, order[k]!];
    if (next.p.startsAt.getTime() < prev.p.endsAt.getTime()) {
      return { field: 'startsAt', phase: next.i, key: 'participation.process.phasesOverlap', params: { phase: next.p.title, other: prev.p.title, endsAt: fmt(prev.p.endsAt) } };
    }
  }
  return null;
}

/**
 * A municipality consults its own comuna; a regional government its region or one of its comunas; a national body
 * any comuna or region. The code must exist in the territory tables (CUT, DESIGN.md convention 9).
 */
export async function checkScope(db: DbOrTx, institution: InstitutionDetail, scope: Scope, code: string): Promise<ProcessProblem | null> {
  const problem = (key: MessageKey): ProcessProblem => ({ field: 'scopeCode', key, params: { code, institution: institution.name } });
  let regionOfCode: string;
  if (scope === 'comuna') {
    const [row] = /^\d{5}$/.test(code) ? await db.select({ region: comunas.regionCode }).from(comunas).where(eq(comunas.code, code)) : [];
    if (!row) return problem('participation.process.unknownComuna');
    regionOfCode = row.region;
  } else {
    const [row] = /^\d{2}$/.test(code) ? await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code)) : [];
    if (!row) return problem('participation.process.unknownRegion');
    regionOfCode = row.code;
  }
  const inside = institution.kind === 'municipality' ? scope === 'comuna' && code === institution.cutCode
    : institution.kind === 'regional_government' ? regionOfCode === institution.regionCode
      : true;
  return inside ? null : problem('participation.process.scopeOutside');
}

export async function checkProcess(db: DbOrTx, institution: InstitutionDetail, input: { scope: Scope; scopeCode: string; phases: readonly PhaseInput[] }, fmt: FormatDate) {
  return (await checkScope(db, institution, input.scope, input.scopeCode)) ?? checkPhases(input.phases, fmt);
}
