// Budgets for tests and benchmarks, written against the importers' contract (import/types.ts): small hand-made ones,
// and transaction-level execution generated at any scale (syntheticPayments).
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

/**
 * A small deterministic PRNG (mulberry32): the same seed gives the same budget on every run and machine, so a
 * benchmark or a test can be repeated and a failure reproduced.
 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
const normal = (rand: () => number) => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The gasto side of the clasificador as [subtítulo, ítems, asignaciones per ítem, median payment in pesos]: wide where
 * the real one is (22 bienes y servicios, 24 transferencias), with the technology codes (29.06, 29.07, 22.11.003 …).
 */
const CLASSIFIER: [string, number, number, number][] = [
  ['21', 4, 6, 900_000], ['22', 12, 10, 250_000], ['23', 3, 3, 400_000], ['24', 3, 20, 5_000_000],
  ['29', 7, 2, 1_500_000], ['31', 2, 5, 30_000_000], ['33', 3, 5, 20_000_000], ['34', 7, 2, 10_000_000],
];

/** December and the last quarter execute more, as budgets do (the year-end rush); cumulative shares by month. */
const MONTH_SHARE = [5, 6, 7, 8, 8, 8, 8, 8, 9, 10, 11, 12];
const MONTH_CUMULATIVE = MONTH_SHARE.map((_, i) => MONTH_SHARE.slice(0, i + 1).reduce((a, b) => a + b, 0) / 100);

interface Leaf extends ClassificationCode {
  moneda: BudgetFact['moneda'];
  /** Of a payment of its subtítulo, in pesos. */
  median: number;
  /** Its share of the payments, log-normal; then how many it gets (spread). */
  weight: number;
  payments: number;
}

export interface SyntheticPaymentsOptions {
  /** Partidas (ministries), each with 1–12 capítulos (services) of 1–3 programs; default 26, as the national budget. */
  partidas?: number;
  seed?: number;
  year?: number;
}

/**
 * `count` facts of transaction-level execution shaped like Presupuesto Abierto's payments: partidas × capítulos ×
 * programs, each program paying under ~40 % of the clasificador's asignaciones; per asignación one yearly fact
 * (inicial, vigente) and many payments (ejecutado, with a month), how many skewed across codes (log-normal weights)
 * and each amount log-normal around its subtítulo's median, so a few codes and payments hold most of the money.
 * Partida 06 (Relaciones Exteriores) pays in dollars. The facts are generated as they are read and never held, so ten
 * million cost no memory; labels name every node, as a real file does.
 */
export function syntheticPayments(count: number, { partidas = 26, seed = 1, year = 2024 }: SyntheticPaymentsOptions = {}) {
  const rand = random(seed);
  const leaves: Leaf[] = [];
  const labels: NodeLabel[] = [];
  for (let p = 1; p <= partidas; p++) {
    const partida = pad(p, 2);
    labels.push({ ...code(partida), label: `Partida ${partida}` });
    for (let c = 1, capitulos = 1 + Math.floor(rand() * 12); c <= capitulos; c++) {
      const capitulo = pad(c, 2);
      labels.push({ ...code(`${partida}.${capitulo}`), label: `Servicio ${partida}.${capitulo}` });
      for (let g = 1, programas = 1 + Math.floor(rand() * 3); g <= programas; g++) {
        const programa = `${partida}.${capitulo}.${pad(g, 2)}`;
        labels.push({ ...code(programa), label: `Programa ${programa}` });
        for (const [subtitulo, items, asignaciones, median] of CLASSIFIER) {
          labels.push({ ...code(`${programa}.${subtitulo}`), label: `Subtítulo ${subtitulo}` });
          for (let i = 1; i <= items; i++) {
            const item = `${programa}.${subtitulo}.${pad(i, 2)}`;
            labels.push({ ...code(item), label: `Ítem ${subtitulo}.${pad(i, 2)}` });
            for (let a = 1; a <= asignaciones; a++) {
              if (rand() >= 0.4) continue;
              const dotted = `${item}.${pad(a, 3)}`;
              labels.push({ ...code(dotted), label: `Asignación ${dotted.slice(programa.length + 1)}` });
              leaves.push({ ...code(dotted), moneda: partida === '06' ? 'USD' : 'CLP', median, weight: Math.exp(1.5 * normal(rand)), payments: 0 });
            }
          }
        }
      }
    }
  }
  spread(leaves, count - leaves.length);
  return {
    year, labels,
    facts: { length: count, [Symbol.iterator]: () => payments(leaves, seed) },
  };
}

/** Gives each leaf its whole number of payments by weight, `total` in all. */
function spread(leaves: Leaf[], total: number) {
  if (total < 0) throw new Error(`${leaves.length} asignaciones need at least as many facts: ask for more, or fewer partidas`);
  const weights = leaves.reduce((sum, l) => sum + l.weight, 0);
  let left = total;
  for (const leaf of leaves) {
    leaf.payments = Math.floor(total * (leaf.weight / weights));
    left -= leaf.payments;
  }
  for (let i = 0; left > 0; i = (i + 1) % leaves.length, left--) leaves[i].payments += 1;
}

function* payments(leaves: Leaf[], seed: number): Generator<BudgetFact> {
  const rand = random(seed + 1);
  for (const leaf of leaves) {
    const { moneda, median, weight: _weight, payments: n, ...codes } = leaf;
    const base = { ...codes, tipo: 'gasto' as const, moneda, line: 0 };
    const planned = Math.round(median * Math.max(n, 1) * (0.8 + 0.6 * rand()));
    yield { ...base, mes: null, inicial: BigInt(planned), vigente: BigInt(Math.round(planned * (0.9 + 0.2 * rand()))), ejecutado: null };
    for (let k = 0; k < n; k++) {
      const u = rand();
      let mes = 1;
      while (MONTH_CUMULATIVE[mes - 1] < u) mes++;
      const amount = Math.min(Math.round(median * Math.exp(1.6 * normal(rand))), 500_000_000_000);
      yield { ...base, mes, inicial: null, vigente: null, ejecutado: BigInt(Math.max(amount, 1)) };
    }
  }
}
