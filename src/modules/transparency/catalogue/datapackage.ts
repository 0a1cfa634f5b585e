// A dataset as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): each distribution a
// resource with its absolute path, format and media type; an uploaded CSV a Tabular Data Resource with its inferred
// Table Schema and CSV dialect, so frictionless tools load it typed without guessing.
import { slugify } from '../../../core/tenancy/slug.js';
import { absolute } from './dcat.js';
import type { CatalogueEntry } from './entries.js';
import { LICENCES, type LicenceId } from './vocabularies.js';

/** The Data Package spec's pattern for package and resource names. */
export const NAME_PATTERN = /^[-a-z0-9._/]+$/;

export function dataPackage(base: string, e: CatalogueEntry) {
  const licence = LICENCES[e.licence as LicenceId] ?? LICENCES['cc-by-4.0'];
  const names = new Set<string>();
  const resourceName = (title: string, id: string) => {
    const name = slugify(title) || 'recurso';
    const unique = names.has(name) ? `${name}-${slugify(id)}` : name;
    names.add(unique);
    return unique;
  };
  return {
    profile: 'data-package', name: e.name, id: `${base}/datos/${e.name}`, title: e.title, description: e.description, homepage: absolute(base, e.landingPage),
    keywords: e.keywords, created: e.issued.toISOString(), ...(e.version === null ? {} : { version: `${e.version}.0.0` }),
    licenses: [{ name: e.licence, path: licence.url, title: licence.title }],
    contributors: [{ title: e.institution.name, role: 'publisher', path: `${base}/instituciones/${e.institution.slug}` }],
    ...(e.temporalStart || e.temporalEnd ? { temporal: { start: e.temporalStart, end: e.temporalEnd } } : {}),
    ...(e.spatial ? { spatial: e.spatial } : {}),
    resources: e.distributions.map((d) => ({
      name: resourceName(d.title, d.id), path: absolute(base, d.url), title: d.title, format: d.format.toLowerCase(), mediatype: d.mediaType,
      ...(d.byteSize === null ? {} : { bytes: d.byteSize }), ...(d.sha256 === null ? {} : { hash: `sha256:${d.sha256}` }),
      ...(d.table
        ? { profile: 'tabular-data-resource', encoding: d.table.dialect.encoding, dialect: { delimiter: d.table.dialect.delimiter, header: true }, schema: d.table.schema }
        : { profile: 'data-resource' }),
    })),
  };
}
