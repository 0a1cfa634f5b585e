// Where the catalogue's entries come from: the datasets officials publish here (schema.ts) and those other modules
// publish (AppModule.datasets), read live on each request. Reading live rather than copying them into our tables keeps
// each module the only source of its own datasets: nothing to resynchronise, no stale entry after a module drops or
// renames one; each module's list is one indexed query over a few hundred rows at most, so the cost stays small.
// The installation's module list is imported when first needed, not at load: that list imports this module.
import type { DbOrTx } from '../../../core/db/client.js';
import type { AppModule, ModuleDataset } from '../../../core/module.js';
import { loadTerritory } from '../../../core/tenancy/reference.js';

/** The source of the datasets stored in this catalogue; others carry their module's name. */
export const CATALOGUE_SOURCE = 'catalogue';

export interface ListedDataset extends ModuleDataset { source: string; name: string }

let modules: AppModule[] | null = null;

export async function listModuleDatasets(db: DbOrTx): Promise<ListedDataset[]> {
  modules ??= (await import('../../../modules.js')).MODULES;
  const lists = await Promise.all(modules.filter((m) => m.datasets).map(async (m) =>
    (await m.datasets!(db)).map((d) => ({ ...d, source: m.name, name: `${m.name}-${d.key}` }))));
  return lists.flat();
}

let places: Map<string, string> | null = null;

/** The comuna (5-digit CUT) or region (2-digit) name of a code, from the territory reference data; null if unknown. */
export function placeName(code: string | null): string | null {
  if (!code) return null;
  if (!places) {
    const territory = loadTerritory();
    places = new Map([...territory.regions.map((r) => [r.code, r.name] as const), ...territory.comunas.map((c) => [c.code, c.name] as const)]);
  }
  return places.get(code) ?? null;
}
