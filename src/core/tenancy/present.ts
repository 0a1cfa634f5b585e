// The public JSON shape of an institution: an explicit field list (DESIGN.md convention 5).
import { Type, type Static } from '@sinclair/typebox';
import { INSTITUTION_KINDS } from './schema.js';
import type { InstitutionDetail, InstitutionRow } from './queries.js';

export const InstitutionJson = Type.Object({
  slug: Type.String({ examples: ['temuco'] }),
  name: Type.String(),
  kind: Type.Union(INSTITUTION_KINDS.map((k) => Type.Literal(k))),
  cut: Type.Union([Type.String(), Type.Null()], { description: '5-digit comuna CUT (municipality) or 2-digit region CUT (regional government)' }),
  region: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
  url: Type.String(),
}, { additionalProperties: false });
export type InstitutionJson = Static<typeof InstitutionJson>;

export const InstitutionDetailJson = Type.Composite([InstitutionJson, Type.Object({
  population: Type.Union([Type.Object({ census2017: Type.Union([Type.Integer(), Type.Null()]), projection2024: Type.Union([Type.Integer(), Type.Null()]) }), Type.Null()]),
})], { additionalProperties: false });

export function presentInstitution(row: InstitutionRow | InstitutionDetail): InstitutionJson {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    cut: row.cutCode,
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    url: `/instituciones/${row.slug}`,
  };
}

export function presentInstitutionDetail(row: InstitutionDetail) {
  return {
    ...presentInstitution(row),
    population: row.kind === 'municipality' ? { census2017: row.population2017, projection2024: row.population2024 } : null,
  };
}
