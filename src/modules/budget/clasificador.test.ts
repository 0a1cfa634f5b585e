import { describe, expect, it } from 'vitest';
import { classifierChildren, classifierEntry } from './clasificador.js';

describe('clasificador presupuestario', () => {
  it('names and describes subtítulos, ítems and asignaciones, whatever the padding', () => {
    expect(classifierEntry('22')?.name).toBe('Bienes y servicios de consumo');
    expect(classifierEntry('29', '07')?.name).toBe('Programas Informáticos');
    expect(classifierEntry('22', '11', '003')).toEqual(classifierEntry('22', '11', '3'));
    expect(classifierEntry('22', '11', '003')?.description.length).toBeGreaterThan(20);
    expect(classifierEntry('21')).toBeUndefined();
    expect(classifierEntry('')).toBeUndefined();
    expect(classifierChildren('29', '07')).toEqual(['001 Programas Computacionales', '002 Sistemas de Información']);
  });
});
