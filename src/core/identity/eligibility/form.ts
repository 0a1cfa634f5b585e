// The eligibility list upload: the list's name and a CSV file, read whole (eligibility-csv.ts) before anything is
// written, so a file with any bad row changes nothing and every bad row is listed with its line.
import { Type } from '@sinclair/typebox';
import { parseForm } from '../../http/form.js';
import type { Translate } from '../../i18n/index.js';
import { parseEligibilityCsv, type EligibilityEntryInput } from '../eligibility-csv.js';
import { describeCsvProblem } from '../problems.js';
import { isUploadedFile } from './upload.js';

/** 20 MB: a padrón of a large comuna (some 600,000 people) saved as CSV, with room to spare. */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;

export const UploadForm = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) });

export type UploadResult =
  | { ok: true; value: { name: string; entries: EligibilityEntryInput[] } }
  | { ok: false; errors: Record<string, string>; values: Record<string, string>; problems: string[] };

export function readUpload(body: unknown, t: Translate, csv: { comunas: ReadonlySet<string>; runKey: Buffer }): UploadResult {
  const { file, ...fields } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const form = parseForm(UploadForm, fields, t);
  const values = { name: typeof fields.name === 'string' ? fields.name : '' };
  const hasFile = isUploadedFile(file) && file.bytes.length > 0;
  if (!form.ok || !hasFile) {
    const errors = { ...(form.ok ? {} : form.errors), ...(hasFile ? {} : { file: t('identity.eligibility.fileRequired') }) };
    return { ok: false, errors, values, problems: [] };
  }
  const parsed = parseEligibilityCsv(file.bytes, csv);
  if (!parsed.ok) {
    const errors = { file: t('identity.eligibility.fileHasProblems', { count: parsed.errors.length }) };
    return { ok: false, errors, values, problems: parsed.errors.map((p) => describeCsvProblem(t, p)) };
  }
  return { ok: true, value: { name: form.value.name, entries: parsed.entries } };
}
