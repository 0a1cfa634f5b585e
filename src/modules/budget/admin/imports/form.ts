// The upload form: the format (the formats with an importer, as the CLI offers), the year, an optional cube name and
// the file or files. The files are only checked for presence and number here; their content is the job's to parse
// (runner.ts), so every problem of a rejected file is shown on the job page with its line.
import { Type } from '@sinclair/typebox';
import { parseForm } from '../../../../core/http/form.js';
import type { Translate } from '../../../../core/i18n/index.js';
import { uploadedFiles } from '../../../../core/identity/eligibility/upload.js';
import { isCubeName } from '../../commands/import-dataset.js';
import { IMPORTERS } from '../../import/importers.js';
import type { ImportFile } from '../../import/dipres-ejecucion.js';
import type { BudgetFormat } from '../../schema.js';

/** 50 MB in all: the whole 2017 execution report (338 files) is 2.5 MB, a Ley 0.5 MB, a municipality's year far less. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The execution report is one file per program and currency: 338 in April 2017. */
export const MAX_IMPORT_FILES = 1000;

export const IMPORT_FORMATS = Object.keys(IMPORTERS) as BudgetFormat[];

export const ImportForm = Type.Object({
  format: Type.Union(IMPORT_FORMATS.map((f) => Type.Literal(f))),
  // The Ley de Presupuestos files start in 2009; the bounds only catch typos, as the CLI's --year.
  year: Type.Integer({ minimum: 1990, maximum: 2100 }),
  cube: Type.Optional(Type.String({ maxLength: 100 })),
});

export interface ImportRequest {
  format: BudgetFormat;
  year: number;
  cube: string | null;
  /** In name order, as a folder gives them to the CLI: the same files give the same checksum and problems. */
  files: ImportFile[];
}

export type ImportFormResult =
  | { ok: true; value: ImportRequest }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** A browser sends the file's name; some old ones sent its path, which is nobody's business. */
const baseName = (name: string) => name.split(/[\\/]/).pop() || name;

export function readImportForm(body: unknown, t: Translate): ImportFormResult {
  const { file, ...fields } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const form = parseForm(ImportForm, fields, t);
  const values = Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
  const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
  const cube = form.ok ? form.value.cube ?? null : null;
  if (cube !== null && !isCubeName(cube)) errors.cube = t('budget.admin.import.cubeInvalid');

  const files = uploadedFiles(file).map((f) => ({ name: baseName(f.filename), bytes: f.bytes })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const importer = form.ok ? IMPORTERS[form.value.format] : undefined;
  if (files.length === 0 || files.some((f) => f.bytes.length === 0)) errors.file = t('budget.admin.import.fileRequired');
  else if (importer && !importer.manyFiles && files.length > 1) errors.file = t('budget.admin.import.oneFile');

  if (!form.ok || Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { format: form.value.format, year: form.value.year, cube, files } };
}
