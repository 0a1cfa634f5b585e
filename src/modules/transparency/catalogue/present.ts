// The public JSON of the catalogue's list (the /datos export) with explicit fields: the institution by slug and name,
// never a person (the contact point is the institution itself, DESIGN.md rule 10).
import { Type, type Static } from '@sinclair/typebox';
import { datasetPath, type CatalogueEntry } from './entries.js';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const DatasetListItemJson = Type.Object({
  name: Type.String({ description: 'The dataset\'s identifier in URLs, CKAN and the Data Package' }), title: Type.String(), description: Type.String(),
  source: Type.String({ description: '"catalogue" when published here, else the module that publishes it (read-only here)' }),
  institution: Type.Object({ slug: Type.String(), name: Type.String() }), theme: Type.String({ description: 'EU data-theme code' }),
  keywords: Type.Array(Type.String()), licence: Type.String(), frequency: Type.String({ description: 'EU frequency code' }),
  temporalStart: NullableString, temporalEnd: NullableString, spatial: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
  formats: Type.Array(Type.String()), modified: Type.String({ format: 'date-time' }), url: Type.String(),
});

export function presentListItem(e: CatalogueEntry): Static<typeof DatasetListItemJson> {
  return {
    name: e.name, title: e.title, description: e.description, source: e.source, institution: { slug: e.institution.slug, name: e.institution.name },
    theme: e.theme, keywords: e.keywords, licence: e.licence, frequency: e.frequency, temporalStart: e.temporalStart, temporalEnd: e.temporalEnd,
    spatial: e.spatial, formats: [...new Set(e.distributions.map((d) => d.format))], modified: e.modified.toISOString(), url: datasetPath(e.name),
  };
}

const DistributionJson = Type.Object({
  id: Type.String(), title: Type.String(), format: Type.String({ description: 'EU file-type code' }), mediaType: Type.String(), url: Type.String(),
  byteSize: Type.Union([Type.Integer(), Type.Null()]), sha256: NullableString,
  tableSchema: Type.Union([Type.Unknown({ description: 'Frictionless Table Schema inferred from an uploaded CSV' }), Type.Null()]),
});
export const DatasetJson = Type.Composite([DatasetListItemJson, Type.Object({ landingPage: Type.String(), distributions: Type.Array(DistributionJson) })]);

export const presentDataset = (e: CatalogueEntry): Static<typeof DatasetJson> => ({
  ...presentListItem(e), landingPage: e.landingPage,
  distributions: e.distributions.map((d) => ({ id: d.id, title: d.title, format: d.format, mediaType: d.mediaType, url: d.url, byteSize: d.byteSize,
    sha256: d.sha256, tableSchema: d.table?.schema ?? null })),
});

/** Flat columns of the CSV export (the JSON export carries the same objects). */
export const EXPORT_COLUMNS = ['name', 'title', 'source', 'institution.slug', 'institution.name', 'theme', 'keywords', 'licence', 'frequency',
  'temporalStart', 'temporalEnd', 'spatial.code', 'spatial.name', 'formats', 'modified', 'url'];
