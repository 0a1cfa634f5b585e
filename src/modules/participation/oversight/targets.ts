// What an observation may point at, each by a reference that stays stable and a link to its public page:
// - a commitment (participation_commitments, another area's table) by id, checked against the institution;
// - a budget line by "cube:tipo:partida.capítulo.programa.subtítulo.ítem.asignación" — the cube names a dataset
//   uniquely and for good (budget/schema.ts), the codes a node of the clasificador ('' where the budget does not use
//   a level, e.g. municipal budgets have no partida: "temuco-2024-ejecucion:gasto:...22.11"), the explorer's permalink;
// - a procurement process by its OCDS ocid, as text: the procurement module comes later, so it is not checked.
// The link is resolved once, when the observation is opened, and stored with it (cube names never change).
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { findDataset, findNodeLabel } from '../../budget/index.js';
import type { ObservationTarget } from './schema.js';

const LEVELS = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion'] as const;
export const BUDGET_REF = '^[a-z0-9-]{1,100}:(gasto|ingreso):[0-9]{0,3}(\\.[0-9]{0,3}){0,5}$';
/** OCDS 1.1: an ocid is a registered prefix "ocds-xxxxxx-" and the publisher's own identifier. */
export const OCID = '^ocds-[a-z0-9]{6}-[A-Za-z0-9._/-]{1,100}$';

export interface TargetInput { targetType: ObservationTarget; targetId?: number; targetRef?: string }
export interface ResolvedTarget { targetType: ObservationTarget; targetId: number | null; targetRef: string | null; targetLabel: string; targetUrl: string | null }
export type TargetProblem = 'targetNotFound' | 'targetRefInvalid' | 'targetIdRequired';

export async function resolveTarget(db: DbOrTx, institution: { id: number; slug: string }, input: TargetInput): Promise<ResolvedTarget | TargetProblem> {
  if (input.targetType === 'commitment') {
    if (!input.targetId) return 'targetIdRequired';
    const [row] = await queryRows<{ title: string }>(db,
      sql`select title from participation_commitments where id = ${input.targetId} and institution_id = ${institution.id}`);
    return row ? { targetType: 'commitment', targetId: input.targetId, targetRef: null, targetLabel: row.title, targetUrl: `/participacion/compromisos/${input.targetId}` }
      : 'targetNotFound';
  }
  const ref = input.targetRef?.trim() ?? '';
  if (input.targetType === 'procurement') {
    return new RegExp(OCID).test(ref) ? { targetType: 'procurement', targetId: null, targetRef: ref, targetLabel: ref, targetUrl: null } : 'targetRefInvalid';
  }
  if (!new RegExp(BUDGET_REF).test(ref)) return 'targetRefInvalid';
  const { cube, tipo, codes } = parseBudgetRef(ref);
  const dataset = await findDataset(db, cube);
  if (!dataset || dataset.institutionId !== institution.id) return 'targetNotFound';
  const label = await findNodeLabel(db, dataset.id, codes);
  if (label === null) return 'targetNotFound';
  const params = new URLSearchParams({ cubo: cube, tipo });
  codes.forEach((code, i) => params.set(LEVELS[i]!, code));
  return { targetType: 'budget_line', targetId: null, targetRef: ref, targetLabel: `${codes.filter(Boolean).join('.')} ${label} (${dataset.year})`,
    targetUrl: `/instituciones/${institution.slug}/presupuesto/${dataset.year}?${params.toString()}` };
}

function parseBudgetRef(ref: string) {
  const [cube, tipo, dotted] = ref.split(':') as [string, 'gasto' | 'ingreso', string];
  return { cube, tipo, codes: dotted.split('.') };
}
