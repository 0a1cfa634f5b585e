// Reference data loaded on every fresh database: 16 regions, 346 comunas, one institution per municipality (345)
// and per regional government (16), and the national bodies modules need. Derived by scripts/derive-territory.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tx } from '../db/client.js';
import { appendAudit } from '../audit/log.js';
import { comunas, institutions, regions, type InstitutionKind } from './schema.js';
import { searchKey, slugify } from './slug.js';

interface Territory {
  regions: Array<{ code: string; name: string; abbreviation: string }>;
  comunas: Array<{ code: string; name: string; regionCode: string; provinceCode: string; provinceName: string; population2017: number | null; population2024: number | null }>;
}

const TERRITORY_FILE = fileURLToPath(new URL('../../../data/territory.json', import.meta.url));
export const loadTerritory = (): Territory => JSON.parse(readFileSync(TERRITORY_FILE, 'utf8'));

/** 12202 Antártica is administered by the Municipalidad de Cabo de Hornos: 346 comunas, 345 municipalities. */
export const COMUNAS_WITHOUT_MUNICIPALITY = new Set(['12202']);

export const NATIONAL_BODIES: Array<{ slug: string; name: string }> = [
  { slug: 'dipres', name: 'Dirección de Presupuestos' },
  { slug: 'cplt', name: 'Consejo para la Transparencia' },
  { slug: 'chilecompra', name: 'Dirección ChileCompra' },
  { slug: 'subdere', name: 'Subsecretaría de Desarrollo Regional y Administrativo' },
];

/** Official names of regional governments whose name is not "Gobierno Regional de <region>". */
const GORE_NAMES: Record<string, { name: string; slug: string }> = {
  '06': { name: "Gobierno Regional del Libertador General Bernardo O'Higgins", slug: 'gore-ohiggins' },
  '11': { name: 'Gobierno Regional de Aysén del General Carlos Ibáñez del Campo', slug: 'gore-aysen' },
  '12': { name: 'Gobierno Regional de Magallanes y de la Antártica Chilena', slug: 'gore-magallanes' },
  '13': { name: 'Gobierno Regional Metropolitano de Santiago', slug: 'gore-metropolitano' },
};

export interface InstitutionSeed { slug: string; name: string; sortKey: string; kind: InstitutionKind; cutCode: string | null; regionCode: string | null }

export function referenceInstitutions(territory: Territory): InstitutionSeed[] {
  const municipalities = territory.comunas.filter((c) => !COMUNAS_WITHOUT_MUNICIPALITY.has(c.code)).map((c) => ({
    slug: slugify(c.name), name: `Municipalidad de ${c.name}`, kind: 'municipality' as const, cutCode: c.code, regionCode: c.regionCode,
  }));
  const gores = territory.regions.map((r) => ({
    ...(GORE_NAMES[r.code] ?? { slug: `gore-${slugify(r.name)}`, name: `Gobierno Regional de ${r.name}` }), kind: 'regional_government' as const, cutCode: r.code, regionCode: r.code,
  }));
  const national = NATIONAL_BODIES.map((b) => ({ ...b, kind: 'national_body' as const, cutCode: null, regionCode: null }));
  return [...municipalities, ...gores, ...national].map((i) => ({ ...i, sortKey: searchKey(i.name) }));
}

/** Idempotent: inserts what is missing, so it runs on every start and after every migration. */
export async function seedReference(tx: Tx): Promise<{ added: number }> {
  const territory = loadTerritory();
  await tx.insert(regions).values(territory.regions).onConflictDoNothing();
  await tx.insert(comunas).values(territory.comunas).onConflictDoNothing();
  const added = await tx.insert(institutions).values(referenceInstitutions(territory)).onConflictDoNothing().returning({ id: institutions.id });
  if (added.length > 0) {
    await appendAudit(tx, {
      actor: { id: null, label: 'system' }, action: 'reference.load', resourceType: 'institution', public: true,
      summary: { regions: territory.regions.length, comunas: territory.comunas.length, institutionsAdded: added.length },
    });
  }
  return { added: added.length };
}

