// The observatory's demo (CABILDO_SEED=demo), after every other module's: SUBDERE SINIM's real indicators for the 345
// municipalities (2019–2023) and the values computed from the other modules' demo data (indicators/seed.ts); La
// Araucanía's 32 municipalities in the adoption tracker, with workshops and support visits consistent with the
// regional government's published figures, invented rows marked illustrative (adoption/seed.ts); a policy brief and
// three panels (publications/seed.ts); then the index of every year under the default method.
import type { Tx } from '../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { seedIndicatorsDemo } from './indicators/seed.js';
import { seedAdoptionDemo } from './adoption/seed.js';
import { seedPublicationsDemo } from './publications/seed.js';
import { recomputeIndex } from './index/commands/recompute.js';

export async function seedObservatoryDemo(tx: Tx): Promise<void> {
  await seedIndicatorsDemo(tx);
  await seedAdoptionDemo(tx);
  await seedPublicationsDemo(tx);
  await recomputeIndex(tx, 'all', SYSTEM_ACTOR);
}
