import { describe, expect, it } from 'vitest';
import { institutionName, withInstitutionNames } from './institution-names.js';
import { fact, label } from '../synthetic.js';

describe('partida, capítulo and programa names', () => {
  it('takes the published 2017 spelling, BCN names for other years, and the nearest year before 2012', () => {
    expect(institutionName(2017, '07')).toBe('Ministerio de Economía, Fomento y Turismo');
    expect(institutionName(2017, '07', '01')).toBe('Subsecretaría de Economía y Empresas de Menor Tamaño');
    expect(institutionName(2013, '09')).toBe(institutionName(2012, '09'));
    expect(institutionName(2009, '09')).toBe(institutionName(2012, '09'));
    expect(institutionName(2017, '99')).toBeUndefined();
  });

  it('names every partida, capítulo and programa of the facts once, and never overrides the file', () => {
    const budget = withInstitutionNames({ year: 2017, facts: [fact('07.01.01.21', 1n), fact('07.01.01.22', 1n), fact('01.01.01.21', 1n)], labels: [label('01', 'Nombre del archivo')] }, 2017);
    const names = budget.labels.map((l) => [l.partida, l.capitulo, l.programa, l.label]);
    expect(names).toContainEqual(['01', '', '', 'Nombre del archivo']);
    expect(names.filter(([p, c, g]) => p === '07' && c === '' && g === '')).toEqual([['07', '', '', 'Ministerio de Economía, Fomento y Turismo']]);
    expect(names).toContainEqual(['07', '01', '01', 'Subsecretaria de Economía y Empresas de Menor Tamaño']);
    expect(names).toContainEqual(['01', '01', '', 'Presidencia de la República']);
    expect(budget.labels).toHaveLength(6);
  });
});
