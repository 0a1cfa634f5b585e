// The incubator's demo (CABILDO_SEED=demo), after the other modules' (it links a procurement grant and a participation
// proposal): La Araucanía's regional programme and Temuco's lab with a handful of services at different phases
// (registry/seed.ts), a year of monthly indicators with targets (impact/seed.ts), a satisfaction survey with answers
// and a needs backlog (engagement/seed.ts), milestone reviews (reviews/seed.ts) and spending (funding/seed.ts).
import type { Tx } from '../../core/db/client.js';
import type { Config } from '../../core/config.js';
import { seedRegistryDemo } from './registry/seed.js';
import { seedImpactDemo } from './impact/seed.js';
import { seedEngagementDemo } from './engagement/seed.js';
import { seedReviewsDemo } from './reviews/seed.js';
import { seedFundingDemo } from './funding/seed.js';

/** The configuration gives the installation's address, which a graduated grant's contract points back to. */
export async function seedServicesDemo(tx: Tx, config: Config): Promise<void> {
  const services = await seedRegistryDemo(tx);
  await seedImpactDemo(tx, services);
  await seedEngagementDemo(tx, services);
  await seedReviewsDemo(tx, services);
  await seedFundingDemo(tx, services, config);
}
