// Ballots are encrypted while their vote is open (schema.ts header). PostgreSQL stamps the participation and the
// ballot that castBallot writes in one statement with the same transaction id (xmin) and stores them side by side,
// so until the seal anyone who can read both tables can pair them. What they pair a participation with is then only
// ciphertext: the receipt hash and the choices are encrypted (AES-256-GCM) and the receipt is findable only through
// an HMAC, both under keys derived from CABILDO_IDENTITY_KEY, which lives in the configuration, not in the database.
// The seal (commands/seal-vote.ts) decrypts every ballot into the published form (receipt hash and choices) in the
// same transaction that rewrites the rows, so the clear form never exists with a casting xmin.
import { createHmac } from 'node:crypto';
import { decryptSecret, deriveKey, encryptSecret } from '../../../core/identity/keys.js';
import { normaliseReceipt } from './receipts.js';

export interface BallotKeys {
  tag: Buffer;
  secrecy: Buffer;
}

const cache = new Map<string, BallotKeys>();

export const deriveBallotKeys = (secret: string): BallotKeys => ({ tag: deriveKey(secret, 'ballot-tag'), secrecy: deriveKey(secret, 'ballot-secrecy') });

/** The keys of the installation; HKDF runs once per identity key, not once per ballot. */
export function ballotKeys(identityKey: string): BallotKeys {
  let keys = cache.get(identityKey);
  if (!keys) cache.set(identityKey, (keys = deriveBallotKeys(identityKey)));
  return keys;
}

/** How an open vote's ballot is found from its receipt (replacing, checking): keyed, so a copy of the database can't. */
export const receiptTag = (keys: BallotKeys, code: string) => createHmac('sha256', keys.tag).update(normaliseReceipt(code)).digest('hex');

export interface ClearBallot {
  receiptHash: string;
  /** Option ids, sorted. */
  choices: number[];
  /** Cumulative budget ballots: the points of each choice, aligned with `choices`. */
  points?: number[];
}

/** The vote's id is authenticated with the ciphertext: a ballot copied into another vote does not decrypt there. */
export const encryptBallot = (keys: BallotKeys, voteId: number, ballot: ClearBallot) =>
  encryptSecret(JSON.stringify(ballot.points ? [ballot.receiptHash, ballot.choices, ballot.points] : [ballot.receiptHash, ballot.choices]), keys.secrecy, `participation_vote:${voteId}`);

export function decryptBallot(keys: BallotKeys, voteId: number, stored: string): ClearBallot {
  const [receiptHash, choices, points] = JSON.parse(decryptSecret(stored, keys.secrecy, `participation_vote:${voteId}`)) as [string, number[], number[]?];
  return points ? { receiptHash, choices, points } : { receiptHash, choices };
}
