// The CKAN Action API's shapes (https://docs.ckan.org/en/2.10/api/), so national catalogues built on CKAN (datos.gob.cl)
// harvest this one with the stock CKAN harvester: the { help, success, result } envelope, CKAN's field names and its
// errors (success:false with error.__type; 404 for a missing package, 409 for a query it cannot run).
import type { Translate, MessageKey } from '../../../core/i18n/index.js';
import { absolute } from './dcat.js';
import type { CatalogueEntry } from './entries.js';
import { CATALOGUE_SOURCE } from './sources.js';
import { LICENCES, themeUri, frequencyUri, type LicenceId } from './vocabularies.js';
import type { CatalogueFilter } from './queries.js';

export const helpUrl = (base: string, action: string) => `${base}/api/3/action/help_show?name=${action}`;
export const ckanOk = (base: string, action: string, result: unknown) => ({ help: helpUrl(base, action), success: true, result });
export const ckanError = (base: string, action: string, type: string, message: string) =>
  ({ help: helpUrl(base, action), success: false, error: { __type: type, message } });

/** CKAN writes timestamps in UTC without a zone designator. */
const ckanTime = (d: Date) => d.toISOString().replace('Z', '');

export function ckanPackage(base: string, e: CatalogueEntry, t: Translate) {
  const licence = LICENCES[e.licence as LicenceId] ?? LICENCES['cc-by-4.0'];
  const themeTitle = t(`transparency.catalogue.theme.${e.theme}` as MessageKey);
  const extras: Array<[string, string | null]> = [
    ['theme', themeUri(e.theme)], ['frequency', frequencyUri(e.frequency)], ['temporal_start', e.temporalStart], ['temporal_end', e.temporalEnd],
    ['spatial_code', e.spatial?.code ?? null], ['spatial_name', e.spatial?.name ?? null], ['source_module', e.source === CATALOGUE_SOURCE ? null : e.source],
    ['dcat_uri', `${base}/datos/${e.name}.jsonld`],
  ];
  return {
    id: e.name, name: e.name, title: e.title, notes: e.description, type: 'dataset', state: 'active', private: false,
    url: absolute(base, e.landingPage), license_id: e.licence, license_title: licence.title, license_url: licence.url,
    metadata_created: ckanTime(e.issued), metadata_modified: ckanTime(e.modified), author: null, author_email: null, maintainer: e.institution.name, maintainer_email: null,
    owner_org: e.institution.slug,
    organization: { id: e.institution.slug, name: e.institution.slug, title: e.institution.name, type: 'organization', is_organization: true, state: 'active' },
    groups: [{ id: e.theme.toLowerCase(), name: e.theme.toLowerCase(), title: themeTitle, display_name: themeTitle }],
    tags: e.keywords.map((k) => ({ name: k, display_name: k, state: 'active', vocabulary_id: null })), num_tags: e.keywords.length,
    resources: e.distributions.map((d, position) => ({
      id: d.id, package_id: e.name, name: d.title, description: '', url: absolute(base, d.url), format: d.format, mimetype: d.mediaType,
      size: d.byteSize, hash: d.sha256 ? `sha256:${d.sha256}` : '', created: d.issued ? ckanTime(d.issued) : ckanTime(e.issued), position,
      url_type: d.fileName ? 'upload' : null, state: 'active',
    })),
    num_resources: e.distributions.length,
    extras: extras.filter(([, v]) => v !== null).map(([key, value]) => ({ key, value: value! })),
  };
}

export class CkanQueryError extends Error {}

/** A Solr date bound: '*' is open; CKAN's harvester sends ISO instants ("2024-05-01T10:00:00.000000Z"). */
function bound(value: string, clause: string): Date | undefined {
  if (value === '*') return undefined;
  const d = new Date(value.replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(d.getTime())) throw new CkanQueryError(clause);
  return d;
}

const CLAUSE = /\+?([a-z_]+):(\[[^\]]*\]|"[^"]*"|\S+)/g;

/**
 * CKAN's `fq` (a Solr filter) for the clauses harvesters send: organization:<slug>, groups:<theme>, res_format:<format>,
 * tags:<keyword> and metadata_modified:[<since> TO <until>] (ckanext-harvest's incremental harvest), joined by spaces
 * or AND; values may be quoted. Anything else is a query we cannot run (409), never silently ignored.
 */
export function parseFq(fq: string | undefined): Omit<CatalogueFilter, 'institutionId'> & { organization?: string } {
  const out: ReturnType<typeof parseFq> = {};
  if (!fq?.trim()) return out;
  const rest = fq.replace(CLAUSE, ' ').replace(/\bAND\b/g, ' ').trim();
  if (rest) throw new CkanQueryError(rest);
  for (const [clause, field, raw] of fq.matchAll(CLAUSE) as unknown as Array<[string, string, string]>) {
    const value = raw.replace(/^"|"$/g, '');
    if (field === 'organization' || field === 'owner_org') out.organization = value;
    else if (field === 'groups') out.theme = value.toUpperCase();
    else if (field === 'res_format') out.format = value.toUpperCase();
    else if (field === 'tags') out.q = [out.q, value].filter(Boolean).join(' ');
    else if (field === 'metadata_modified' && /^\[\S+ TO \S+\]$/.test(value)) {
      const [from, to] = value.slice(1, -1).split(' TO ') as [string, string];
      out.modifiedSince = bound(from, clause);
      out.modifiedUntil = bound(to, clause);
    } else throw new CkanQueryError(clause);
  }
  return out;
}
