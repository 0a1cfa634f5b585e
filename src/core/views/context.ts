// What every page component receives: the reader's language, who they are, and the CSRF token for its forms.
import type { Locale, MessageKey, Translate } from '../i18n/index.js';
import type { Actor } from '../policy.js';

/** A link a module adds to the signed-in person's menu, e.g. "Notificaciones (3 sin leer)" (module.ts accountLinks). */
export interface AccountLink {
  href: string;
  label: MessageKey;
  params?: Record<string, string | number>;
}

export interface Flash {
  kind: 'success' | 'info' | 'error';
  text: string;
}

export interface ViewContext {
  locale: Locale;
  t: Translate;
  actor: Actor | null;
  csrfToken: string;
  /** Path and query of the current request, for the language switch and "return to" links. */
  url: string;
  flash?: Flash;
  /** The modules' links for the signed-in person, filled when the page is rendered (empty when signed out). */
  accountLinks?: AccountLink[];
}
