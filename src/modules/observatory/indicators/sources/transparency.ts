// Transparency (Ley 20.285), from the transparency module's own statistics (findYearFigures), per municipality and
// year of filing: the on-time answer rate (answered within the deadline in force, 20 business days or 30 once
// extended, art. 14, over the requests answered plus those overdue without an answer: a request left unanswered past
// its deadline is late too), the median business days to answer, and the datasets in the open-data catalogue at 31
// December. Activity is a request filed that year or a dataset in the catalogue.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../../core/db/client.js';
import { findYearFigures, listRequestYears } from '../../../transparency/index.js';
import { percent, yearBounds, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'transparency';

async function countDatasets(db: DbOrTx, year: number): Promise<Map<number, number>> {
  const { to } = yearBounds(year);
  const rows = await queryRows<{ institutionId: number; n: number }>(db, sql`
    select institution_id as "institutionId", count(*)::int as n from transparency_datasets
    where created_at < ${to}::timestamptz and (withdrawn_at is null or withdrawn_at >= ${to}::timestamptz) group by 1`);
  return new Map(rows.map((r) => [Number(r.institutionId), Number(r.n)]));
}

export const transparencySource: IndicatorSource = {
  module: MODULE,
  years: async (db, ctx) => {
    const [row] = await queryRows<{ first: number | null }>(db, sql`select min(extract(year from created_at at time zone 'America/Santiago'))::int as first from transparency_datasets`);
    const requestYears = await listRequestYears(db, null, ctx.today);
    const last = Number(ctx.today.slice(0, 4));
    const first = Math.min(row?.first ?? last, ...requestYears);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  },
  compute: async (db, year, ctx) => {
    const figures = await findYearFigures(db, { year, institutionIds: [...ctx.municipalities.keys()], today: ctx.today });
    const datasets = await countDatasets(db, year);
    const out: ComputedValue[] = [];
    const active = new Set([...figures.map((f) => f.institutionId), ...datasets.keys()]);
    for (const institutionId of active) {
      const cut = ctx.municipalities.get(institutionId);
      if (!cut) continue;
      const f = figures.find((x) => x.institutionId === institutionId);
      const value = (indicator: string, v: number, figures: Record<string, unknown>) =>
        out.push({ cut, year, indicator, value: v, provenance: { module: MODULE, ...figures } });
      const due = f ? f.answered + f.overdue : 0;
      if (f && due > 0) {
        value('transparency.on_time_rate', percent(f.answeredOnTime, due), {
          definition: 'requests filed in the year answered on time / (answered + overdue without answer), Ley 20.285 art. 14',
          numerator: f.answeredOnTime, denominator: due, received: f.received, answered: f.answered, overdue: f.overdue, asOf: ctx.today,
        });
      }
      if (f && f.medianBusinessDays !== null) {
        value('transparency.median_answer_days', f.medianBusinessDays, {
          definition: 'median business days from receipt to answer of the requests filed in the year', answered: f.answered,
        });
      }
      value('transparency.datasets', datasets.get(institutionId) ?? 0, {
        definition: 'datasets in the open-data catalogue at 31 December (withdrawn ones left out)', requestsFiled: f?.received ?? 0,
      });
    }
    return out;
  },
};
