// CONTRACT STUB: the indicators area's demo content (CABILDO_SEED=demo), called by ../seed.ts.
import type { Tx } from '../../../core/db/client.js';

export async function seedIndicatorsDemo(_tx: Tx): Promise<void> {}
