// What registering and editing a supplier share: the checks that need the database (every comuna exists; the RUT is
// not another supplier's) after the pure rules, and writing the lists that hang off the profile (members,
// references), replaced whole on each save so the profile is always exactly what the form showed.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { searchKey } from '../../../../core/tenancy/slug.js';
import { comunas } from '../../../../core/tenancy/schema.js';
import { procurementSupplierMembers, procurementSupplierReferences, procurementSuppliers } from '../schema.js';
import { checkSupplier, type CheckedSupplier } from '../rules.js';
import type { SupplierInput } from '../validation.js';

export async function checkProfile(tx: Tx, input: SupplierInput, at: Date, supplierId?: number): Promise<CheckedSupplier> {
  const s = checkSupplier(input, at);
  const codes = [...new Set([s.comunaCode, ...s.members.map((m) => m.comunaCode)])];
  const known = new Set((await tx.select({ code: comunas.code }).from(comunas).where(inArray(comunas.code, codes))).map((c) => c.code));
  if (!known.has(s.comunaCode)) throw new InvalidField('comunaCode', 'procurement.supplier.error.comunaUnknown');
  s.members.forEach((m, i) => { if (!known.has(m.comunaCode)) throw new InvalidField(`members.${i + 1}.comunaCode`, 'procurement.supplier.error.comunaUnknown'); });
  if (s.rut) {
    const same = supplierId === undefined ? eq(procurementSuppliers.rut, s.rut) : and(eq(procurementSuppliers.rut, s.rut), ne(procurementSuppliers.id, supplierId));
    const [taken] = await tx.select({ id: procurementSuppliers.id }).from(procurementSuppliers).where(same).limit(1);
    if (taken) throw new InvalidField('rut', 'procurement.supplier.error.rutTaken');
  }
  return s;
}

/** The supplier row's columns from checked input. */
export const columnsOf = (s: CheckedSupplier) => ({
  rut: s.rut ?? null, legalName: s.legalName, sortKey: searchKey(s.legalName), kind: s.kind, size: s.size, comunaCode: s.comunaCode,
  description: s.description ?? '', website: s.website ?? null, categories: s.categories,
});

export async function writeDetails(tx: Tx, supplierId: number, s: CheckedSupplier) {
  await tx.delete(procurementSupplierMembers).where(eq(procurementSupplierMembers.supplierId, supplierId));
  await tx.delete(procurementSupplierReferences).where(eq(procurementSupplierReferences.supplierId, supplierId));
  if (s.members.length) {
    await tx.insert(procurementSupplierMembers).values(s.members.map((m) => ({
      supplierId, rut: m.rut, name: m.name, kind: m.kind, size: m.size, comunaCode: m.comunaCode, naturalPerson: m.naturalPerson ?? false, sharePercent: m.sharePercent ?? null,
    })));
  }
  const references = s.references ?? [];
  if (references.length) {
    await tx.insert(procurementSupplierReferences).values(references.map((r) => ({ supplierId, client: r.client, description: r.description, year: r.year, amount: r.amount ?? null })));
  }
}
