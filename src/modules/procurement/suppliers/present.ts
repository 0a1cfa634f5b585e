// The public JSON of suppliers (DESIGN.md convention 5): explicit fields. A supplier's RUT is public (it identifies
// the party in OCDS, scheme CL-RUT); a joint-venture member who is a natural person is shown by name only (their RUT
// is their RUN, personal data under Ley 19.628). Representatives are never listed, by name or email.
import { Type, type Static } from '@sinclair/typebox';
import { CATEGORIES } from '../categories.js';
import { AWARD_STATES } from '../evaluation/schema.js';
import { SUPPLIER_KINDS, SUPPLIER_SIZES } from './schema.js';
import { isSme } from './anchorage.js';
import type { SupplierAward, SupplierDetail, SupplierRow } from './queries.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

export const supplierUrl = (id: number) => `/compras/proveedores/${id}`;
export const callUrl = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}`;

const listFields = {
  id: Type.Integer(), rut: Nullable(Type.String({ description: 'Normalised RUT "76123456-0"; null for a joint venture not yet constituted' })),
  legalName: Type.String(), kind: literals(SUPPLIER_KINDS), size: literals(SUPPLIER_SIZES),
  sme: Type.Boolean({ description: 'Micro, small or medium (Ley 20.416 art. 2)' }),
  comuna: Type.Object({ code: Type.String(), name: Type.String() }), region: Type.Object({ code: Type.String(), name: Type.String() }),
  categories: Type.Array(literals(CATEGORIES)), website: Nullable(Type.String()), updatedAt: Type.String({ format: 'date-time' }), url: Type.String(),
};
export const SupplierListItemJson = Type.Object(listFields);

const MemberJson = Type.Object({
  name: Type.String(), rut: Nullable(Type.String({ description: 'Null for a natural person' })), naturalPerson: Type.Boolean(),
  kind: literals(SUPPLIER_KINDS), size: literals(SUPPLIER_SIZES), comuna: Type.Object({ code: Type.String(), name: Type.String() }),
  sharePercent: Type.Union([Type.Integer(), Type.Null()]),
  url: Nullable(Type.String({ description: 'The member\'s own profile, when it is a registered supplier' })),
});
const ReferenceJson = Type.Object({ client: Type.String(), description: Type.String(), year: Type.Integer(), amount: Type.Union([Type.Integer({ description: 'Pesos' }), Type.Null()]) });
const AwardJson = Type.Object({
  id: Type.Integer(), state: literals(AWARD_STATES), amount: Type.Integer({ description: 'Pesos' }), decidedAt: Type.String({ format: 'date-time' }),
  institution: Type.String({ description: 'Buyer\'s slug' }), ocid: Type.String(), call: Type.Object({ id: Type.Integer(), title: Type.String(), url: Type.String() }),
  lot: Type.Object({ number: Type.Integer(), title: Type.String() }),
});
export const SupplierJson = Type.Object({
  ...listFields, description: Type.String(), members: Type.Array(MemberJson), references: Type.Array(ReferenceJson), awards: Type.Array(AwardJson),
});

export function presentListItem(r: SupplierRow): Static<typeof SupplierListItemJson> {
  return {
    id: r.id, rut: r.rut, legalName: r.legalName, kind: r.kind, size: r.size, sme: isSme(r.size), comuna: { code: r.comunaCode, name: r.comunaName },
    region: { code: r.regionCode, name: r.regionName }, categories: r.categories as Static<typeof SupplierListItemJson>['categories'], website: r.website,
    updatedAt: r.updatedAt.toISOString(), url: supplierUrl(r.id),
  };
}

export const presentSupplier = (d: SupplierDetail, awards: SupplierAward[]): Static<typeof SupplierJson> => ({
  ...presentListItem(d), description: d.description,
  members: d.members.map((m) => ({ name: m.name, rut: m.naturalPerson ? null : m.rut, naturalPerson: m.naturalPerson, kind: m.kind, size: m.size,
    comuna: { code: m.comunaCode, name: m.comunaName }, sharePercent: m.sharePercent, url: m.supplierId === null ? null : supplierUrl(m.supplierId) })),
  references: d.references.map((r) => ({ client: r.client, description: r.description, year: r.year, amount: r.amount })),
  awards: awards.map((a) => ({ id: a.id, state: a.state, amount: a.amount, decidedAt: a.decidedAt.toISOString(), institution: a.institutionSlug, ocid: a.ocid,
    call: { id: a.callId, title: a.callTitle, url: callUrl(a.institutionSlug, a.callId) }, lot: { number: a.lotNumber, title: a.lotTitle } })),
});

/** Flat columns of the CSV export (the JSON export carries the same objects); categories joined by ';'. */
export const EXPORT_COLUMNS = ['id', 'rut', 'legalName', 'kind', 'size', 'sme', 'comuna.code', 'comuna.name', 'region.code', 'region.name', 'categories', 'website', 'updatedAt', 'url'];
