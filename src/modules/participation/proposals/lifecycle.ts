// The proposal lifecycle as data (DESIGN.md convention 3): a typed transition table and a pure next(state, event).
// held: spam-like content waits for an official's review, seen only by its author and officials (spam.ts);
// published: open to supports; evaluation: reached the support threshold or an official put it under study;
// accepted / rejected: answered with reasons; discarded: a held proposal an official found to be spam (never public).
export const PROPOSAL_STATES = ['held', 'published', 'evaluation', 'accepted', 'rejected', 'discarded'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** States anyone may see; the others only the author and officials of the institution. */
export const PUBLIC_STATES = ['published', 'evaluation', 'accepted', 'rejected'] as const satisfies readonly ProposalState[];
export const isPublicState = (s: ProposalState) => (PUBLIC_STATES as readonly string[]).includes(s);

/** The answers an official may give (issue 5 point 3). */
export const ANSWERS = ['accepted', 'rejected', 'evaluation'] as const;
export type Answer = (typeof ANSWERS)[number];

export type ProposalEvent = 'publish' | 'discard' | 'thresholdReached' | `answer.${Answer}`;

const TRANSITIONS: Record<ProposalState, Partial<Record<ProposalEvent, ProposalState>>> = {
  held: { publish: 'published', discard: 'discarded' },
  published: { thresholdReached: 'evaluation', 'answer.accepted': 'accepted', 'answer.rejected': 'rejected', 'answer.evaluation': 'evaluation' },
  // An answer "under evaluation" may be given again with new reasons while the study goes on.
  evaluation: { 'answer.accepted': 'accepted', 'answer.rejected': 'rejected', 'answer.evaluation': 'evaluation' },
  accepted: {},
  rejected: {},
  discarded: {},
};

/** The state after `event`, or null when the event is not allowed in `state`. */
export function next(state: ProposalState, event: ProposalEvent): ProposalState | null {
  return TRANSITIONS[state][event] ?? null;
}

/** Supports are taken (and withdrawn) only while a proposal is published or under evaluation. */
export const acceptsSupports = (s: ProposalState) => s === 'published' || s === 'evaluation';
