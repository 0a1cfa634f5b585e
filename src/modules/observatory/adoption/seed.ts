// CONTRACT STUB: the adoption area's demo content (CABILDO_SEED=demo), called by ../seed.ts.
import type { Tx } from '../../../core/db/client.js';

export async function seedAdoptionDemo(_tx: Tx): Promise<void> {}
