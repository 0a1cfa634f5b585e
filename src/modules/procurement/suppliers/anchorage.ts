// Two facts about a supplier that calls score and statistics count: its local anchorage and whether it is an SME.
// The roadmap asks that unbundled technology purchases be won by firms "with local roots" (issue 8): a call may weigh
// a 'local' criterion, and the marketplace shows the share of awarded value that stays in the comuna or region. Both
// are pure functions of stored codes, so the evaluation, the OCDS export and the statistics agree by construction.
import type { InstitutionKind } from '../../../core/tenancy/schema.js';
import type { SupplierSize } from './schema.js';

export type Anchorage = 'comuna' | 'region';
export interface Buyer { cutCode: string | null; regionCode: string | null; kind: InstitutionKind }

/**
 * 'comuna' when the supplier comes from the comuna a municipality governs; 'region' when it comes from the buyer's
 * region (a regional government's, or a municipality's neighbouring comunas); null otherwise, and for national bodies
 * with no region. A comuna's 5-digit CUT starts with its region's 2 digits (INE's Código Único Territorial), so the
 * region is read from the code itself.
 */
export function isLocalSupplier(supplierComunaCode: string, institution: Buyer): Anchorage | null {
  if (institution.kind === 'municipality' && institution.cutCode === supplierComunaCode) return 'comuna';
  const region = institution.regionCode ?? (institution.kind === 'regional_government' ? institution.cutCode : null);
  return region !== null && supplierComunaCode.slice(0, 2) === region ? 'region' : null;
}

/**
 * Ley 20.416 art. 2 (Estatuto PYME) calls micro, small and medium firms "empresas de menor tamaño" by yearly sales:
 * micro up to 2,400 UF, small up to 25,000 UF, medium up to 100,000 UF. A supplier declares its size; large is the rest.
 */
export const isSme = (size: SupplierSize): boolean => size !== 'large';
