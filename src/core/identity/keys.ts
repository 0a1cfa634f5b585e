// Keys for identity data, derived from the installation's CABILDO_IDENTITY_KEY (config.ts; apart from SESSION_SECRET,
// so sessions can be rotated freely) and separated by purpose (HKDF, RFC 5869) so no key serves two uses: a leaked
// RUN-hash key does not decrypt the ClaveÚnica client secrets.
//
// Rotating CABILDO_IDENTITY_KEY changes these keys: every eligibility list must then be imported again (the stored
// RUN hashes no longer match) and every institution's ClaveÚnica client secret entered again; and it must wait until
// no binding vote is open, since an open vote's ballots are encrypted under it until the vote is sealed.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export type KeyPurpose = 'run-hash' | 'claveunica-secret' | 'ballot-tag' | 'ballot-secrecy';

export function deriveKey(identityKey: string, purpose: KeyPurpose): Buffer {
  // No salt: the input is already a high-entropy secret (RFC 5869 §3.1); the purpose goes in `info`.
  return Buffer.from(hkdfSync('sha256', identityKey, Buffer.alloc(0), `cabildo/${purpose}`, 32));
}

const VERSION = 'v1';

export class SecretDecryptionError extends Error {
  constructor() {
    super('The stored secret cannot be decrypted: it was changed, or encrypted under another key (was CABILDO_IDENTITY_KEY rotated?)');
  }
}

/**
 * AES-256-GCM with a random 12-byte IV, stored as "v1:iv:tag:ciphertext" (base64url). `context` (e.g. "institution:7")
 * is authenticated but not stored: a ciphertext copied onto another institution's row fails to decrypt there.
 * The version prefix leaves room for another algorithm or key without guessing how old rows were written.
 */
export function encryptSecret(plaintext: string, key: Buffer, context = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join(':');
}

/** Throws SecretDecryptionError when the value was tampered with, or the key or context differ. */
export function decryptSecret(stored: string, key: Buffer, context = ''): string {
  const [version, iv, tag, ciphertext, ...rest] = stored.split(':');
  if (version !== VERSION || ciphertext === undefined || rest.length > 0) throw new SecretDecryptionError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 })
      .setAAD(Buffer.from(context))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptionError();
  }
}
