// The public shapes of active transparency: its URLs, the JSON of a category's status and of its table, and the
// datasets it registers with the open-data catalogue. Rows are published as the Table Schema defines them, nothing
// more (the upload's file name and publisher stay in the audit log).
import { Type, type Static } from '@sinclair/typebox';
import type { ActiveCategory } from './categories.js';
import type { ActiveUpdate, PeriodRow } from './queries.js';
import type { UpdateStatus } from './schedule.js';
import type { ModuleDataset } from '../../../core/module.js';

export const activePath = (slug: string) => `/instituciones/${slug}/transparencia/activa`;
export const categoryPath = (slug: string, key: string) => `${activePath(slug)}/${key}`;
export const schemaPath = (slug: string, key: string) => `${categoryPath(slug, key)}/schema.json`;
export const uploadPath = (slug: string, key: string) => `${categoryPath(slug, key)}/publicar`;
export const apiPath = (slug: string, key: string) => `/api/v1/transparency/active/${slug}/${key}`;
/** The download of the current period (or of one period): stable URLs the catalogue lists. */
export const downloadPath = (slug: string, key: string, format: 'csv' | 'json', period?: string) =>
  `${categoryPath(slug, key)}?format=${format}${period ? `&periodo=${period}` : ''}`;

const Bilingual = Type.Object({ es: Type.String(), en: Type.String() });
const Period = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$', description: 'The month the information describes, YYYY-MM' });

export const CategoryStatusJson = Type.Object({
  key: Type.String(), letter: Type.String({ description: 'Letter of Ley 20.285 art. 7' }), title: Bilingual, description: Bilingual,
  period: Type.Union([Period, Type.Null()]), updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  status: Type.Union([Type.Literal('current'), Type.Literal('late'), Type.Literal('missing')], { description: 'late: the update due by the 10th business day of the month (CPLT Instrucción General N° 11) is missing' }),
  expectedPeriod: Type.Optional(Period), dueOn: Type.Optional(Type.String({ format: 'date' })),
  url: Type.String(), apiUrl: Type.String(), schemaUrl: Type.String(),
});
export type CategoryStatusJson = Static<typeof CategoryStatusJson>;

export const CategoryTableJson = Type.Object({
  institution: Type.Object({ slug: Type.String(), name: Type.String() }),
  category: Type.String(), letter: Type.String(), title: Bilingual,
  period: Type.Union([Period, Type.Null()]), updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  periods: Type.Array(Type.Object({ period: Period, updatedAt: Type.String({ format: 'date-time' }) })),
  schemaUrl: Type.String(), fields: Type.Array(Type.String()),
  items: Type.Array(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]))),
  next: Type.Union([Type.String(), Type.Null()]),
});

export function presentCategoryStatus(slug: string, c: ActiveCategory, update: ActiveUpdate | undefined, status: UpdateStatus): CategoryStatusJson {
  return {
    key: c.key, letter: c.letter, title: c.title, description: c.description,
    period: update?.period ?? null, updatedAt: update?.publishedAt.toISOString() ?? null, status: status.state,
    ...(status.state === 'late' ? { expectedPeriod: status.expected, dueOn: status.dueOn } : {}),
    url: categoryPath(slug, c.key), apiUrl: apiPath(slug, c.key), schemaUrl: schemaPath(slug, c.key),
  };
}

export function presentCategoryTable(institution: { slug: string; name: string }, c: ActiveCategory, update: ActiveUpdate | null, periods: PeriodRow[],
  items: Array<Record<string, string | number | boolean | null>>, next: string | null) {
  return {
    institution: { slug: institution.slug, name: institution.name }, category: c.key, letter: c.letter, title: c.title,
    period: update?.period ?? null, updatedAt: update?.publishedAt.toISOString() ?? null,
    periods: periods.map((p) => ({ period: p.period, updatedAt: p.updatedAt.toISOString() })),
    schemaUrl: schemaPath(institution.slug, c.key), fields: c.fields.map((f) => f.name),
    items: items.map((data) => Object.fromEntries(c.fields.map((f) => [f.name, data[f.name] ?? null]))), next,
  };
}

/** A dataset for the open-data catalogue (issue 7): one per institution and category with data. */
/**
 * A category with data, as the open-data catalogue lists it (AppModule.datasets): the current period's CSV and JSON
 * and the Table Schema that describes them. The catalogue's metadata is Spanish, as the institution publishes it.
 */
export function presentDataset(slug: string, c: ActiveCategory, update: ActiveUpdate): ModuleDataset {
  return {
    institutionId: update.institutionId, key: `transparencia-activa-${slug}-${c.key}`,
    title: `${c.title.es} (transparencia activa)`,
    description: `${c.description.es} Ley 20.285, art. 7 letra ${c.letter}); se actualiza mensualmente y cada período queda disponible.`,
    theme: 'GOVE', keywords: ['transparencia activa', 'Ley 20.285'], frequency: 'MONTHLY',
    temporal: { start: null, end: null }, landingPage: categoryPath(slug, c.key),
    issued: update.publishedAt, modified: update.publishedAt,
    distributions: [
      { key: 'csv', title: `${c.title.es} (CSV)`, format: 'CSV', url: downloadPath(slug, c.key, 'csv'), mediaType: 'text/csv' },
      { key: 'json', title: `${c.title.es} (JSON)`, format: 'JSON', url: downloadPath(slug, c.key, 'json'), mediaType: 'application/json' },
      { key: 'schema', title: 'Table Schema', format: 'JSON', url: schemaPath(slug, c.key), mediaType: 'application/json' },
    ],
  };
}
