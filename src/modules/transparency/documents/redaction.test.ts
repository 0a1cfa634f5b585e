// The redaction rules on hand-made cases with known answers (what must go, and what must stay: amounts, folios,
// companies' RUTs, offices), and their invariants on generated texts (fast-check): matches sorted, disjoint, exact;
// a redacted RUN never survives; a text without personal data is left as it was.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDv, formatRun } from '../../../core/identity/run.js';
import { applyRedactions, findRedactions, mergeRedactions, redactText, segmentText } from './redaction.js';

const kinds = (text: string, names: string[] = []) => findRedactions(text, { names }).map((m) => [m.kind, m.text]);

describe('RUNs', () => {
  it('are found dotted, plain and with K, only with a valid check digit', () => {
    expect(kinds('RUN 12.345.678-5, 12345678-5 y 15.678.432-K o 15678432-k.')).toEqual([
      ['run', '12.345.678-5'], ['run', '12345678-5'], ['run', '15.678.432-K'], ['run', '15678432-k']]);
    expect(kinds('1.234.567-4 y 9876543-3')).toEqual([['run', '1.234.567-4'], ['run', '9876543-3']]);
    expect(kinds('RUN 12.345.678-9 mal escrito')).toEqual([]);
  });

  it('leave amounts, folios, dates, codes and companies\' RUTs alone', () => {
    for (const text of ['Monto: $12.345.678', 'total $12.345.678-5', '12.345.678', 'Folio 2026-000042', 'Resolución exenta 1234567-2026',
      'ID 2024-12345678-5', 'código AB12345678-5', 'Proveedor RUT 76.543.210-3', 'el 2026-03-02', 'cuenta 0012345678']) {
      expect(findRedactions(text), text).toEqual([]);
    }
  });
});

describe('emails and phones', () => {
  it('finds emails, with accents and subdomains, not a bare @handle', () => {
    expect(kinds('Escribir a josé.pérez+ley@correo.municipio.cl o a @temuco.')).toEqual([['email', 'josé.pérez+ley@correo.municipio.cl']]);
  });

  it('finds Chilean numbers with +56 and written mobiles, not amounts or bare figures', () => {
    expect(kinds('Fono +56 9 8765 4321, +56987654321, (+56) 2 2345 6789, +56 45 212 3456 o 9 1234 5678.')).toEqual([
      ['phone', '+56 9 8765 4321'], ['phone', '+56987654321'], ['phone', '(+56) 2 2345 6789'], ['phone', '+56 45 212 3456'], ['phone', '9 1234 5678']]);
    expect(findRedactions('Total 987654321 pesos; $9.123.456.789; año 2026 9 1234')).toEqual([]);
  });
});

describe('names', () => {
  it('matches the given names whole-word, ignoring case and accents both ways', () => {
    expect(kinds('JOSE PEREZ, José  Pérez y jose perez; Josefina Pérez no.', ['José Pérez'])).toEqual([
      ['name', 'JOSE PEREZ'], ['name', 'José  Pérez'], ['name', 'jose perez']]);
    expect(kinds('MUÑOZ y Munoz', ['Muñoz'])).toEqual([['name', 'MUÑOZ'], ['name', 'Munoz']]);
    expect(kinds('Perezoso', ['Pérez'])).toEqual([]);
  });

  it('finds the list order "Apellidos, Nombre", and maps decomposed accents back to the original text', () => {
    expect(kinds('PÉREZ SOTO, JOSÉ pidió', ['José Pérez Soto'])).toEqual([['name', 'PÉREZ SOTO, JOSÉ']]);
    const decomposed = 'Sra. Jose\u0301 Pe\u0301rez'.normalize('NFD');
    const [m] = findRedactions(`Carta de ${decomposed}.`, { names: ['José Pérez'] });
    expect(m!.text).toBe('Jose\u0301 Pe\u0301rez'.normalize('NFD'));
  });

  it('applies the honorific rule to capitalised words, not to offices or lower-case words', () => {
    expect(kinds('Atendió la Sra. María de la Luz Ríos; don Pedro Alarcón firmó; Doña Rosa asistió.')).toEqual([
      ['name', 'María de la Luz Ríos'], ['name', 'Pedro Alarcón'], ['name', 'Rosa']]);
    expect(kinds('Señor\nMatías Quilapán\nPresente; la señora Ana Paz; Señorita Inés')).toEqual([['name', 'Matías Quilapán'], ['name', 'Ana Paz'], ['name', 'Inés']]);
    expect(findRedactions('El Sr. Alcalde, Señor Concejal y la Sra. Directora; el don de la palabra; Sr. X; Donoso Pérez; Señores Vecinos')).toEqual([]);
  });

  it('ignores names too short to be names, and empty lists', () => {
    expect(findRedactions('Ana y Al', { names: ['Al', ' ', ''] })).toEqual([]);
    expect(kinds('Ana y Al', ['Ana'])).toEqual([['name', 'Ana']]);
  });
});

describe('overlaps and replacement', () => {
  it('merges overlapping matches into one, keeping the first kind', () => {
    expect(mergeRedactions([{ start: 5, end: 9, kind: 'name' }, { start: 0, end: 6, kind: 'email' }, { start: 9, end: 12, kind: 'run' }]))
      .toEqual([{ start: 0, end: 9, kind: 'email' }, { start: 9, end: 12, kind: 'run' }]);
    // The name is inside the email: one email placeholder, not two.
    expect(redactText('a pedro.alarcon@muni.cl', ['Alarcón']).text).toBe('a [correo tarjado]');
  });

  it('writes one visible placeholder per piece and counts the kinds', () => {
    const r = redactText('Sr. Juan Soto (12.345.678-5, juan@x.cl, +56 9 1111 2222) pide copia; Juan Soto reitera.', ['Juan Soto']);
    expect(r.text).toBe('Sr. [nombre tarjado] ([RUN tarjado], [correo tarjado], [teléfono tarjado]) pide copia; [nombre tarjado] reitera.');
    expect(r.counts).toEqual({ name: 2, run: 1, email: 1, phone: 1 });
    expect(segmentText('ab', [{ start: 1, end: 2, kind: 'name', text: 'b' }])).toEqual(['a', { start: 1, end: 2, kind: 'name', text: 'b' }]);
  });
});

describe('invariants', () => {
  const run = fc.integer({ min: 1_000_000, max: 49_999_999 }).map((n) => formatRun({ numero: n, dv: computeDv(n) }));
  const word = fc.constantFrom('solicito', 'copia', 'del', 'contrato', '$12.345.678', 'folio', '2026-000042', 'Temuco', 'monto', '—', 'año', '\n');
  const piece = fc.oneof(word, run, fc.constant('jperez@gmail.com'), fc.constant('+56 9 8765 4321'), fc.constant('José Pérez'), fc.string({ maxLength: 8 }));
  const text = fc.array(piece, { maxLength: 30 }).map((ws) => ws.join(' '));

  it('gives sorted, disjoint matches whose text is the slice they cover', () => {
    fc.assert(fc.property(text, (t) => {
      const ms = findRedactions(t, { names: ['José Pérez'] });
      ms.forEach((m, i) => {
        expect(m.start).toBeLessThan(m.end);
        expect(t.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      });
    }));
  });

  it('never lets a valid RUN, the email or the name through', () => {
    fc.assert(fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), text, (runs, t) => {
      const out = redactText(`${t} ${runs.join(' y ')} ${t}`, ['José Pérez']).text;
      for (const r of runs) expect(out).not.toContain(r);
      expect(out).not.toContain('jperez@gmail.com');
      expect(out.toLowerCase()).not.toContain('josé pérez');
    }));
  });

  it('leaves a text without personal data unchanged', () => {
    const clean = fc.array(fc.constantFrom('copia', 'del', 'contrato', '$12.345.678', 'folio', '2026-000042', 'monto', '1.234'), { maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(fc.property(clean, (t) => { expect(applyRedactions(t, findRedactions(t))).toBe(t); }));
  });
});
