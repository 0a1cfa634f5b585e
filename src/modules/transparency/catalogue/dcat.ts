// DCAT-AP (2.1 and 3.0 share these properties) as JSON-LD: the catalogue and each dataset, with the mandatory and
// recommended properties data.europa.eu and CKAN's DCAT harvester read: dct:title, dct:description, dct:publisher,
// dcat:distribution with dcat:accessURL, dcat:theme (EU data-theme), dct:accrualPeriodicity (EU frequency),
// dct:temporal, dct:spatial, dcat:contactPoint (the institution, never a person), dct:license per distribution.
// Large catalogues are paged as Hydra's PartialCollectionView, as the DCAT-AP harvesting guidelines describe.
import type { CatalogueEntry, EntryDistribution } from './entries.js';
import { CATALOGUE_SOURCE } from './sources.js';
import { LICENCES, formatUri, frequencyUri, themeUri, type LicenceId } from './vocabularies.js';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#', hydra: 'http://www.w3.org/ns/hydra/core#', locn: 'http://www.w3.org/ns/locn#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#', spdx: 'http://spdx.org/rdf/terms#',
};
const SPANISH = { '@id': 'http://publications.europa.eu/resource/authority/language/SPA' };

export const absolute = (base: string, url: string) => (/^https?:\/\//.test(url) ? url : `${base}${url}`);
const es = (value: string) => ({ '@value': value, '@language': 'es' });
const day = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const instant = (value: Date) => ({ '@value': value.toISOString(), '@type': 'xsd:dateTime' });
const licenceOf = (id: string) => LICENCES[id as LicenceId] ?? LICENCES['cc-by-4.0'];

export const publisherOf = (base: string, i: CatalogueEntry['institution']) =>
  ({ '@id': `${base}/instituciones/${i.slug}`, '@type': 'foaf:Organization', 'foaf:name': i.name });

function distribution(base: string, e: CatalogueEntry, d: EntryDistribution) {
  const url = { '@id': absolute(base, d.url) };
  return {
    '@id': `${base}/datos/${e.name}#${d.id}`, '@type': 'dcat:Distribution', 'dct:title': es(d.title),
    'dcat:accessURL': url, 'dcat:downloadURL': url, 'dct:format': { '@id': formatUri(d.format) },
    'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${d.mediaType}` }, 'dct:license': { '@id': licenceOf(e.licence).url },
    ...(d.byteSize === null ? {} : { 'dcat:byteSize': { '@value': String(d.byteSize), '@type': 'xsd:nonNegativeInteger' } }),
    ...(d.sha256 === null ? {} : { 'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': d.sha256 } }),
    ...(d.table ? { 'dct:conformsTo': { '@id': 'https://specs.frictionlessdata.io/table-schema/' } } : {}),
    ...(d.issued ? { 'dct:issued': instant(d.issued) } : {}),
  };
}

export function dcatDataset(base: string, e: CatalogueEntry) {
  const temporal = e.temporalStart || e.temporalEnd ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime',
    ...(e.temporalStart ? { 'dcat:startDate': day(e.temporalStart) } : {}), ...(e.temporalEnd ? { 'dcat:endDate': day(e.temporalEnd) } : {}) } } : {};
  return {
    '@id': `${base}/datos/${e.name}`, '@type': 'dcat:Dataset', 'dct:identifier': e.name, 'dct:title': es(e.title), 'dct:description': es(e.description),
    'dct:publisher': publisherOf(base, e.institution), 'dcat:theme': { '@id': themeUri(e.theme) }, 'dcat:keyword': e.keywords.map(es),
    'dct:accrualPeriodicity': { '@id': frequencyUri(e.frequency) }, ...temporal,
    ...(e.spatial ? { 'dct:spatial': { '@type': 'dct:Location', 'locn:geographicName': es(e.spatial.name), 'dct:identifier': e.spatial.code } } : {}),
    'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': e.institution.name, 'vcard:hasURL': { '@id': `${base}/instituciones/${e.institution.slug}` } },
    'dct:issued': instant(e.issued), 'dct:modified': instant(e.modified), 'dcat:landingPage': { '@id': absolute(base, e.landingPage) }, 'dct:language': SPANISH,
    ...(e.source === CATALOGUE_SOURCE ? {} : { 'dct:provenance': { '@type': 'dct:ProvenanceStatement', 'rdfs:label': `Cabildo module: ${e.source}` } }),
    'dcat:distribution': e.distributions.map((d) => distribution(base, e, d)),
  };
}

export const dcatDocument = (base: string, e: CatalogueEntry) => ({ '@context': DCAT_CONTEXT, ...dcatDataset(base, e) });

/** The catalogue's page `pageUrl` with its datasets; `next` is the following page's URL when there is one. */
export function dcatCatalog(base: string, page: { url: string; first: string; next: string | null; total: number }, entries: CatalogueEntry[]) {
  return {
    '@context': DCAT_CONTEXT, '@id': `${base}/catalogo.jsonld`, '@type': 'dcat:Catalog',
    'dct:title': es('Catálogo de datos abiertos'), 'dct:description': es('Datos publicados por las instituciones en Cabildo.'),
    'dct:publisher': { '@id': base, '@type': 'foaf:Organization', 'foaf:name': 'Cabildo' }, 'foaf:homepage': { '@id': `${base}/datos` }, 'dct:language': SPANISH,
    'dct:license': { '@id': LICENCES['cc-by-4.0'].url },
    'hydra:totalItems': page.total,
    'hydra:view': { '@id': absolute(base, page.url), '@type': 'hydra:PartialCollectionView', 'hydra:first': { '@id': absolute(base, page.first) },
      ...(page.next ? { 'hydra:next': { '@id': absolute(base, page.next) } } : {}) },
    'dcat:dataset': entries.map((e) => dcatDataset(base, e)),
  };
}
