// Participation's results as the open-data catalogue lists them (AppModule.datasets): each consultation whose results
// are public (from results_at, as the results page and export rule) and each closed binding vote, with the URLs of
// their result files. Nothing is listed before it is public, so the catalogue can never leak early results.
import { lte } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.js';
import type { ModuleDataset } from '../../core/module.js';
import { toSantiagoDate } from '../../core/calendar/index.js';
import { participationConsultations as c } from './consultations/schema.js';
import { participationVotes as v } from './votes/schema.js';

export async function listParticipationDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  const now = new Date();
  const [consultations, votes] = await Promise.all([
    db.select({ id: c.id, institutionId: c.institutionId, title: c.title, description: c.description, opensAt: c.opensAt, closesAt: c.closesAt, resultsAt: c.resultsAt })
      .from(c).where(lte(c.resultsAt, now)),
    db.select({ id: v.id, institutionId: v.institutionId, title: v.title, description: v.description, opensAt: v.opensAt, closesAt: v.closesAt })
      .from(v).where(lte(v.closesAt, now)),
  ]);
  const api = '/api/v1/participation';
  return [
    ...consultations.map((r): ModuleDataset => ({
      key: `consulta-${r.id}`, institutionId: r.institutionId, title: `Resultados de la consulta «${r.title}»`,
      description: r.description || `Respuestas y resultados de la consulta «${r.title}».`, theme: 'GOVE', keywords: ['participación', 'consulta ciudadana'],
      frequency: 'NEVER', temporal: { start: toSantiagoDate(r.opensAt), end: toSantiagoDate(r.closesAt) }, landingPage: `/participacion/consultas/${r.id}/resultados`,
      issued: r.resultsAt, modified: r.resultsAt,
      distributions: [
        { key: 'responses-csv', title: 'Respuestas (CSV)', format: 'CSV', mediaType: 'text/csv', url: `${api}/consultations/${r.id}/responses?format=csv` },
        { key: 'responses-json', title: 'Respuestas (JSON)', format: 'JSON', mediaType: 'application/json', url: `${api}/consultations/${r.id}/responses?format=json` },
        { key: 'results', title: 'Resultados (JSON)', format: 'JSON', mediaType: 'application/json', url: `${api}/consultations/${r.id}/results` },
      ],
    })),
    ...votes.map((r): ModuleDataset => ({
      key: `votacion-${r.id}`, institutionId: r.institutionId, title: `Resultados de la votación «${r.title}»`,
      description: r.description || `Resultados y boletín de votos de la votación «${r.title}».`, theme: 'GOVE', keywords: ['participación', 'votación'],
      frequency: 'NEVER', temporal: { start: toSantiagoDate(r.opensAt), end: toSantiagoDate(r.closesAt) }, landingPage: `/participacion/votaciones/${r.id}/resultados`,
      issued: r.closesAt, modified: r.closesAt,
      distributions: [
        { key: 'results', title: 'Resultados (JSON)', format: 'JSON', mediaType: 'application/json', url: `${api}/votes/${r.id}/results` },
        { key: 'bulletin', title: 'Boletín de votos contados (JSON)', format: 'JSON', mediaType: 'application/json', url: `${api}/votes/${r.id}/bulletin` },
      ],
    })),
  ];
}
