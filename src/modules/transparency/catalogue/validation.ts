// The dataset and distribution forms (TypeBox: the page's and the API's validation from one source) and the checks
// that need more than one field or the reference data, which throw InvalidField before anything is written.
import { Type } from '@sinclair/typebox';
import { InvalidField } from '../../../core/http/errors.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { placeName } from './sources.js';
import { FORMAT_CODES, FREQUENCIES, LICENCE_IDS, THEMES } from './vocabularies.js';

/** A 422 about one field: the page shows it next to that field, the API as its message. */
export { InvalidField };

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const DatasetFields = {
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 10, maxLength: 5000 }),
  theme: literals(THEMES),
  keywords: Type.Optional(Type.String({ maxLength: 500, description: 'Comma-separated' })),
  licence: Type.Optional(literals(LICENCE_IDS)),
  frequency: literals(FREQUENCIES),
  temporalStart: Type.Optional(Day),
  temporalEnd: Type.Optional(Day),
  spatialCode: Type.Optional(Type.String({ pattern: '^(\\d{2}|\\d{5})$', description: 'CUT code of a comuna (5 digits) or region (2)' })),
};
export const DatasetForm = Type.Object(DatasetFields);
export const LinkForm = Type.Object({
  linkTitle: Type.String({ minLength: 2, maxLength: 200 }), linkFormat: literals(FORMAT_CODES), url: Type.String({ maxLength: 2000, pattern: '^https?://' }),
});
export const FileForm = Type.Object({ fileTitle: Type.String({ minLength: 2, maxLength: 200 }), format: Type.Optional(literals(FORMAT_CODES)) });

export interface DatasetInput {
  title: string; description: string; theme: string; keywords?: string; licence?: string; frequency: string;
  temporalStart?: string; temporalEnd?: string; spatialCode?: string;
}

/** "luminarias, alumbrado público,  LED" → ['luminarias', 'alumbrado público', 'led']: trimmed, lower-case, unique, at most 20. */
export const keywordsOf = (raw: string | undefined) =>
  [...new Set((raw ?? '').split(',').map((k) => k.trim().toLowerCase()).filter((k) => k.length > 0 && k.length <= 60))].slice(0, 20);

const isDay = (value: string | undefined) => { try { if (value !== undefined) toDayNumber(value); return true; } catch { return false; } };

/** The problems a schema cannot see (real dates in order, a known CUT code), all of them, so a form shows them at once. */
export function datasetProblems(input: Partial<Record<keyof DatasetInput, string>>): Array<[string, MessageKey]> {
  const problems: Array<[string, MessageKey]> = [];
  for (const field of ['temporalStart', 'temporalEnd'] as const) if (input[field] && !isDay(input[field])) problems.push([field, 'transparency.catalogue.error.date']);
  if (problems.length === 0 && input.temporalStart && input.temporalEnd && input.temporalStart > input.temporalEnd) {
    problems.push(['temporalEnd', 'transparency.catalogue.error.temporalOrder']);
  }
  if (input.spatialCode && /^(\d{2}|\d{5})$/.test(input.spatialCode) && !placeName(input.spatialCode)) problems.push(['spatialCode', 'transparency.catalogue.error.spatial']);
  return problems;
}

/** Throws InvalidField on the first problem, before anything is written. */
export function checkDataset(input: DatasetInput) {
  const [problem] = datasetProblems(input);
  if (problem) throw new InvalidField(...problem);
}
