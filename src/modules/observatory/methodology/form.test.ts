import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/index.js';
import { DEFAULT_METHOD } from '../index/method.js';
import { PILLARS } from '../pillars.js';
import { PreviewForm, PublishForm, formValuesOf, isSubmitted, readMethodForm } from './form.js';

const t = translator('es-CL');
const base = formValuesOf(DEFAULT_METHOD, 2023);

describe('the preview form', () => {
  it('starts from the current method, every weight written out', () => {
    expect(base).toMatchObject({ anio: '2023', normalizacion: 'minmax', agregacion: 'arithmetic', faltantes: 'available', 'pilar.capacities': '1', 'indicador.platforms.pisee': '1' });
    expect(Object.keys(base)).toHaveLength(4 + PILLARS.length + 18);
  });

  it('reads a changed choice into a full method, keeping what the form does not carry', () => {
    const form = readMethodForm(PreviewForm, { ...base, normalizacion: 'zscore', 'pilar.capacities': '2,5', lang: 'en' }, DEFAULT_METHOD, t);
    expect(form.ok).toBe(true);
    if (!form.ok) return;
    expect(form.value.year).toBe(2023);
    expect(form.value.spec).toMatchObject({ normalisation: 'zscore', groups: DEFAULT_METHOD.groups, sensitivity: DEFAULT_METHOD.sensitivity });
    expect(form.value.spec.pillarWeights.capacities).toBe(2.5);
    expect(form.value.spec.indicatorWeights['platforms.pisee']).toBe(1);
  });

  it('refuses out-of-range weights, unknown choices and all pillars at zero, keeping the values typed', () => {
    const bad = readMethodForm(PreviewForm, { ...base, 'pilar.platforms': '-1', 'indicador.platforms.pisee': 'mucho', agregacion: 'harmonic' }, DEFAULT_METHOD, t);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.errors).sort()).toEqual(['agregacion', 'indicador.platforms.pisee', 'pilar.platforms']);
    expect(bad.values['indicador.platforms.pisee']).toBe('mucho');
    const zeros = readMethodForm(PreviewForm, { ...base, ...Object.fromEntries(PILLARS.map((p) => [`pilar.${p}`, '0'])) }, DEFAULT_METHOD, t);
    expect(zeros.ok ? null : zeros.errors).toEqual({ 'pilar.platforms': 'Al menos un pilar debe pesar más que 0.' });
  });

  it('a missing weight is an error on that field, not a silent 1', () => {
    const { 'pilar.transparency': _, ...rest } = base;
    const form = readMethodForm(PreviewForm, rest, DEFAULT_METHOD, t);
    expect(form.ok ? null : form.errors).toEqual({ 'pilar.transparency': 'Complete este campo.' });
  });

  it('publishing also needs a note', () => {
    const form = readMethodForm(PublishForm, { ...base, nota: 'corta' }, DEFAULT_METHOD, t);
    expect(form.ok ? null : Object.keys(form.errors)).toEqual(['nota']);
    const ok = readMethodForm(PublishForm, { ...base, nota: 'Más peso a las capacidades, según el consejo asesor.' }, DEFAULT_METHOD, t);
    expect(ok.ok && ok.value.note).toBe('Más peso a las capacidades, según el consejo asesor.');
  });

  it('tells a submitted preview from a first visit', () => {
    expect(isSubmitted({ anio: '2023' })).toBe(false);
    expect(isSubmitted(base)).toBe(true);
  });
});
