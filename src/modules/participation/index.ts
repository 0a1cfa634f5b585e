// Participación (participation): participatory processes with phases (processes/), consultations (questionnaires,
// consultations/), proposals with supports and official answers (proposals/), threaded debate with moderation
// (debate/), binding votes with secret ballots and verifiable receipts (votes/), following and notifications
// (notifications/), full-text search in Spanish across them (search/), participatory budgets tallied by greedy or the
// Method of Equal Shares (budgets/), commitments and open-government action plans (commitments/) and the citizen
// oversight body with its public draw, observations and reports (oversight/). Each area keeps its schema, commands,
// queries, routes and views in its folder; this file only assembles them.
//
// Tables owned: participation_* (schema.ts lists every area's file; votes/schema.ts explains the ballot secrecy).
// Public exports: participationModule; the vote reads and commands used by the CLI and tests.
import type { AppModule } from '../../core/module.js';
import { processRoutes } from './processes/routes.js';
import { consultationRoutes } from './consultations/routes.js';
import { proposalRoutes } from './proposals/routes.js';
import { debateRoutes } from './debate/routes.js';
import { voteRoutes } from './votes/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { searchRoutes } from './search/routes.js';
import { budgetRoutes } from './budgets/routes.js';
import { commitmentRoutes } from './commitments/routes.js';
import { oversightRoutes } from './oversight/routes.js';
import { seedParticipationDemo } from './seed.js';
import { notificationLinks } from './notifications/account-link.js';

export { findVote, voteResults, voteBulletin, findReceipt, bindingMet, type VoteWithOptions } from './votes/queries.js';
export { createVote, type CreateVoteInput } from './votes/commands/create-vote.js';
export { castBallot, type CastOutcome } from './votes/commands/cast-ballot.js';
export { countParticipationByInstitution, findFirstParticipationYear } from './activity.js';
export { createProcess } from './processes/commands/create-process.js';
export { saveSettings as saveProposalSettings } from './proposals/commands/save-settings.js';
export { submitProposal, processOf } from './proposals/service.js';
export { createProposal } from './proposals/commands/create-proposal.js';
export { supportProposal } from './proposals/commands/support-proposal.js';
export { answerProposal } from './proposals/commands/answer-proposal.js';
export { findProposal } from './proposals/queries.js';
export { proposalUrl } from './proposals/present.js';
export { createConsultation } from './consultations/commands/create-consultation.js';
export { saveResponse } from './consultations/commands/save-response.js';
export { findConsultation } from './consultations/queries.js';
export { consultationResults } from './consultations/results.js';
export { consultationPath } from './consultations/views/common.js';
export { findProposalsForServices, listNeedsBacklog, countPublicProposals, type ProposalForServices, type NeedRow } from './proposals/for-services.js';

export const participationModule: AppModule = {
  name: 'participation',
  pages: { overview: '/participacion', institution: (slug) => `/instituciones/${slug}/participacion` },
  plugin: async (app, deps) => {
    for (const routes of [processRoutes, consultationRoutes, proposalRoutes, debateRoutes, voteRoutes, notificationRoutes, searchRoutes,
      budgetRoutes, commitmentRoutes, oversightRoutes]) {
      await app.register(routes, deps);
    }
  },
  accountLinks: notificationLinks,
  seedDemo: seedParticipationDemo,
  datasets: (db) => import('./datasets.js').then((m) => m.listParticipationDatasets(db)),
};
