// The participation demo (CABILDO_SEED=demo): La Araucanía's regional government consulting on its Estrategia de
// Gobierno Digital 2030, and Temuco's public-spaces process with proposals, debate and a closed binding vote with its
// results and bulletin; Temuco's participatory budget tallied under both rules, commitments for its funded projects
// and an action plan, and the citizen oversight body with an answered observation. Order matters: the process seed
// makes the official and residents the other seeds act as, and each later seed links to what the earlier made.
import type { Tx } from '../../core/db/client.js';
import { seedProcessesDemo } from './processes/seed.js';
import { seedConsultationDemo } from './consultations/seed.js';
import { seedProposalsDemo } from './proposals/seed.js';
import { seedDebateDemo } from './debate/seed.js';
import { seedVoteDemo } from './votes/seed.js';
import { seedBudgetDemo } from './budgets/seed.js';
import { seedCommitmentsDemo } from './commitments/seed.js';
import { seedOversightDemo } from './oversight/seed.js';

export async function seedParticipationDemo(tx: Tx): Promise<void> {
  await seedConsultationDemo(tx);
  const municipal = await seedProcessesDemo(tx);
  const proposalIds = await seedProposalsDemo(tx, municipal);
  await seedDebateDemo(tx, { ...municipal, proposalIds });
  await seedVoteDemo(tx, municipal);
  const { fundedProjects } = await seedBudgetDemo(tx, municipal);
  const { commitmentIds } = await seedCommitmentsDemo(tx, { ...municipal, fundedProjects });
  await seedOversightDemo(tx, { ...municipal, commitmentId: commitmentIds[0] ?? null });
}
