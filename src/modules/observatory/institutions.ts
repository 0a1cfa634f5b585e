// The institutions the observatory's policies name: the one publishing the index (configuration), the regional
// government of a region, the municipality of a comuna.
import type { Config } from '../../core/config.js';
import type { DbOrTx } from '../../core/db/client.js';
import { findInstitution, type InstitutionDetail } from '../../core/tenancy/queries.js';

/** CABILDO_OBSERVATORY_INSTITUTION (a slug; SUBDERE by default). The module checks it when the app starts (index.ts). */
export async function findObservatoryInstitution(db: DbOrTx, config: Config): Promise<InstitutionDetail> {
  const found = await findInstitution(db, config.observatoryInstitution);
  if (!found) throw new Error(`CABILDO_OBSERVATORY_INSTITUTION: no institution "${config.observatoryInstitution}"`);
  return found;
}

/** The regional government of a 2-digit region code (every region has one in the reference data). */
export const findRegionalGovernment = (db: DbOrTx, regionCode: string) => findInstitution(db, regionCode);

/** The municipality of a comuna (none for 12202 Antártica, administered by Cabo de Hornos). */
export const findMunicipality = (db: DbOrTx, cut: string) => findInstitution(db, cut);
