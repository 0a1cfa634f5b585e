// The participation demo (CABILDO_SEED=demo): La Araucanía's regional government consulting on its Estrategia de
// Gobierno Digital 2030, and Temuco's public-spaces process with proposals, debate and a closed binding vote with its
// results and bulletin. Order matters: the process seed makes the official and residents the other seeds act as.
import type { Tx } from '../../core/db/client.js';
import { seedProcessesDemo } from './processes/seed.js';
import { seedConsultationDemo } from './consultations/seed.js';
import { seedProposalsDemo } from './proposals/seed.js';
import { seedDebateDemo } from './debate/seed.js';
import { seedVoteDemo } from './votes/seed.js';

export async function seedParticipationDemo(tx: Tx): Promise<void> {
  await seedConsultationDemo(tx);
  const municipal = await seedProcessesDemo(tx);
  const proposalIds = await seedProposalsDemo(tx, municipal);
  await seedDebateDemo(tx, { ...municipal, proposalIds });
  await seedVoteDemo(tx, municipal);
}
