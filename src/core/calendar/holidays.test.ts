import { describe, expect, it } from 'vitest';
import { holidayCorrections } from './corrections.js';
import { listHolidays } from './holidays.js';
import { isBusinessDay } from './business-days.js';

// The national feriados by law, one row per day (date, why). Sources: Ley 2.977 (Año Nuevo, Viernes and Sábado Santo,
// 21 May, 15 Aug, 18–19 Sep, 1 Nov, 8 Dec, 25 Dec), Ley 19.973 art. 2 (1 May, a feriado since a 1931 decree),
// Ley 20.148 (16 Jul), Ley 21.357 (Pueblos Indígenas: the winter solstice day), Ley 19.668 (29 Jun and 12 Oct move to
// a Monday when on Tue–Fri), Ley 20.299 (31 Oct, moved to a Friday when on Tue/Wed), Código del Trabajo art. 35 ter /
// Ley 20.215 (20 Sep when a Friday), Ley 18.700 art. 169 and Ley 20.640 (election and primary days).
const expected: Record<number, [string, string][]> = {
  2024: [
    ['01-01', 'Año Nuevo'], ['03-29', 'Viernes Santo'], ['03-30', 'Sábado Santo'], ['05-01', 'Trabajo'],
    ['05-21', 'Glorias Navales'], ['06-09', 'primarias (Ley 20.640)'], ['06-20', 'Pueblos Indígenas (solstice)'],
    ['06-29', 'San Pedro y San Pablo: a Saturday, stays'], ['07-16', 'Virgen del Carmen'], ['08-15', 'Asunción'],
    ['09-18', 'Independencia'], ['09-19', 'Glorias del Ejército'], ['09-20', 'Friday: Ley 20.215'],
    ['10-12', 'a Saturday, stays'], ['10-27', 'elecciones (Ley 21.693: Sunday only)'], ['10-31', 'a Thursday, stays'],
    ['11-01', 'Todos los Santos'], ['12-08', 'Inmaculada Concepción'], ['12-25', 'Navidad'],
  ],
  2025: [
    ['01-01', 'Año Nuevo'], ['04-18', 'Viernes Santo'], ['04-19', 'Sábado Santo'], ['05-01', 'Trabajo'],
    ['05-21', 'Glorias Navales'], ['06-20', 'Pueblos Indígenas (solstice)'],
    ['06-29', 'San Pedro y San Pablo (a Sunday) and primarias'], ['07-16', 'Virgen del Carmen'], ['08-15', 'Asunción'],
    ['09-18', 'Independencia'], ['09-19', 'Glorias del Ejército'], ['10-12', 'a Sunday, stays'],
    ['10-31', 'a Friday, stays'], ['11-01', 'Todos los Santos'], ['11-16', 'elecciones'], ['12-08', 'Inmaculada'],
    ['12-14', 'segunda vuelta'], ['12-25', 'Navidad'],
  ],
  2026: [
    ['01-01', 'Año Nuevo'], ['04-03', 'Viernes Santo'], ['04-04', 'Sábado Santo'], ['05-01', 'Trabajo'],
    ['05-21', 'Glorias Navales'], ['06-21', 'Pueblos Indígenas (solstice, a Sunday)'],
    ['06-29', 'San Pedro y San Pablo: a Monday'], ['07-16', 'Virgen del Carmen'], ['08-15', 'Asunción'],
    ['09-18', 'Independencia'], ['09-19', 'Glorias del Ejército'], ['10-12', 'a Monday'], ['10-31', 'a Saturday'],
    ['11-01', 'Todos los Santos'], ['12-08', 'Inmaculada'], ['12-25', 'Navidad'],
  ],
};

describe('national holidays vs the law', () => {
  for (const [year, rows] of Object.entries(expected)) {
    it(`${year}: exactly the feriados of the law`, () => {
      expect(listHolidays(Number(year)).map((h) => h.date)).toEqual(rows.map(([md]) => `${year}-${md}`));
    });
  }

  it('has Sábado Santo, not Easter Sunday, and drops the 31 December bank holiday', () => {
    const names = listHolidays(2025).map((h) => h.name);
    expect(names).toContain('Sábado Santo');
    expect(names).not.toContain('Pascua');
    expect(isBusinessDay('2025-12-31')).toBe(true);
  });

  const datesOf = (year: number) => listHolidays(year).map((h) => h.date);

  it('moves 29 Jun and 12 Oct to a Monday (Ley 19.668) and 31 Oct to a Friday (Ley 20.299)', () => {
    // 2028: Thursdays go back to Monday; 31 Oct is a Tuesday, so the Friday before.
    expect(datesOf(2028)).toEqual(expect.arrayContaining(['2028-06-26', '2028-10-09', '2028-10-27']));
    expect(datesOf(2028)).not.toContain('2028-10-31');
    // 2029: Fridays go on to the next Monday; 31 Oct is a Wednesday, so the Friday after.
    expect(datesOf(2029)).toEqual(expect.arrayContaining(['2029-07-02', '2029-10-15', '2029-11-02']));
  });

  it('adds 17 Sep when a Monday (Ley 20.215) or when 18–19 fall on a weekend (Ley 20.983)', () => {
    expect(datesOf(2029)).toContain('2029-09-17');
    expect(datesOf(2027)).toContain('2027-09-17');
    expect(datesOf(2025)).not.toContain('2025-09-17');
  });
});

describe('the law of each national holiday', () => {
  it('names the law of every national feriado, as the provenance of a deadline shows it', () => {
    const laws = Object.fromEntries(listHolidays(2026).map((h) => [h.date.slice(5), h.law]));
    expect(laws).toMatchObject({
      '01-01': 'Ley 2.977', '04-03': 'Ley 2.977', '04-04': 'Ley 2.977', '05-01': 'Ley 19.973 art. 2', '06-21': 'Ley 21.357',
      '06-29': 'Ley 19.668', '07-16': 'Ley 20.148', '09-18': 'Ley 2.977', '10-12': 'Ley 19.668', '10-31': 'Ley 20.299',
    });
    expect(listHolidays(2024).find((h) => h.date === '2024-09-20')?.law).toBe('Ley 20.215');
    for (const year of [2024, 2025, 2026, 2027, 2028, 2029]) for (const h of listHolidays(year)) expect(h.law, h.date).toBeTruthy();
  });
});

describe('regional and communal holidays', () => {
  it('7 June is a feriado in Arica y Parinacota only (Ley 20.663), by region or comuna code', () => {
    expect(isBusinessDay('2024-06-07', { territory: '15' })).toBe(false);
    expect(isBusinessDay('2024-06-07', { territory: '15101' })).toBe(false);
    expect(isBusinessDay('2024-06-07', { territory: '01' })).toBe(true);
    expect(isBusinessDay('2024-06-07')).toBe(true);
  });

  it('20 August is a feriado in Chillán and Chillán Viejo only (Ley 20.768), not in the rest of Ñuble', () => {
    expect(isBusinessDay('2025-08-20', { territory: '16101' })).toBe(false);
    expect(isBusinessDay('2025-08-20', { territory: '16103' })).toBe(false);
    expect(isBusinessDay('2025-08-20', { territory: '16102' })).toBe(true);
    expect(isBusinessDay('2025-08-20', { territory: '16' })).toBe(true);
  });

  it('one-off regional feriados: Ley 21.609 (2023) and Ley 21.704 (Magallanes and the province of Chiloé, 2024)', () => {
    expect(isBusinessDay('2023-09-08', { territory: '02' })).toBe(false);
    expect(isBusinessDay('2023-09-20', { territory: '04101' })).toBe(false);
    expect(isBusinessDay('2023-09-20', { territory: '02' })).toBe(true);
    const has21Sep = (territory: string) => listHolidays(2024, { territory }).some((h) => h.date === '2024-09-21');
    expect([has21Sep('12'), has21Sep('12101'), has21Sep('10201'), has21Sep('10101'), has21Sep('10')])
      .toEqual([true, true, true, false, false]);
  });

  it('the 2024 regional run-off is a feriado only where it was held', () => {
    const has = (territory: string) => listHolidays(2024, { territory }).some((h) => h.date === '2024-11-24');
    expect([has('13'), has('05109'), has('12'), has('16101')]).toEqual([true, true, false, false]);
  });

  it('every row of the corrections table shows up, with its law, in a territory it covers', () => {
    for (const c of holidayCorrections) {
      const date = 'date' in c ? c.date : `${c.since}-${c.annual}`;
      const territory = c.territories?.[0];
      const found = listHolidays(Number(date.slice(0, 4)), territory ? { territory } : {})
        .find((h) => h.date === date);
      expect(found, `${date} ${c.name}`).toBeDefined();
      // A day already in the library keeps the library's name and law (2025-06-29: San Pedro y San Pablo, Ley 19.668);
      // otherwise the correction names the day.
      if (found!.name === c.name) expect(found).toEqual({ date, name: c.name, law: c.law });
      else expect(found).toEqual({ date, name: 'San Pedro y San Pablo', law: 'Ley 19.668' });
    }
  });
});

describe('calendar options', () => {
  it('adds extra holidays declared after this release', () => {
    const extraHolidays = [{ date: '2026-12-07', name: 'Feriado de prueba', law: 'Ley 99.999' }];
    expect(isBusinessDay('2026-12-07')).toBe(true);
    expect(isBusinessDay('2026-12-07', { extraHolidays })).toBe(false);
    expect(listHolidays(2026, { extraHolidays }).find((h) => h.date === '2026-12-07')?.law).toBe('Ley 99.999');
  });

  it('rejects a territory that is not a CUT code and an extra holiday that is not a date', () => {
    expect(() => isBusinessDay('2025-01-02', { territory: 'Arica' })).toThrow(RangeError);
    expect(() => isBusinessDay('2025-01-02', { territory: '1510' })).toThrow(RangeError);
    expect(() => isBusinessDay('2025-01-02', { extraHolidays: [{ date: '2025-02-30', name: 'x' }] })).toThrow(RangeError);
  });
});
