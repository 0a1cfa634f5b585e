// The registry's filters as the page (Spanish parameter names, a GET form sends empty values for "any") and the API
// (English camelCase) take them, both turned into one RegistryFilter.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageQuery } from '../../../core/http/pagination.js';
import { PHASES } from '../phases.js';
import { THEMES, USER_TYPES } from '../registry/schema.js';
import type { RegistryFilter } from './registry.js';

const orEmpty = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Literal('')]));
const literals = <V extends string>(values: readonly V[], description?: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });
const Slug = Type.String({ maxLength: 100 });
const Region = Type.String({ pattern: '^\\d{2}$', description: '2-digit region CUT' });
const Text = Type.String({ maxLength: 200 });
const Format = Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')]));

export const PageFilterQuery = Type.Composite([PageQuery, Type.Object({
  fase: orEmpty(literals(PHASES)), incubadora: orEmpty(Slug), region: orEmpty(Region), institucion: orEmpty(Slug),
  tema: orEmpty(literals(THEMES)), usuario: orEmpty(literals(USER_TYPES)), q: orEmpty(Text), format: Format,
})]);
export type PageFilterQuery = Static<typeof PageFilterQuery>;

export const ApiFilterQuery = Type.Composite([PageQuery, Type.Object({
  phase: Type.Optional(literals(PHASES, 'The current phase')),
  incubator: Type.Optional(Type.String({ maxLength: 100, description: 'Incubator slug' })),
  region: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: 'Region CUT: the incubator\'s region or a sponsor\'s' })),
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Institution slug: the incubator\'s host or a sponsor' })),
  theme: Type.Optional(literals(THEMES)),
  userType: Type.Optional(literals(USER_TYPES)),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title or mission (case and accents ignored)' })),
})]);
export type ApiFilterQuery = Static<typeof ApiFilterQuery>;

export const filterOfPage = (q: PageFilterQuery): RegistryFilter => ({
  phase: q.fase || undefined, incubator: q.incubadora || undefined, region: q.region || undefined, institution: q.institucion || undefined,
  theme: q.tema || undefined, userType: q.usuario || undefined, text: q.q?.trim() || undefined,
});

export const filterOfApi = (q: ApiFilterQuery): RegistryFilter => ({
  phase: q.phase, incubator: q.incubator, region: q.region, institution: q.institution, theme: q.theme, userType: q.userType, text: q.q?.trim() || undefined,
});
