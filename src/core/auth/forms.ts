// The account forms, each one TypeBox schema read by parseForm (http/form.ts): per-field messages on the
// re-rendered page, unknown fields a 400 (DESIGN.md convention 8).
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { EMAIL_PATTERN, parseForm, type FormResult } from '../http/form.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords.js';

export const NAME_MAX = 100;
/** RFC 5321 limits a forward path to 254 characters. */
const Email = Type.String({ pattern: EMAIL_PATTERN, maxLength: 254 });
const NewPassword = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });
const Name = Type.String({ minLength: 1, maxLength: NAME_MAX });

export const RegisterForm = Type.Object({ name: Name, email: Email, password: NewPassword, passwordConfirm: Type.String() });
export const SignInForm = Type.Object({
  email: Email,
  password: Type.String({ maxLength: PASSWORD_MAX }),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const ResetRequestForm = Type.Object({ email: Email });
export const NewPasswordForm = Type.Object({ password: NewPassword, passwordConfirm: Type.String() });
export const ApiTokenForm = Type.Object({ name: Name });
/** The token of an email link; any string up to a bound, so a mangled link gets the "link not valid" page. */
export const EmailTokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

/** parseForm, plus the one check a schema cannot say: the password was typed the same twice. */
export function parsePasswordForm<S extends typeof RegisterForm | typeof NewPasswordForm>(schema: S, body: unknown, t: Translate): FormResult<Static<S>> {
  const form = parseForm(schema, body, t);
  if (!form.ok || form.value.password === form.value.passwordConfirm) return form;
  return { ok: false, errors: { passwordConfirm: t('auth.passwordMismatch') }, values: form.value as Record<string, string> };
}

/** A problem with one value, as a message key and its parameters (translated by the caller). */
export type Rule = (value: string) => [MessageKey, Record<string, string | number>?] | null;

/** A field schema of these forms as a single-value check, for callers without a form (the CLI's options). */
function fieldRule(schema: TSchema): Rule {
  const Single = Type.Object({ value: schema });
  return (value) => {
    let problem: ReturnType<Rule> = null;
    parseForm(Single, { value }, (key, params) => {
      problem ??= [key, params];
      return key;
    });
    return problem;
  };
}
export const required = fieldRule(Type.String());
export const length = (minLength: number, maxLength: number) => fieldRule(Type.String({ minLength, maxLength }));
export const email = fieldRule(Email);
export const newPassword = [fieldRule(NewPassword)];

/**
 * Where to go after signing in: a path on this site only. "//host" and "/\host" are read by browsers as another
 * host, so they (and anything with a backslash, whitespace or control character) fall back: no open redirect.
 */
export function safeNext(next: string | undefined, fallback = '/'): string {
  return next && /^\/(?!\/)[^\\\s\x00-\x1f\x7f]*$/.test(next) ? next : fallback;
}
