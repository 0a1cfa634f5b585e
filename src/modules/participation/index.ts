// Participación (participation): for now, the core of binding votes (consultas vinculantes), API only: officials
// create votes; identity-verified people cast secret ballots and get a receipt; after the close, results, a public
// bulletin of counted ballots and receipt checks.
//
// Tables owned (schema.ts, whose header explains the secrecy design): participation_votes, participation_vote_options,
// participation_vote_participations (who voted), participation_ballots (what was voted; unlinkable to the former).
// Public exports: participationModule; the vote reads (queries.ts); createVote and castBallot (commands/).
import type { AppModule } from '../../core/module.js';
import { participationApiRoutes } from './routes.api.js';

export { findVote, voteResults, voteBulletin, findReceipt, bindingMet, type VoteWithOptions } from './queries.js';
export { createVote, type CreateVoteInput } from './commands/create-vote.js';
export { castBallot, type CastOutcome } from './commands/cast-ballot.js';

export const participationModule: AppModule = {
  name: 'participation',
  plugin: async (app, deps) => {
    await app.register(participationApiRoutes, deps);
  },
};
