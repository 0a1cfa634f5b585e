// The catalogue's demo (CABILDO_SEED=demo): three datasets Temuco publishes, each with a small CSV as municipalities
// export them (semicolon-separated, Chilean number formats), so the Table Schema, the Data Package and the CKAN API
// have something real to show. The modules' own datasets (budget cubes, consultation and vote results) appear by
// themselves once their demos have run.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { createDataset, type Official } from './commands/save-dataset.js';
import { addFile, addLink } from './commands/distributions.js';
import { findStoredDatasets } from './queries.js';

const DEMO = [
  {
    title: 'Patentes comerciales vigentes', theme: 'ECON', frequency: 'QUARTERLY', keywords: 'patentes, comercio, rentas municipales',
    description: 'Patentes comerciales, industriales, profesionales y de alcoholes vigentes en Temuco: rol, giro, dirección comercial y valor semestral en pesos. Se actualiza cada trimestre desde el sistema de rentas.',
    file: 'patentes-comerciales-2025.csv',
    csv: 'rol;tipo;giro;sector;valor_semestral;fecha_otorgamiento\n4-001234;comercial;Almacén de abarrotes;Pueblo Nuevo;85.420;2019-03-12\n4-001877;comercial;Ferretería;Centro;312.905;2015-07-01\n2-000455;alcoholes;Restaurante de turismo;Av. Alemania;1.204.310;2021-11-20\n3-000092;profesional;Consulta odontológica;Centro;96.000;2023-01-05\n',
    temporalStart: '2025-01-01', temporalEnd: '2025-09-30',
  },
  {
    title: 'Luminarias de alumbrado público', theme: 'ENER', frequency: 'ANNUAL', keywords: 'alumbrado público, luminarias, LED, eficiencia energética',
    description: 'Inventario de luminarias del alumbrado público de Temuco con su tecnología, potencia en watts y ubicación (coordenadas WGS84), del recambio a LED de 2024.',
    file: 'luminarias.csv',
    csv: 'id;tecnologia;potencia_w;lat;lon;en_servicio\n10001;LED;60;-38,7359;-72,5904;sí\n10002;LED;90;-38,7391;-72,6012;sí\n10003;sodio;150;-38,7288;-72,6150;no\n10004;LED;60;-38,7402;-72,5871;sí\n',
    temporalStart: '2024-01-01', temporalEnd: '2024-12-31',
  },
  {
    title: 'Puntos limpios y de reciclaje', theme: 'ENVI', frequency: 'IRREG', keywords: 'reciclaje, puntos limpios, residuos',
    description: 'Puntos limpios y puntos verdes de Temuco: dirección, materiales que reciben y horario. Sirve para encontrar el más cercano y para estudiar la cobertura por sector.',
    file: 'puntos-limpios.csv',
    csv: 'nombre,direccion,materiales,horario,lat,lon\n"Punto Limpio Labranza","Av. Los Poetas 1250","vidrio, papel, cartón, PET","lunes a sábado 9:00–18:00",-38.7612,-72.7498\n"Punto Verde Plaza Dreves","Plaza Dreves s/n","vidrio, latas","todos los días",-38.7325,-72.6015\n',
    link: { title: 'Mapa de puntos limpios (GeoJSON)', format: 'GEOJSON' as const, url: 'https://www.temuco.cl/datos/puntos-limpios.geojson' },
  },
];

export async function seedCatalogueDemo(tx: Tx): Promise<void> {
  const temuco = await findInstitution(tx, 'temuco');
  if (!temuco) return;
  const [person] = await tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.email, 'funcionaria.temuco@demo.cabildo.cl'));
  const official: Official = person ? { personId: person.id, name: person.name } : { personId: null, name: 'system' };
  for (const d of DEMO) {
    const name = await createDataset(tx, temuco, { title: d.title, description: d.description, theme: d.theme, frequency: d.frequency, keywords: d.keywords,
      temporalStart: d.temporalStart, temporalEnd: d.temporalEnd, spatialCode: temuco.cutCode ?? undefined }, official);
    const [stored] = await findStoredDatasets(tx, [name]);
    const target = { id: stored!.id, institutionId: temuco.id };
    await addFile(tx, target, { title: d.title, fileName: d.file, bytes: Buffer.from(d.csv, 'utf8') }, official);
    if (d.link) await addLink(tx, target, d.link, official);
  }
}
