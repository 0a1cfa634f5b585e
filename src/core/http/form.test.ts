import { describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { translator } from '../i18n/index.js';
import { EMAIL_PATTERN, parseForm } from './form.js';
import { HttpError } from './errors.js';

const t = translator('en');
const Schema = Type.Object({
  email: Type.String({ pattern: EMAIL_PATTERN }),
  name: Type.String({ minLength: 2, maxLength: 10 }),
  note: Type.Optional(Type.String()),
  tags: Type.Optional(Type.Array(Type.Union([Type.Literal('a'), Type.Literal('b')]))),
});

describe('parseForm', () => {
  it('accepts a valid form, trimming values and dropping the CSRF field', () => {
    const r = parseForm(Schema, { _csrf: 'x', email: ' ana@example.cl ', name: 'Ana', note: '', tags: 'a' }, t);
    expect(r).toEqual({ ok: true, value: { email: 'ana@example.cl', name: 'Ana', tags: ['a'] } });
  });

  it('gives one message per field in the reader\'s language and keeps the values', () => {
    const r = parseForm(Schema, { email: 'not-an-email', name: 'A' }, t);
    expect(r).toEqual({
      ok: false,
      errors: { email: 'Enter a valid email address, like name@example.cl.', name: 'Must be at least 2 characters.' },
      values: { email: 'not-an-email', name: 'A' },
    });
    const missing = parseForm(Schema, { name: '' }, translator('es-CL'));
    expect(missing.ok === false && missing.errors).toEqual({ email: 'Complete este campo.', name: 'Complete este campo.' });
  });

  it('rejects unknown fields as a malformed request', () => {
    expect(() => parseForm(Schema, { email: 'a@b.cl', name: 'Ana', isAdmin: 'yes' }, t)).toThrow(HttpError);
  });

  it('rejects values outside an enumeration', () => {
    const r = parseForm(Schema, { email: 'a@b.cl', name: 'Ana', tags: ['a', 'z'] }, t);
    expect(r.ok === false && r.errors.tags).toBe('Invalid value.');
  });
});
