// National gasto totals without double counting (data/budget SOURCES.md). Partida 50, Tesoro Público, pays the other
// partidas their aporte fiscal under subtítulos 27 (Aporte Fiscal Libre) and 28 (Aporte Fiscal para Servicio de la
// Deuda); each receiving partida then spends that money under its own gasto subtítulos. Counting both counts the same
// pesos twice (2017 Ley: 33.5 trillion pesos under 27 alone), so a national gasto total leaves out subtítulos 27 and 28
// of partida 50. The receiving side's ingreso 09 Aporte Fiscal mirrors the transfer; ingreso totals are not adjusted.
// The rule applies to national budgets (DIPRES); one institution's own budget holds no such transfers.
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../core/db/client.js';
import type { BudgetFact, ClassificationCode } from './import/types.js';
import { budgetFacts } from './schema.js';
import { toBigint } from './queries.js';

export const TESORO_PUBLICO_PARTIDA = '50';
export const APORTE_FISCAL_SUBTITULOS = ['27', '28'];

export function isAporteFiscalTransfer(code: Pick<ClassificationCode, 'partida' | 'subtitulo'>): boolean {
  return code.partida === TESORO_PUBLICO_PARTIDA && APORTE_FISCAL_SUBTITULOS.includes(code.subtitulo);
}

type Measure = 'inicial' | 'vigente' | 'ejecutado';

/** The national gasto total of one measure over parsed facts, in pesos. */
export function nationalGastoTotal(facts: readonly BudgetFact[], measure: Measure): bigint {
  let total = 0n;
  for (const f of facts) {
    if (f.tipo === 'gasto' && f.moneda === 'CLP' && !isAporteFiscalTransfer(f)) total += f[measure] ?? 0n;
  }
  return total;
}

/** The same total over a stored dataset, in SQL. */
export async function nationalGastoTotalOf(db: DbOrTx, datasetId: number, measure: Measure): Promise<bigint> {
  const column = budgetFacts[measure];
  const [row] = await queryRows<{ total: string | null }>(db, sql`
    select coalesce(sum(${column}), 0)::text as total from ${budgetFacts}
    where ${and(eq(budgetFacts.datasetId, datasetId), eq(budgetFacts.tipo, 'gasto'), eq(budgetFacts.moneda, 'CLP'),
      not(and(eq(budgetFacts.partida, TESORO_PUBLICO_PARTIDA), inArray(budgetFacts.subtitulo, APORTE_FISCAL_SUBTITULOS))!))}`);
  return toBigint(row.total) ?? 0n;
}
