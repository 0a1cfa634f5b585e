// Sealing of bids (issue 8 point 3: "sealed until the deadline, not readable by officials before it"). A bid's content
// ({ price, answers }) and each of its documents (file name, media type, bytes) are stored only as AES-256-GCM
// ciphertext under a key derived (HKDF-SHA256, RFC 5869) from CABILDO_BID_SEALING_KEY, which is configuration, not
// data: a copy of the database alone opens nothing. The key is per lot (the lot id is in HKDF's info) and the bid id
// and what is sealed are authenticated with the ciphertext (GCM's additional data), so a ciphertext copied onto another
// bid or lot does not open there.
//
// Opening is the one place plaintext is produced, and it refuses until the lot's deadline has passed by the server
// clock: even code holding the key cannot read a bid on time (process/lifecycle.ts: a bid is on time up to and
// including bidsUntil; opening comes strictly after it).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../../core/config.js';
import { conflict } from '../../../core/http/errors.js';

/** Format version, first byte of every sealed value: room for another algorithm or key without guessing. */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/**
 * The content is padded to a multiple of this before sealing, so the ciphertext's length does not tell the length of
 * the answers (nor, with short answers, the number of digits of the price).
 */
const CONTENT_BLOCK = 256;

export type SealingConfig = Pick<Config, 'bidSealingKey'>;
export type BidContent = { price: number; answers: Record<string, string> };
export type BidDocument = { fileName: string; mediaType: string; bytes: Buffer };
/** What binds a sealed value: the lot (in the key) and the bid (authenticated). */
export type SealTarget = { lotId: number; bidId: number };
/** The lot, as opening needs it: the deadline decides. */
export type SealedLot = { id: number; bidsUntil: Date };

export class BidSealError extends Error {
  constructor() { super('A sealed bid did not open: it was altered, moved to another bid or lot, or sealed under another key'); }
}

/** The lot's key: no salt, the root is already a high-entropy secret (RFC 5869 §3.1); purpose and lot go in info. */
const lotKey = (config: SealingConfig, lotId: number) =>
  Buffer.from(hkdfSync('sha256', config.bidSealingKey, Buffer.alloc(0), `cabildo/procurement-bid/v${VERSION}/lot:${lotId}`, 32));

const aad = (target: SealTarget, part: 'content' | 'document') => Buffer.from(`procurement_bid:${target.bidId}:${part}`);

function seal(config: SealingConfig, target: SealTarget, part: 'content' | 'document', plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', lotKey(config, target.lotId), iv).setAAD(aad(target, part));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** Refuses before the deadline (409, the lifecycle's own message); BidSealError when the value does not authenticate. */
function open(config: SealingConfig, lot: SealedLot, bidId: number, part: 'content' | 'document', sealed: Buffer, at: Date): Buffer {
  if (at.getTime() <= lot.bidsUntil.getTime()) throw conflict('procurement.rule.sealedUntilDeadline');
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new BidSealError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', lotKey(config, lot.id), sealed.subarray(1, 1 + IV_BYTES), { authTagLength: TAG_BYTES })
      .setAAD(aad({ lotId: lot.id, bidId }, part))
      .setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BidSealError();
  }
}

export function sealBidContent(config: SealingConfig, target: SealTarget, content: BidContent): Buffer {
  const json = Buffer.from(JSON.stringify({ price: content.price, answers: content.answers }));
  // JSON allows trailing whitespace: the padding is spaces.
  const padded = Buffer.concat([json, Buffer.alloc((CONTENT_BLOCK - (json.length % CONTENT_BLOCK)) % CONTENT_BLOCK, 0x20)]);
  return seal(config, target, 'content', padded);
}

export function openBidContent(config: SealingConfig, lot: SealedLot, bidId: number, sealed: Buffer, at = new Date()): BidContent {
  const { price, answers } = JSON.parse(open(config, lot, bidId, 'content', sealed, at).toString('utf8')) as BidContent;
  return { price, answers };
}

/** A document as [header length: 4 bytes][header JSON: name and type][bytes]: the name and type are sealed too. */
export function sealBidDocument(config: SealingConfig, target: SealTarget, doc: BidDocument): Buffer {
  const header = Buffer.from(JSON.stringify({ fileName: doc.fileName, mediaType: doc.mediaType }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return seal(config, target, 'document', Buffer.concat([length, header, doc.bytes]));
}

export function openBidDocument(config: SealingConfig, lot: SealedLot, bidId: number, sealed: Buffer, at = new Date()): BidDocument {
  const plain = open(config, lot, bidId, 'document', sealed, at);
  const headerLength = plain.readUInt32BE(0);
  const { fileName, mediaType } = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as Omit<BidDocument, 'bytes'>;
  return { fileName, mediaType, bytes: plain.subarray(4 + headerLength) };
}
