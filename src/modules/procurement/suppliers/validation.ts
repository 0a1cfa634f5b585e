// The shapes of supplier input, one source for the API body (TypeBox, hence OpenAPI) and the pages' forms. The form
// has no arrays of objects, so it carries numbered rows ('members.1.rut', 'references.2.year') that rowsOf() folds
// back into the API's arrays; errors name fields the same way, so a refusal lands next to its input on both.
import { OptionalKind, Type, type Static, type TSchema } from '@sinclair/typebox';
import { InvalidField } from '../../../core/http/errors.js';
import { CATEGORIES } from '../categories.js';
import { SUPPLIER_KINDS, SUPPLIER_SIZES } from './schema.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** A member of a joint venture is itself a firm, cooperative or association (or a natural person trading as one). */
export const MEMBER_KINDS = SUPPLIER_KINDS.filter((k) => k !== 'joint_venture');
export const MAX_MEMBERS = 8;
export const MAX_REFERENCES = 8;

const Rut = (description: string) => Type.String({ minLength: 3, maxLength: 20, description: `${description} ("76.123.456-0" or "76123456-0"; modulo-11 check digit)` });
const Comuna = Type.String({ pattern: '^\\d{5}$', description: '5-digit CUT code of the comuna' });

export const SupplierFields = {
  kind: literals(SUPPLIER_KINDS),
  legalName: Type.String({ minLength: 2, maxLength: 200, description: 'Razón social' }),
  rut: Type.Optional(Rut('The supplier\'s RUT; optional only for a joint venture not yet constituted')),
  size: literals(SUPPLIER_SIZES),
  comunaCode: Comuna,
  description: Type.Optional(Type.String({ maxLength: 3000 })),
  website: Type.Optional(Type.String({ maxLength: 300, pattern: '^https?://[^\\s/$.?#][^\\s]*$', description: 'http(s) address' })),
  categories: Type.Array(literals(CATEGORIES), { minItems: 1, maxItems: CATEGORIES.length, description: 'Capabilities (categories.ts codes)' }),
};

const MemberFields = {
  rut: Rut('The member\'s RUT (a natural person\'s is never published)'),
  name: Type.String({ minLength: 2, maxLength: 200 }),
  kind: literals(MEMBER_KINDS),
  size: literals(SUPPLIER_SIZES),
  comunaCode: Comuna,
  naturalPerson: Type.Optional(Type.Boolean({ description: 'A natural person: shown by name only' })),
  sharePercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Share of the venture, percent' })),
};
const ReferenceFields = {
  client: Type.String({ minLength: 2, maxLength: 200 }),
  description: Type.String({ minLength: 2, maxLength: 1000 }),
  year: Type.Integer({ minimum: 1950, maximum: 2100 }),
  amount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e13, description: 'Integer pesos' })),
};
export const MemberJsonInput = Type.Object(MemberFields, { additionalProperties: false });
export const ReferenceJsonInput = Type.Object(ReferenceFields, { additionalProperties: false });

export const SupplierBody = Type.Object({
  ...SupplierFields,
  members: Type.Optional(Type.Array(MemberJsonInput, { maxItems: MAX_MEMBERS, description: 'Joint ventures only: 2 or more' })),
  references: Type.Optional(Type.Array(ReferenceJsonInput, { maxItems: MAX_REFERENCES })),
}, { additionalProperties: false });
export type SupplierInput = Static<typeof SupplierBody>;
export type MemberInput = Static<typeof MemberJsonInput>;
export type ReferenceInput = Static<typeof ReferenceJsonInput>;

/** Every field of a numbered row is optional in the form: a blank row is no row; a half-filled one is an error. */
function rowFields(prefix: string, count: number, fields: Record<string, TSchema>) {
  const out: Record<string, TSchema> = {};
  for (let n = 1; n <= count; n++) for (const [k, s] of Object.entries(fields)) out[`${prefix}.${n}.${k}`] = Type.Optional(s);
  return out;
}

export const SupplierForm = Type.Object({
  ...SupplierFields,
  ...rowFields('members', MAX_MEMBERS, MemberFields),
  ...rowFields('references', MAX_REFERENCES, ReferenceFields),
});

/** Which fields say a row was filled in (the selects always send a value, so they do not count). */
const TYPED = { members: ['rut', 'name', 'sharePercent'], references: ['client', 'description', 'year', 'amount'] };

function rowsOf<R>(value: Record<string, unknown>, prefix: 'members' | 'references', count: number, fields: Record<string, TSchema>): R[] {
  const rows: R[] = [];
  for (let n = 1; n <= count; n++) {
    const get = (k: string) => value[`${prefix}.${n}.${k}`];
    if (!TYPED[prefix].some((k) => get(k) !== undefined)) continue;
    const row: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(fields)) {
      if (get(k) === undefined && !(OptionalKind in s)) {
        throw new InvalidField(`${prefix}.${n}.${k}`, 'validation.required');
      }
      if (get(k) !== undefined) row[k] = get(k);
    }
    rows.push(row as R);
  }
  return rows;
}

/** The form's value as the API's input: numbered rows folded into arrays, in order, blank rows dropped. */
export function inputOfForm(value: Static<typeof SupplierForm>): SupplierInput {
  const v = value as Record<string, unknown>;
  const base = Object.fromEntries(Object.keys(SupplierFields).filter((k) => v[k] !== undefined).map((k) => [k, v[k]]));
  return {
    ...(base as Omit<SupplierInput, 'members' | 'references'>),
    members: rowsOf<MemberInput>(v, 'members', MAX_MEMBERS, MemberFields),
    references: rowsOf<ReferenceInput>(v, 'references', MAX_REFERENCES, ReferenceFields),
  };
}

/** The directory's filters, shared by the page and the API. */
export const FilterFields = {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name (accents and case ignored)' })),
  region: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: '2-digit CUT code of the region' })),
  comuna: Type.Optional(Comuna),
  category: Type.Optional(literals(CATEGORIES)),
  size: Type.Optional(literals(SUPPLIER_SIZES)),
  kind: Type.Optional(literals(SUPPLIER_KINDS)),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
};
const FilterObject = Type.Object(FilterFields);
export type FilterQuery = Static<typeof FilterObject> & { cursor?: string };
