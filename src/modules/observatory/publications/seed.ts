// CONTRACT STUB: the publications area's demo content (CABILDO_SEED=demo), called by ../seed.ts.
import type { Tx } from '../../../core/db/client.js';

export async function seedPublicationsDemo(_tx: Tx): Promise<void> {}
