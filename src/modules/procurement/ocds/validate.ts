// Validating OCDS 1.1 release and record packages: the JSON Schema (draft-04, releases against the patched schema with
// Cabildo's extensions) and the extra checks of validate-checks.ts, as one list of problems with a severity, a code, a
// JSON pointer and a message in Spanish (default) or English. Used by `cabildo ocds validate` and by export tests.
import type { ErrorObject } from 'ajv';
import { loadOcdsSchemas } from './schemas.js';
import { checkRecords, checkReleases, type Finding, type Severity } from './validate-checks.js';

export { OcdsSchemaError, defaultSchemaDir, loadOcdsSchemas } from './schemas.js';
export { OCID_PREFIX, CODELIST_FIELDS } from './validate-checks.js';

export type Lang = 'es' | 'en';
export interface Problem { severity: Severity; code: string; path: string; message: string; params: Record<string, string | number> }
export interface ValidationReport {
  kind: 'release-package' | 'record-package' | 'unknown';
  releases: number;
  records: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}
export interface ValidateOptions {
  schemaDir?: string;
  lang?: Lang;
  /** Check releases against the core release schema only (default: the patched schema with the extensions). */
  coreOnly?: boolean;
}

type Params = Record<string, string | number>;
const MESSAGES: Record<string, { es: (p: Params) => string; en: (p: Params) => string }> = {
  not_a_package: {
    es: () => 'no es un paquete OCDS: se espera un objeto con "releases" (paquete de entregas) o "records" (paquete de registros)',
    en: () => 'not an OCDS package: expected an object with "releases" (release package) or "records" (record package)',
  },
  ocid_prefix: {
    es: (p) => `el ocid "${p.ocid}" no empieza con un prefijo registrado de la forma ocds-xxxxxx- (seis letras minúsculas o dígitos)`,
    en: (p) => `ocid "${p.ocid}" does not start with a registered prefix of the form ocds-xxxxxx- (six lowercase letters or digits)`,
  },
  duplicate_release_id: {
    es: (p) => `id de entrega "${p.id}" repetido en el mismo ocid (primera vez en ${p.first})`,
    en: (p) => `release id "${p.id}" repeated for the same ocid (first at ${p.first})`,
  },
  duplicate_release_date: {
    es: (p) => `dos entregas del mismo ocid tienen la misma fecha ${p.date} (la otra en ${p.other}); las fechas deben ser estrictamente crecientes`,
    en: (p) => `two releases of the same ocid share the date ${p.date} (the other at ${p.other}); dates must be strictly increasing`,
  },
  duplicate_record_ocid: {
    es: (p) => `segundo registro para el ocid "${p.ocid}" (el primero en ${p.first}); un paquete lleva un registro por proceso`,
    en: (p) => `second record for ocid "${p.ocid}" (the first at ${p.first}); a package holds one record per process`,
  },
  release_date_order: {
    es: (p) => `entrega fuera de orden: su fecha ${p.date} es anterior a la de una entrega previa del mismo ocid (${p.previous})`,
    en: (p) => `release out of order: its date ${p.date} is before an earlier release of the same ocid (${p.previous})`,
  },
  contract_award_missing: {
    es: (p) => `el contrato apunta a la adjudicación "${p.awardID}", que no existe en las entregas del ocid ${p.ocid}`,
    en: (p) => `the contract's awardID "${p.awardID}" names no award in the releases of ocid ${p.ocid}`,
  },
  codelist_closed: {
    es: (p) => `"${p.value}" no es un código de la lista cerrada ${p.codelist}`,
    en: (p) => `"${p.value}" is not a code of the closed codelist ${p.codelist}`,
  },
  codelist_open: {
    es: (p) => `"${p.value}" no está en la lista abierta ${p.codelist} (se admite, pero revise si es un error de tipeo)`,
    en: (p) => `"${p.value}" is not in the open codelist ${p.codelist} (allowed, but check for a typo)`,
  },
  rut_invalid: {
    es: (p) => `"${p.id}" no es un RUT válido (esquema CL-RUT): forma o dígito verificador incorrecto`,
    en: (p) => `"${p.id}" is not a valid RUT (scheme CL-RUT): wrong shape or check digit`,
  },
  rut_unchecked: {
    es: (p) => `"${p.id}" (esquema CL-RUT) no trae dígito verificador válido; si es el número sin dígito, agréguelo`,
    en: (p) => `"${p.id}" (scheme CL-RUT) has no valid check digit; if it is the bare number, add the check digit`,
  },
};

/** ajv's messages are English; the usual keywords get a Spanish wording, the rest keep ajv's text. */
function schemaMessage(e: ErrorObject, lang: Lang): string {
  const p = e.params as Record<string, unknown>;
  if (lang === 'en') return e.keyword === 'required' ? `required field "${String(p.missingProperty)}" is missing` : `${e.message ?? e.keyword}`;
  switch (e.keyword) {
    case 'required': return `falta el campo obligatorio "${String(p.missingProperty)}"`;
    case 'type': return `tipo incorrecto: se espera ${String(p.type)}`;
    case 'enum': return `valor no permitido; se espera uno de: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'format': return `formato incorrecto: se espera ${String(p.format)}`;
    case 'pattern': return `no coincide con el patrón ${String(p.pattern)}`;
    case 'minItems': return `se esperan al menos ${String(p.limit)} elementos`;
    case 'minLength': return `se esperan al menos ${String(p.limit)} caracteres`;
    case 'minimum': return `debe ser ${String(p.comparison)} ${String(p.limit)}`;
    case 'uniqueItems': return `elementos repetidos (posiciones ${String(p.j)} y ${String(p.i)})`;
    case 'oneOf': case 'anyOf': return 'no coincide con ninguna de las formas permitidas';
    case 'additionalProperties': return `campo no permitido "${String(p.additionalProperty)}"`;
    default: return `${e.message ?? e.keyword} (${e.keyword})`;
  }
}

function schemaProblems(errors: ErrorObject[] | null | undefined, lang: Lang): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors ?? []) {
    const p = e.params as Record<string, unknown>;
    // A missing field is reported at the field itself, so the pointer says exactly what to add.
    const path = e.keyword === 'required' ? `${e.instancePath}/${String(p.missingProperty)}` : e.instancePath;
    const key = `${path}\u0000${e.keyword}\u0000${JSON.stringify(p)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ severity: 'error', code: `schema_${e.keyword}`, path, message: schemaMessage(e, lang), params: { keyword: e.keyword, schemaPath: e.schemaPath } });
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a parsed release package or record package; never throws on bad data (a missing schema folder does). */
export function validatePackage(data: unknown, opts: ValidateOptions = {}): ValidationReport {
  const lang = opts.lang ?? 'es';
  const schemas = loadOcdsSchemas(opts.schemaDir);
  const word = (f: Finding): Problem => ({ ...f, message: MESSAGES[f.code][lang](f.params) });
  let kind: ValidationReport['kind'] = 'unknown';
  let problems: Problem[];
  let releases = 0;
  let records = 0;
  if (isObj(data) && Array.isArray(data.releases)) {
    kind = 'release-package';
    releases = data.releases.length;
    const validate = opts.coreOnly ? schemas.coreReleasePackage : schemas.releasePackage;
    validate(data);
    const extra = checkReleases(data.releases, '/releases', schemas.codelists).map(word);
    problems = [...dropCovered(schemaProblems(validate.errors, lang), extra), ...extra];
  } else if (isObj(data) && Array.isArray(data.records)) {
    kind = 'record-package';
    records = data.records.length;
    const validate = opts.coreOnly ? schemas.coreRecordPackage : schemas.recordPackage;
    validate(data);
    const extra = checkRecords(data.records, schemas.codelists).map(word);
    problems = [...dropCovered(schemaProblems(validate.errors, lang), extra), ...extra];
  } else {
    problems = [word({ severity: 'error', code: 'not_a_package', path: '', params: {} })];
  }
  problems.sort((a, b) => comparePointers(a.path, b.path));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { kind, releases, records, errors, warnings: problems.length - errors, problems };
}

/** A closed codelist's `enum` error says less than the codelist check at the same place: keep only the latter. */
function dropCovered(schema: Problem[], extra: Problem[]): Problem[] {
  const codelistPaths = new Set(extra.filter((p) => p.code === 'codelist_closed').map((p) => p.path));
  return schema.filter((p) => !(p.code === 'schema_enum' && codelistPaths.has(p.path)));
}

/** Document order: array indexes compared as numbers, so /releases/10 comes after /releases/9. */
function comparePointers(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = /^\d+$/.test(pa[i]) ? Number(pa[i]) : NaN;
    const nb = /^\d+$/.test(pb[i]) ? Number(pb[i]) : NaN;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}
