// Validates an HTML form body against a TypeBox schema and turns failures into per-field messages in the reader's
// language, so the page can re-render with an error summary and the values kept (DESIGN.md convention 8).
// Unknown fields are a malformed request (400), not something to show next to a field.
import { Kind, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import type { Translate } from '../i18n/index.js';
import { badRequest } from './errors.js';
import { CSRF_FIELD } from './csrf.js';

/** A pragmatic email shape (one @, a dot in the domain, no spaces); the confirmation email is the real check. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

export type FormResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

export function parseForm<S extends TObject>(schema: S, body: unknown, t: Translate): FormResult<Static<S>> {
  const raw = { ...(body && typeof body === 'object' ? body as Record<string, unknown> : {}) };
  delete raw[CSRF_FIELD];
  for (const field of Object.keys(raw)) {
    if (!(field in schema.properties)) throw badRequest('validation.unknownField', { field });
  }
  // Browsers send empty inputs as "": treat them as absent, so optional fields stay optional.
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const value = typeof v === 'string' ? v.trim() : v;
    if (value !== '') input[k] = isArraySchema(schema.properties[k]) && !Array.isArray(value) ? [value] : value;
  }
  const converted = Value.Convert(schema, input);
  const errors: Record<string, string> = {};
  for (const e of Value.Errors(schema, converted)) {
    const field = e.path.split('/')[1] ?? '';
    if (!field || errors[field]) continue;
    errors[field] = messageFor(e.type, e.schema, e.value, t);
  }
  if (Object.keys(errors).length === 0) return { ok: true, value: converted as Static<S> };
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  return { ok: false, errors, values };
}

const isArraySchema = (s: TSchema | undefined) => s?.[Kind] === 'Array';

function messageFor(type: ValueErrorType, schema: TSchema, value: unknown, t: Translate): string {
  if (value === undefined) return t('validation.required');
  if (type === ValueErrorType.StringMinLength) return t('validation.tooShort', { min: schema.minLength as number });
  if (type === ValueErrorType.StringMaxLength) return t('validation.tooLong', { max: schema.maxLength as number });
  if (type === ValueErrorType.StringPattern && schema.pattern === EMAIL_PATTERN) return t('validation.email');
  return t('validation.invalid');
}
