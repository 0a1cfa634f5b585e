// The OCDS downloads as the open-data catalogue lists them (AppModule.datasets, wired in the module's index.ts): one
// dataset per institution with releases, its JSON Lines file (all years) and its paginated release package. Releases
// are added as processes move, hence a daily frequency.
import type { DbOrTx } from '../../../core/db/client.js';
import type { ModuleDataset } from '../../../core/module.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { OCDS_API, OCDS_DATA_PAGE } from './package.js';
import { listPublishingInstitutions } from './queries.js';

export async function listOcdsDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  return (await listPublishingInstitutions(db)).map((i): ModuleDataset => ({
    key: `ocds-${i.slug}`, institutionId: i.institutionId,
    title: `Compras públicas en OCDS — ${i.name}`,
    description: `Entregas del Estándar de Datos de Contrataciones Abiertas (OCDS 1.1, con las extensiones de lotes, ofertas, técnicas, criterios de adjudicación y tamaño de las partes) de los llamados, órdenes de compra, adjudicaciones y contratos de ${i.name}.`,
    theme: 'GOVE', keywords: ['compras públicas', 'OCDS', 'contrataciones abiertas', 'Ley 19.886'],
    frequency: 'DAILY', temporal: { start: toSantiagoDate(i.first), end: null }, landingPage: OCDS_DATA_PAGE,
    issued: i.first, modified: i.last,
    distributions: [
      { key: 'jsonl', title: 'Todas las entregas (JSON Lines, gzip)', format: 'JSONL', mediaType: 'application/gzip', url: `${OCDS_API}/bulk/releases.jsonl.gz?institution=${i.slug}` },
      { key: 'json', title: 'Paquete de entregas paginado (JSON)', format: 'JSON', mediaType: 'application/json', url: `${OCDS_API}/releases?institution=${i.slug}` },
    ],
  }));
}
