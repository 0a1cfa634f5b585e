// Labels of the vocabularies' codes in the reader's language (a code the catalogue does not know is shown as is).
import type { MessageKey, Translate } from '../../../../core/i18n/index.js';
import { FORMAT_CODES, FREQUENCIES, LICENCES, LICENCE_IDS, THEMES, type LicenceId } from '../vocabularies.js';

const known = (t: Translate, key: string, fallback: string) => { const s = t(key as MessageKey); return s === key ? fallback : s; };
export const themeLabel = (t: Translate, code: string) => known(t, `transparency.catalogue.theme.${code}`, code);
export const frequencyLabel = (t: Translate, code: string) => known(t, `transparency.catalogue.frequency.${code}`, code);
export const moduleLabel = (t: Translate, source: string) => known(t, `transparency.catalogue.module.${source}`, source);
export const licenceTitle = (id: string) => LICENCES[id as LicenceId]?.title ?? id;

export const themeOptions = (t: Translate) => THEMES.map((c) => ({ value: c, label: themeLabel(t, c) }));
export const frequencyOptions = (t: Translate) => FREQUENCIES.map((c) => ({ value: c, label: frequencyLabel(t, c) }));
export const licenceOptions = () => LICENCE_IDS.map((id) => ({ value: id, label: LICENCES[id].title }));
export const formatOptions = () => FORMAT_CODES.map((c) => ({ value: c, label: c }));

/** 1234567 bytes → "1,2 MB" in the reader's locale. */
export function sizeLabel(locale: string, bytes: number | null) {
  if (bytes === null) return '';
  const [n, unit] = bytes < 1024 ? [bytes, 'B'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
}
