// The incubator's datasets for the open-data catalogue (public area, issue 10).
import type { DbOrTx } from '../../../core/db/client.js';
import type { ModuleDataset } from '../../../core/module.js';

export async function listServicesDatasets(_db: DbOrTx): Promise<ModuleDataset[]> {
  return [];
}
