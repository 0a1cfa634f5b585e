// One shape for every dataset the catalogue lists, stored here or published by another module, so the pages, the
// JSON, DCAT-AP, the Data Package and the CKAN API are each written once. Distribution URLs are paths of this site
// (the exports make them absolute with the configured base URL).
import type { DbOrTx } from '../../../core/db/client.js';
import { findStoredDatasets, institutionsById, type StoredDataset } from './queries.js';
import { CATALOGUE_SOURCE, placeName, type ListedDataset } from './sources.js';
import { DEFAULT_LICENCE } from './vocabularies.js';
import type { CsvTable } from './table-schema.js';

export interface EntryDistribution {
  id: string; title: string; format: string; mediaType: string; url: string; fileName: string | null; byteSize: number | null;
  sha256: string | null; table: CsvTable | null; issued: Date | null;
}
export interface CatalogueEntry {
  name: string;
  /** 'catalogue' for datasets published here, else the module that publishes it (read-only here). */
  source: string;
  storedId: number | null;
  institution: { id: number; slug: string; name: string; cutCode: string | null };
  title: string; description: string; theme: string; keywords: string[]; licence: string; frequency: string;
  temporalStart: string | null; temporalEnd: string | null;
  spatial: { code: string; name: string } | null;
  issued: Date; modified: Date; landingPage: string; version: number | null; withdrawn: boolean;
  distributions: EntryDistribution[];
}

export const datasetPath = (name: string) => `/datos/${name}`;
export const filePath = (name: string, distributionId: number) => `/datos/${name}/recursos/${distributionId}`;
const spatialOf = (code: string | null) => { const name = placeName(code); return code && name ? { code, name } : null; };

function fromStored(d: StoredDataset, institution: CatalogueEntry['institution']): CatalogueEntry {
  return {
    name: d.name, source: CATALOGUE_SOURCE, storedId: d.id, institution, title: d.title, description: d.description, theme: d.theme, keywords: d.keywords,
    licence: d.licence, frequency: d.frequency, temporalStart: d.temporalStart, temporalEnd: d.temporalEnd, spatial: spatialOf(d.spatialCode),
    issued: d.createdAt, modified: d.updatedAt, landingPage: datasetPath(d.name), version: d.version, withdrawn: d.withdrawnAt !== null,
    distributions: d.distributions.map((x) => ({ id: String(x.id), title: x.title, format: x.format, mediaType: x.mediaType,
      url: x.url ?? filePath(d.name, x.id), fileName: x.fileName, byteSize: x.size, sha256: x.sha256, table: x.tableSchema, issued: x.createdAt })),
  };
}

function fromModule(d: ListedDataset, institution: CatalogueEntry['institution']): CatalogueEntry {
  return {
    name: d.name, source: d.source, storedId: null, institution, title: d.title, description: d.description, theme: d.theme, keywords: d.keywords,
    licence: DEFAULT_LICENCE, frequency: d.frequency, temporalStart: d.temporal.start, temporalEnd: d.temporal.end, spatial: spatialOf(institution.cutCode),
    issued: d.issued, modified: d.modified, landingPage: d.landingPage, version: null, withdrawn: false,
    distributions: d.distributions.map((x) => ({ id: `${d.name}-${x.key}`, title: x.title, format: x.format, mediaType: x.mediaType, url: x.url,
      fileName: null, byteSize: null, sha256: null, table: null, issued: null })),
  };
}

/** The entries of these names, in this order (names not found are left out). */
export async function loadEntries(db: DbOrTx, listed: ListedDataset[], names: string[], withWithdrawn = false): Promise<CatalogueEntry[]> {
  const stored = await findStoredDatasets(db, names, withWithdrawn);
  const fromModules = listed.filter((d) => names.includes(d.name));
  const institutions = await institutionsById(db, [...stored.map((d) => d.institutionId), ...fromModules.map((d) => d.institutionId)]);
  const all = new Map<string, CatalogueEntry>();
  for (const d of stored) all.set(d.name, fromStored(d, institutions.get(d.institutionId)!));
  for (const d of fromModules) if (institutions.has(d.institutionId)) all.set(d.name, fromModule(d, institutions.get(d.institutionId)!));
  return names.flatMap((n) => all.get(n) ?? []);
}
