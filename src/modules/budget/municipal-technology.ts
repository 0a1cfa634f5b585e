// The technology lens of the municipalities' execution, for the observatory's digital-spending pillar (read through
// this module's index.ts): per municipality and year, the executed gasto its technology rules flag
// (technology.ts) and the executed gasto under the national rule (nationalGastoTotalOf, which leaves out only the
// Tesoro Público's transfers and so changes nothing for a municipality). Only execution datasets that hold the whole
// budget count (not the procurement payments cube), and the largest if an institution has several.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../core/db/client.js';
import { nationalGastoTotalOf } from './national-totals.js';

export interface MunicipalTechnology { institutionId: number; cube: string; technology: bigint; gasto: bigint }

/** Years with a municipality's execution dataset, ascending. */
export async function listMunicipalExecutionYears(db: DbOrTx): Promise<number[]> {
  return (await queryRows<{ year: number }>(db, sql`
    select distinct d.year from budget_datasets d join institutions i on i.id = d.institution_id
    where i.kind = 'municipality' and d.kind = 'ejecucion' order by 1`)).map((r) => Number(r.year));
}

export async function listMunicipalTechnology(db: DbOrTx, year: number): Promise<MunicipalTechnology[]> {
  const datasets = await queryRows<{ id: number; cube: string; institutionId: number; technology: string | null }>(db, sql`
    select d.id, d.cube, d.institution_id as "institutionId",
      (select coalesce(sum(f.ejecutado), 0)::text from budget_facts f where f.dataset_id = d.id and f.tipo = 'gasto' and f.moneda = 'CLP' and f.tecnologia) as technology
    from budget_datasets d join institutions i on i.id = d.institution_id
    where i.kind = 'municipality' and d.kind = 'ejecucion' and d.format <> 'cabildo-procurement' and d.year = ${year}
    order by d.id`);
  const best = new Map<number, MunicipalTechnology>();
  for (const d of datasets) {
    const gasto = await nationalGastoTotalOf(db, Number(d.id), 'ejecutado');
    const seen = best.get(Number(d.institutionId));
    if (!seen || gasto > seen.gasto) best.set(Number(d.institutionId), { institutionId: Number(d.institutionId), cube: d.cube, technology: BigInt(d.technology ?? '0'), gasto });
  }
  return [...best.values()];
}
