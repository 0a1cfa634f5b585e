// The controlled vocabularies a dataset's metadata is drawn from, so harvesters (data.europa.eu, datos.gob.cl's CKAN)
// read the same codes everywhere: the EU Publications Office's data-theme, frequency and file-type authority tables
// (DCAT-AP 2/3 mandates data-theme for dcat:theme and recommends frequency for dct:accrualPeriodicity), and a short
// list of open licences (Open Definition conformant; CC BY 4.0 by default, as the Chilean open-data norm recommends).
export const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** The 13 DCAT-AP data themes; labels live in the catalogue of strings (transparency.catalogue.theme.<code>). */
export const THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'] as const;
export type Theme = (typeof THEMES)[number];
export const themeUri = (code: string) => `${EU_AUTHORITY}/data-theme/${code}`;

/** EU frequency codes officials choose from (the table has more; these cover municipal publishing). */
export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL', 'IRREG', 'NEVER', 'UNKNOWN'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencyUri = (code: string) => `${EU_AUTHORITY}/frequency/${code}`;

export const LICENCES = {
  'cc-by-4.0': { title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-sa-4.0': { title: 'Creative Commons Attribution-ShareAlike 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'cc-zero': { title: 'Creative Commons CCZero 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'odc-by': { title: 'Open Data Commons Attribution License 1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
  'odc-odbl': { title: 'Open Data Commons Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
} as const;
export type LicenceId = keyof typeof LICENCES;
export const LICENCE_IDS = Object.keys(LICENCES) as LicenceId[];
export const DEFAULT_LICENCE: LicenceId = 'cc-by-4.0';

/** Distribution formats: the EU file-type code (also CKAN's `format`) and the media type (IANA). */
export const FORMATS = {
  CSV: 'text/csv', JSON: 'application/json', XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ODS: 'application/vnd.oasis.opendocument.spreadsheet', PDF: 'application/pdf', ZIP: 'application/zip', GEOJSON: 'application/geo+json',
  XML: 'application/xml', HTML: 'text/html',
} as const;
export type Format = keyof typeof FORMATS;
export const FORMAT_CODES = Object.keys(FORMATS) as Format[];
export const formatUri = (code: string) => `${EU_AUTHORITY}/file-type/${code}`;
