// The ClaveÚnica client settings of an institution, as its admin enters them on the web page or with
// `cabildo institution claveunica`: one schema and one set of URL rules for both.
import { Type, type Static } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../http/form.js';
import type { MessageKey, Translate } from '../../i18n/index.js';

export const ClaveUnicaSettingsForm = Type.Object({
  issuer: Type.String({ maxLength: 500 }),
  clientId: Type.String({ maxLength: 200 }),
  /** Write-only: blank keeps the stored secret, which is never shown back. */
  clientSecret: Type.Optional(Type.String({ maxLength: 500 })),
  redirectUri: Type.String({ maxLength: 500 }),
  logoutUri: Type.String({ maxLength: 500 }),
});
export type ClaveUnicaSettings = Static<typeof ClaveUnicaSettingsForm>;

const URL_FIELDS = ['issuer', 'redirectUri', 'logoutUri'] as const;

export interface SettingsRules {
  production: boolean;
  /** Whether a secret is stored already; the first configuration needs one. */
  hasSecret: boolean;
}

/**
 * https only in production: the authorization code and the tokens travel to and from these addresses. Elsewhere http
 * is allowed, for a provider stand-in on the machine (test-support/claveunica-provider.ts). No fragment (OAuth 2.0,
 * RFC 6749 §3.1.2, forbids one in a redirect URI; an OpenID issuer has none) and no user:password@ part.
 */
function urlProblem(value: string, production: boolean): MessageKey | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'identity.claveunica.urlInvalid';
  }
  if (url.protocol === 'http:' && production) return 'identity.claveunica.httpsRequired';
  if (!['https:', 'http:'].includes(url.protocol) || url.hash || url.username || url.password) return 'identity.claveunica.urlInvalid';
  return null;
}

export function parseClaveUnicaSettings(body: unknown, t: Translate, rules: SettingsRules): FormResult<ClaveUnicaSettings> {
  const form = parseForm(ClaveUnicaSettingsForm, body, t);
  const typed: Record<string, unknown> = form.ok ? form.value : form.values;
  const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
  for (const field of URL_FIELDS) {
    const value = typed[field];
    const problem = !errors[field] && typeof value === 'string' && value ? urlProblem(value, rules.production) : null;
    if (problem) errors[field] = t(problem);
  }
  if (!rules.hasSecret && !typed.clientSecret && !errors.clientSecret) errors.clientSecret = t('identity.claveunica.secretRequired');
  if (form.ok && Object.keys(errors).length === 0) return form;
  const values = Object.fromEntries(Object.entries(typed).filter(([field, v]) => field !== 'clientSecret' && typeof v === 'string')) as Record<string, string>;
  return { ok: false, errors, values };
}
