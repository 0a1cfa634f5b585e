// Suppliers (proveedores): companies, cooperatives, associations and joint ventures that bid. A joint venture
// (unión temporal de proveedores, Ley 19.886 art. 67 bis and its reglamento) lists its members, each with a RUT;
// it may have no RUT of its own until it is awarded. A supplier's RUT is a legal person's or a trader's and is public
// (it identifies the party in OCDS, scheme CL-RUT); a member who is a natural person is shown by name only.
// People act for a supplier as its representatives (procurement_supplier_representatives): the core role
// 'supplier_representative' says someone represents some supplier; this table says which.
import { pgTable, text, integer, smallint, bigint, timestamp, index, uniqueIndex, primaryKey, boolean } from 'drizzle-orm/pg-core';
import { comunas } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

export const SUPPLIER_KINDS = ['company', 'cooperative', 'association', 'joint_venture'] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];
/** Ley 20.416 art. 2 (Estatuto PYME): micro ≤ 2,400 UF of yearly sales, small ≤ 25,000, medium ≤ 100,000. */
export const SUPPLIER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type SupplierSize = (typeof SUPPLIER_SIZES)[number];

export const procurementSuppliers = pgTable('procurement_suppliers', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Normalised 'NNNNNNNN-D' (core/identity/run.ts validates it); null only for a joint venture not yet constituted. */
  rut: text(),
  legalName: text().notNull(),
  /** Lower-case, accent-free name for search and ordering (as institutions.sortKey). */
  sortKey: text().notNull(),
  kind: text({ enum: SUPPLIER_KINDS }).notNull(),
  size: text({ enum: SUPPLIER_SIZES }).notNull(),
  /** Comuna of origin (5-digit CUT): local anchorage is the same comuna, or region, as the buyer. */
  comunaCode: text().notNull().references(() => comunas.code),
  description: text().notNull().default(''),
  website: text(),
  /** CATEGORIES codes (categories.ts). */
  categories: text().array().notNull().default([]),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('procurement_suppliers_rut_idx').on(t.rut),
  index('procurement_suppliers_sort_idx').on(t.sortKey, t.id),
  index('procurement_suppliers_comuna_idx').on(t.comunaCode),
]);

/** The members of a joint venture (each RUT validated); their share of the venture in percent, when agreed. */
export const procurementSupplierMembers = pgTable('procurement_supplier_members', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  rut: text().notNull(),
  name: text().notNull(),
  kind: text({ enum: SUPPLIER_KINDS }).notNull(),
  size: text({ enum: SUPPLIER_SIZES }).notNull(),
  comunaCode: text().notNull().references(() => comunas.code),
  /** A natural person's RUT is their RUN: kept for the officials, never shown in public pages or OCDS. */
  naturalPerson: boolean().notNull().default(false),
  sharePercent: smallint(),
}, (t) => [uniqueIndex('procurement_supplier_members_rut_idx').on(t.supplierId, t.rut)]);

export const procurementSupplierRepresentatives = pgTable('procurement_supplier_representatives', {
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  personId: integer().notNull().references(() => people.id),
  addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.supplierId, t.personId] }), index('procurement_supplier_representatives_person_idx').on(t.personId)]);

/** Past work a supplier cites (public in its profile): who the client was, what was done, when, for how much. */
export const procurementSupplierReferences = pgTable('procurement_supplier_references', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  client: text().notNull(),
  description: text().notNull(),
  year: smallint().notNull(),
  /** Integer pesos, when the supplier chose to tell it. */
  amount: bigint({ mode: 'number' }),
}, (t) => [index('procurement_supplier_references_supplier_idx').on(t.supplierId)]);
