import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { email, length, newPassword, NewPasswordForm, parsePasswordForm, RegisterForm, required, safeNext } from './forms.js';

const t = translator('en');

describe('safeNext', () => {
  it.each([
    ['/cuenta', '/cuenta'],
    ['/instituciones?q=temuco#x', '/instituciones?q=temuco#x'],
    [undefined, '/'],
    ['', '/'],
    ['cuenta', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/a\r\nSet-Cookie: x=1', '/'],
    ['/a b', '/'],
  ])('%j -> %j', (next, expected) => expect(safeNext(next)).toBe(expected));
});

describe('parsePasswordForm', () => {
  it('refuses passwords typed differently, on the confirmation field', () => {
    const r = parsePasswordForm(NewPasswordForm, { password: 'una frase larga', passwordConfirm: 'una frase larg' }, t);
    expect(r).toMatchObject({ ok: false, errors: { passwordConfirm: 'The passwords do not match.' } });
  });

  it('reports schema problems before comparing', () => {
    const r = parsePasswordForm(RegisterForm, { name: 'Ana', email: 'ana@example.cl', password: 'short', passwordConfirm: 'other' }, t);
    expect(r).toMatchObject({ ok: false, errors: { password: 'Must be at least 10 characters.' } });
  });

  it('accepts matching passwords', () => {
    expect(parsePasswordForm(NewPasswordForm, { password: 'una frase larga', passwordConfirm: 'una frase larga' }, t))
      .toEqual({ ok: true, value: { password: 'una frase larga', passwordConfirm: 'una frase larga' } });
  });
});

describe('single-value rules (the CLI checks its options with them)', () => {
  it('give the same message keys as the forms', () => {
    expect(email('ana@example')).toEqual(['validation.email', undefined]);
    expect(email('ana@example.cl')).toBeNull();
    expect(required('  ')).toEqual(['validation.required', undefined]);
    expect(length(1, 3)('abcd')).toEqual(['validation.tooLong', { max: 3 }]);
    expect(newPassword[0]('corta')).toEqual(['validation.tooShort', { min: 10 }]);
    expect(newPassword[0]('una frase larga')).toBeNull();
  });
});
