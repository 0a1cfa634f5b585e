// Receipt codes: 160 random bits in hex, handed to the voter once. The server keeps only hashes (schema.ts header).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Receipts are shown in groups of four (views/receipt.tsx): spaces, case and line breaks don't count. */
export const normaliseReceipt = (code: string) => code.replace(/\s+/g, '').toLowerCase();

export const newReceipt = () => randomBytes(20).toString('hex');

/** What the ballot stores and the bulletin publishes. */
export const receiptHash = (code: string) => createHash('sha256').update(normaliseReceipt(code)).digest('hex');

/** What the participation stores: salted, so it cannot be matched against any ballot's receipt hash. */
export function receiptCheck(code: string, salt = randomBytes(16).toString('hex')): string {
  return `${salt}.${createHash('sha256').update(salt).update(normaliseReceipt(code)).digest('hex')}`;
}

export function matchesReceiptCheck(code: string, stored: string): boolean {
  const [salt] = stored.split('.');
  const a = Buffer.from(receiptCheck(code, salt));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}
