// Who may read what of a lot's bids. Before the deadline nobody reads a bid: not the institution's officials, not its
// admins, not competitors (seal.ts makes that so; these rules only say who reads what after opening). Officials do not
// even see how many bids a lot has until it is opened: a running count tells would-be colluders whether a rival is in,
// and officials need it for nothing before the deadline. After opening, the institution's procurement officials read
// the bids whole (price, answers, documents) to evaluate them; once the lot is awarded (standstill or awarded) the
// public, competitors included, sees who bid and for how much, as OCDS publishes with the bids extension. Documents stay
// with the institution: team CVs and references carry personal data (Ley 19.628) and the award report says why a bid
// won.
import { canActInModule, type Actor } from '../../../core/policy.js';
import type { LotState } from '../calls/schema.js';

const PUBLIC_BID_STATES: readonly LotState[] = ['standstill', 'awarded'];
const UNOPENED: readonly LotState[] = ['draft', 'open'];

type LotRef = { institutionId: number; state: LotState };

/** The institution's procurement officials, once the lot has left 'open' (its bids were opened, or never will be). */
export const canReadOpenedBids = (actor: Actor | null, lot: LotRef) =>
  !UNOPENED.includes(lot.state) && canActInModule(actor, lot.institutionId, 'procurement');

/** Everyone, once the lot is awarded: suppliers and prices, not answers or documents. */
export const isBidListPublic = (lot: Pick<LotRef, 'state'>) => PUBLIC_BID_STATES.includes(lot.state);

/** An official may open a lot's bids by hand when the deadline has passed and the clock has not done it yet. */
export const canOpenBids = (actor: Actor | null, lot: LotRef & { bidsUntil: Date }, now: Date) =>
  lot.state === 'open' && now.getTime() > lot.bidsUntil.getTime() && canActInModule(actor, lot.institutionId, 'procurement');
