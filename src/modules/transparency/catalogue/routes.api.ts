// The catalogue as Cabildo's own JSON API (/api/v1/transparency/datasets): the same search as /datos by cursor, and one
// dataset with its distributions and Table Schemas. Read-only and public; officials change datasets on the pages.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { decodeCursor, PageQuery } from '../../../core/http/pagination.js';
import { listModuleDatasets } from './sources.js';
import { entryOf, filterOf, findPage } from './service.js';
import { DatasetJson, DatasetListItemJson, presentDataset, presentListItem } from './present.js';
import { FORMAT_CODES, THEMES } from './vocabularies.js';
import { NameParams } from './routes.pages.js';

const tags = ['transparency'];
const ListQuery = Type.Composite([PageQuery, Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words: Spanish stemming, accents ignored' })),
  theme: Type.Optional(Type.Union(THEMES.map((v) => Type.Literal(v)), { description: 'EU data-theme code' })),
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Institution slug or CUT code' })),
  fileFormat: Type.Optional(Type.Union(FORMAT_CODES.map((v) => Type.Literal(v)), { description: 'A distribution format' })),
})]);

export async function catalogueApiRoutes(app: FastifyInstance, { db, datasetSources }: ModuleDeps) {
  app.get('/api/v1/transparency/datasets', { schema: { summary: 'Datasets of the open-data catalogue (stored and registered by modules), best match first, by cursor',
    tags, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(DatasetListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } } },
  async (request) => {
    const q = request.query as Static<typeof ListQuery>;
    const filter = await filterOf(db, { q: q.q, tema: q.theme, institucion: q.institution, formato: q.fileFormat });
    const page = await findPage(db, await listModuleDatasets(db, datasetSources), filter, { after: decodeCursor(q.cursor), limit: q.limit ?? 50 });
    return { items: page.entries.map(presentListItem), next: page.next };
  });

  app.get('/api/v1/transparency/datasets/:name', { schema: { summary: 'A dataset with its distributions (and the Table Schema of uploaded CSVs)', tags, params: NameParams,
    response: { 200: DatasetJson } } }, async (request) => presentDataset(await entryOf(db, datasetSources, (request.params as Static<typeof NameParams>).name)));
}
