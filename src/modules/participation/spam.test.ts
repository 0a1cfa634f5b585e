import { describe, expect, it } from 'vitest';
import { spamReasons } from './spam.js';

describe('spam heuristic', () => {
  it('lets an ordinary proposal through, accents, a link and a short capitalised name included', () => {
    expect(spamReasons('Luminarias en la Plaza ÑIELOL', 'Faltan luces en el sendero norte; ver https://temuco.cl/plano. ¡Gracias!')).toEqual([]);
  });

  it('names each rule that fires', () => {
    expect(spamReasons('Visite', 'http://a.cl http://b.cl www.c.cl')).toEqual(['links']);
    expect(spamReasons('Hola', 'aaaaaaaaaaaa')).toEqual(['repeatedCharacters']);
    expect(spamReasons('QUEREMOS UNA CICLOVÍA YA', 'EN TODA LA AVENIDA ALEMANIA AHORA MISMO')).toEqual(['allCaps']);
    expect(spamReasons('Oferta', 'Gane en el CASINO online')).toEqual(['bannedWords']);
    expect(spamReasons('Préstamo rápido', 'sin papeleos')).toEqual(['bannedWords']);
  });

  it('does not flag words that merely contain a banned one', () => {
    expect(spamReasons('Casinos de estudiantes', 'Mejorar el casinero del liceo')).toEqual([]);
  });
});
