// Where the catalogue's entries come from: the datasets officials publish here (schema.ts) and those other modules
// publish (AppModule.datasets), read live on each request. Reading live rather than copying them into our tables keeps
// each module the only source of its own datasets: nothing to resynchronise, no stale entry after a module drops or
// renames one; each module's list is one indexed query over a few hundred rows at most, so the cost stays small.
import type { DbOrTx } from '../../../core/db/client.js';
import type { DatasetSource, ModuleDataset } from '../../../core/module.js';
import { loadTerritory } from '../../../core/tenancy/reference.js';

/** The source of the datasets stored in this catalogue; others carry their module's name. */
export const CATALOGUE_SOURCE = 'catalogue';

export interface ListedDataset extends ModuleDataset { source: string; name: string }

/** The datasets the installation's modules publish (ModuleDeps.datasetSources), named `<module>-<key>`. */
export async function listModuleDatasets(db: DbOrTx, sources: readonly DatasetSource[]): Promise<ListedDataset[]> {
  const lists = await Promise.all(sources.map(async (s) =>
    (await s.datasets(db)).map((d) => ({ ...d, source: s.module, name: `${s.module}-${d.key}` }))));
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
