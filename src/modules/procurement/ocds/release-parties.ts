// The parties of a release (OCDS 1.1 "Parties"): the buyer, and each supplier once it is public — a tenderer once its
// lot's bids are opened, a supplier once awarded. A supplier is identified by its RUT under the scheme CL-RUT (public:
// it is a legal person's or a trader's, suppliers/schema.ts); a joint venture not yet constituted has no RUT of its own
// and is identified locally under CL-CABILDO-UTP with Cabildo's supplier id. Its members are listed by name, with their
// RUT only when they are legal persons: a natural person's RUT is their RUN, never published.
import type { SupplierSize } from '../suppliers/schema.js';
import type { Buyer, SupplierInfo } from './release-data.js';

/** Local identifier scheme of joint ventures without a RUT (documented in the README's OCDS section). */
export const LOCAL_SUPPLIER_SCHEME = 'CL-CABILDO-UTP';
/** Ley 20.416 art. 2 sizes as the partyDetails_scale codelist: small and medium firms together are 'sme'. */
const SCALE: Record<SupplierSize, 'micro' | 'sme' | 'large'> = { micro: 'micro', small: 'sme', medium: 'sme', large: 'large' };

export type OrganizationReference = { id: string; name: string };

export const buyerReference = (b: Buyer): OrganizationReference => ({ id: `CL-CABILDO-${b.slug}`, name: b.name });

export function buyerParty(b: Buyer, roles: string[] = ['buyer', 'procuringEntity']) {
  return { ...buyerReference(b), roles, address: { ...(b.regionName ? { region: b.regionName } : {}), countryName: 'Chile' } };
}

export const supplierReference = (s: SupplierInfo): OrganizationReference =>
  ({ id: s.rut ? `CL-RUT-${s.rut}` : `${LOCAL_SUPPLIER_SCHEME}-${s.id}`, name: s.legalName });

export function supplierParty(s: SupplierInfo, roles: string[]) {
  const identifier = s.rut ? { scheme: 'CL-RUT', id: s.rut, legalName: s.legalName } : { scheme: LOCAL_SUPPLIER_SCHEME, id: String(s.id), legalName: s.legalName };
  const details: Record<string, unknown> = { scale: SCALE[s.size] };
  if (s.kind === 'joint_venture' || s.members.length > 0) {
    details.members = s.members.map((m) => (m.naturalPerson
      ? { name: m.name, scale: SCALE[m.size] }
      : { name: m.name, identifier: { scheme: 'CL-RUT', id: m.rut }, scale: SCALE[m.size] }));
  }
  return {
    ...supplierReference(s), identifier, roles,
    address: { locality: s.comunaName, region: s.regionName, countryName: 'Chile' }, details,
  };
}

/** Collects each supplier's roles across lots, so a supplier appears once in `parties`. */
export class SupplierRoles {
  private roles = new Map<number, Set<string>>();
  add(supplierId: number, role: 'tenderer' | 'supplier' | 'payee') {
    const set = this.roles.get(supplierId) ?? new Set<string>();
    set.add(role);
    this.roles.set(supplierId, set);
  }
  parties(suppliers: ReadonlyMap<number, SupplierInfo>) {
    const order = ['tenderer', 'supplier', 'payee'];
    return [...this.roles].map(([id, roles]) => supplierParty(suppliers.get(id)!, order.filter((r) => roles.has(r))));
  }
}
