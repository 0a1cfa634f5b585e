// The registry as datasets of the open-data catalogue (AppModule.datasets, wired in ../index.ts): one per institution
// hosting an incubator with services, published by it — a host answers for what it incubates —, holding the services
// it incubates or sponsors (the registry filtered by that institution) as CSV and as the API's JSON. Phases change when
// they change, hence an irregular frequency. One query, whatever the number of institutions.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ModuleDataset } from '../../../core/module.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { servicesIncubators as inc, servicesPhases as ph, servicesServices as s } from '../registry/schema.js';
import { REGISTRY_PATH } from './views/registry-page.js';

export async function listServicesDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  const hosts = await db.select({
    institutionId: institutions.id, slug: institutions.slug, name: institutions.name,
    issued: sql`min(${s.createdAt})`.mapWith(s.createdAt), updated: sql`max(${s.updatedAt})`.mapWith(s.updatedAt),
    firstPhase: sql`(select min(${ph.startedOn}) from ${ph} join ${s} s2 on s2.id = ${ph.serviceId} join ${inc} i2 on i2.id = s2.incubator_id where i2.institution_id = ${institutions.id})`.mapWith(ph.startedOn),
    lastPhase: sql`(select max(${ph.recordedAt}) from ${ph} join ${s} s2 on s2.id = ${ph.serviceId} join ${inc} i2 on i2.id = s2.incubator_id where i2.institution_id = ${institutions.id})`.mapWith(ph.recordedAt),
  }).from(s).innerJoin(inc, eq(inc.id, s.incubatorId)).innerJoin(institutions, eq(institutions.id, inc.institutionId))
    .groupBy(institutions.id, institutions.slug, institutions.name).orderBy(institutions.sortKey);
  return hosts.map((h): ModuleDataset => {
    const filter = `institucion=${encodeURIComponent(h.slug)}`;
    const modified = h.lastPhase && h.lastPhase > h.updated ? h.lastPhase : h.updated;
    return {
      key: `registro-${h.slug}`, institutionId: h.institutionId,
      title: `Servicios públicos digitales — ${h.name}`,
      description: `Registro de los servicios públicos digitales que ${h.name} incuba o patrocina: misión, fase actual y fechas de cada fase, incubadora, instituciones patrocinantes, persona responsable, alcance, temas, personas usuarias, enlaces y recuadro de transparencia (código fuente, presupuesto, estadísticas de uso, medición de impacto, análisis de riesgos, accesibilidad).`,
      theme: 'GOVE', keywords: ['servicios públicos digitales', 'incubadora', 'transformación digital', 'beta.gouv.fr'],
      frequency: 'IRREG', temporal: { start: h.firstPhase, end: null }, landingPage: `${REGISTRY_PATH}?${filter}`,
      issued: h.issued, modified,
      distributions: [
        { key: 'csv', title: 'Registro de servicios (CSV)', format: 'CSV', mediaType: 'text/csv', url: `${REGISTRY_PATH}.csv?${filter}` },
        { key: 'json', title: 'Registro de servicios (JSON)', format: 'JSON', mediaType: 'application/json', url: `${REGISTRY_PATH}?${filter}&format=json` },
      ],
    };
  });
}
