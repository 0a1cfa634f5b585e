// The statistics as the open-data catalogue lists them (AppModule.datasets, wired in the module's index.ts): one
// dataset per institution with requests, its CSV (every year, one row each) and JSON. The figures move as requests are
// answered and as the days pass (what is overdue today), hence a daily frequency.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ModuleDataset } from '../../../core/module.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { transparencyRequests as r } from '../requests/schema.js';
import { statisticsPath } from './views/parts.js';

export async function listStatisticsDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  const rows = await db.select({
    institutionId: r.institutionId, slug: institutions.slug, name: institutions.name,
    first: sql<string>`min(${r.filedAt})`, last: sql<string>`max(${r.updatedAt})`,
  }).from(r).innerJoin(institutions, eq(institutions.id, r.institutionId)).groupBy(r.institutionId, institutions.slug, institutions.name);
  return rows.map((row): ModuleDataset => {
    const first = new Date(row.first);
    const page = statisticsPath(row.slug);
    return {
      key: `estadisticas-solicitudes-${row.slug}`, institutionId: row.institutionId,
      title: `Estadísticas de solicitudes de acceso a la información — ${row.name}`,
      description: `Solicitudes de acceso a la información (Ley 20.285) presentadas a ${row.name}, por año de presentación: recibidas, respondidas dentro y fuera de plazo, en trámite, vencidas, prorrogadas, derivadas, desistidas, respuestas por tipo, denegaciones por causal del artículo 21 y mediana de días hábiles para responder.`,
      theme: 'GOVE', keywords: ['transparencia', 'acceso a la información', 'Ley 20.285', 'estadísticas'],
      frequency: 'DAILY', temporal: { start: `${toSantiagoDate(first).slice(0, 4)}-01-01`, end: null }, landingPage: page,
      issued: first, modified: new Date(row.last),
      distributions: [
        { key: 'csv', title: 'Estadísticas por año (CSV)', format: 'CSV', mediaType: 'text/csv', url: `${page}.csv` },
        { key: 'json', title: 'Estadísticas por año (JSON)', format: 'JSON', mediaType: 'application/json', url: `/api/v1/transparency/statistics?institution=${row.slug}` },
      ],
    };
  });
}
