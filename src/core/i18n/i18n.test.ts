import { describe, expect, it } from 'vitest';
import { catalogues, negotiateLocale, translator } from './index.js';

describe('catalogues', () => {
  it('es-CL and en define exactly the same keys, none empty', () => {
    const es = Object.keys(catalogues['es-CL']).sort();
    expect(Object.keys(catalogues.en).sort()).toEqual(es);
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogues['es-CL'])) {
      expect(names(catalogues.en[key as keyof typeof catalogues.en]), key).toEqual(names(text));
    }
  });
});

describe('negotiateLocale', () => {
  it('prefers ?lang, then the cookie, then Accept-Language, defaulting to es-CL', () => {
    expect(negotiateLocale('en', 'es-CL', 'es')).toBe('en');
    expect(negotiateLocale('es', 'en', undefined)).toBe('es-CL');
    expect(negotiateLocale(undefined, 'en', 'es-CL')).toBe('en');
    expect(negotiateLocale(undefined, undefined, 'en-GB,en;q=0.9')).toBe('en');
    expect(negotiateLocale(undefined, undefined, 'fr-FR')).toBe('es-CL');
    expect(negotiateLocale('klingon', 'bogus', undefined)).toBe('es-CL');
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('en')('error.rateLimited', { minutes: 5 })).toBe('Too many attempts. Wait 5 minutes and try again.');
  });
});
