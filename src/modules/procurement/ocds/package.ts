// The envelope of Cabildo's OCDS 1.1 packages: the extensions every release uses (each named by its extension.json, as
// OCDS 1.1 "Extensions" asks: the URLs of the open-contracting-extensions repositories the patched schema was built
// from, see data/ocds/SOURCES.md), the publisher, licence and publication policy. Releases are stored with
// the schema's fields only; the package says which extensions give their meaning.
import type { Config } from '../../../core/config.js';

const ext = (repo: string) => `https://raw.githubusercontent.com/open-contracting-extensions/${repo}/master/extension.json`;

/** lots, bids, techniques (framework agreements), awardCriteria, partyDetails_scale: in the patched schema's order. */
export const OCDS_EXTENSIONS = [
  ext('ocds_lots_extension'), ext('ocds_bid_extension'), ext('ocds_techniques_extension'), ext('ocds_awardCriteria_extension'),
  ext('ocds_partyDetails_scale_extension'),
] as const;

/** Open data under CC BY 4.0, as the open-data catalogue's datasets. */
export const OCDS_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export const OCDS_API = '/api/v1/procurement/ocds';
/** The page that explains the downloads: also the package's publication policy. */
export const OCDS_DATA_PAGE = '/compras/datos';

export type PackageMeta = { uri: string; version: '1.1'; extensions: string[]; publishedDate: string; publisher: { name: string; uri: string }; license: string; publicationPolicy: string };

/** The package metadata (everything but releases/records) for a package served at `path`. */
export function packageMeta(config: Config, path: string, publishedDate = new Date()): PackageMeta {
  return {
    uri: new URL(path, config.baseUrl).toString(), version: '1.1', extensions: [...OCDS_EXTENSIONS], publishedDate: publishedDate.toISOString(),
    publisher: { name: `Cabildo (${new URL(config.baseUrl).host})`, uri: config.baseUrl }, license: OCDS_LICENSE,
    publicationPolicy: new URL(OCDS_DATA_PAGE, config.baseUrl).toString(),
  };
}
