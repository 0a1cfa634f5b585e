// What every page component receives: the reader's language, who they are, and the CSRF token for its forms.
import type { Locale, Translate } from '../i18n/index.js';
import type { Actor } from '../policy.js';

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
}
