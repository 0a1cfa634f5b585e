// Hand-made budgets for tests and the import benchmark, written against the importers' contract (import/types.ts).
import type { BudgetFact, ClassificationCode, NodeLabel, ParsedBudget } from './import/types.js';

/** "partida[.capítulo[.programa[.subtítulo[.ítem[.asignación]]]]]", e.g. "07", "50.01.05.27" or "07.01.01.29.06". */
export function code(dotted: string): ClassificationCode {
  const [partida, capitulo = '', programa = '', subtitulo = '', item = '', asignacion = ''] = dotted.split('.');
  return { partida, capitulo, programa, subtitulo, item, asignacion };
}

/** A fact of the Ley (yearly, pesos) unless `extra` says otherwise; tipo follows the subtítulo (01–15 ingresos). */
export function fact(dotted: string, inicial: bigint | null, extra: Partial<BudgetFact> = {}): BudgetFact {
  const c = code(dotted);
  return { ...c, tipo: Number(c.subtitulo) <= 15 ? 'ingreso' : 'gasto', moneda: 'CLP', mes: null, inicial, vigente: null, ejecutado: null, line: 0, ...extra };
}

export const label = (dotted: string, name: string): NodeLabel => ({ ...code(dotted), label: name });

/** `count` execution facts spread over partidas, programs, subtítulos and months, with amounts up to 10^12 pesos. */
export function syntheticBudget(count: number): ParsedBudget {
  const subtitulos = ['05', '09', '21', '22', '24', '29', '31'];
  const facts: BudgetFact[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const dotted = `${pad(1 + (i % 29), 2)}.${pad(1 + (i % 7), 2)}.${pad(1 + (i % 5), 2)}.${subtitulos[i % 7]}.${pad(1 + (i % 11), 2)}.${pad(1 + (i % 13), 3)}`;
    const amount = BigInt(i) * 7_919_777n % 1_000_000_000_000n;
    facts[i] = fact(dotted, amount, { mes: 1 + (i % 12), vigente: amount + 1000n, ejecutado: amount / 2n, line: i + 2 });
  }
  return { year: 2017, facts, labels: [label('01', 'PRESIDENCIA DE LA REPÚBLICA')] };
}

/**
 * Tesoro Público pays a ministry 100 of aporte fiscal libre and 10 for its debt; the ministry spends 80 + 30:
 * a national gasto total of 5 + 80 + 30 + 1000 (the hypothetical 27 outside partida 50 counts).
 */
export const tinyNationalBudget = (): ParsedBudget => ({ year: 2017, labels: [], facts: [
  fact('50.01.05.27', 100n),
  fact('50.01.04.28', 10n),
  fact('50.01.03.24.01.001', 5n), // Tesoro's own spending (a subsidy) still counts
  fact('07.01.01.09', 110n), // the ministry's ingreso: aporte fiscal received
  fact('07.01.01.21', 80n),
  fact('07.01.01.29.06', 30n),
  fact('07.01.01.27', 1000n), // hypothetical: 27 outside partida 50 is not the Tesoro's transfer
  fact('07.01.01.22', 7n, { moneda: 'USD' }),
] });
