import { describe, expect, it } from 'vitest';
import { decryptSecret, deriveKey, encryptSecret, SecretDecryptionError } from './keys.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';

describe('deriveKey', () => {
  it('gives a stable 32-byte key per purpose, different between purposes and between secrets', () => {
    const runKey = deriveKey(SECRET, 'run-hash');
    expect(runKey).toHaveLength(32);
    expect(deriveKey(SECRET, 'run-hash').equals(runKey)).toBe(true);
    expect(deriveKey(SECRET, 'claveunica-secret').equals(runKey)).toBe(false);
    expect(deriveKey(`${SECRET}x`, 'run-hash').equals(runKey)).toBe(false);
  });
});

describe('encryptSecret / decryptSecret', () => {
  const key = deriveKey(SECRET, 'claveunica-secret');

  it('round-trips, with a fresh IV each time, and keeps nothing of the plaintext readable', () => {
    const a = encryptSecret('s3cr3t-del-cliente', key, 'institution:7');
    const b = encryptSecret('s3cr3t-del-cliente', key, 'institution:7');
    expect(a).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cr3t');
    expect(decryptSecret(a, key, 'institution:7')).toBe('s3cr3t-del-cliente');
    expect(decryptSecret(encryptSecret('ñandú', key), key)).toBe('ñandú');
  });

  it('detects tampering with any part', () => {
    const stored = encryptSecret('s3cr3t', key);
    const parts = stored.split(':');
    for (const i of [1, 2, 3]) {
      const changed = [...parts];
      const bytes = Buffer.from(changed[i], 'base64url');
      bytes[0] ^= 1;
      changed[i] = bytes.toString('base64url');
      expect(() => decryptSecret(changed.join(':'), key), `part ${i}`).toThrow(SecretDecryptionError);
    }
    expect(() => decryptSecret(`v2:${parts.slice(1).join(':')}`, key)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(parts.slice(0, 3).join(':'), key)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret('not a secret', key)).toThrow(SecretDecryptionError);
  });

  it('fails under another key or another context', () => {
    const stored = encryptSecret('s3cr3t', key, 'institution:7');
    expect(() => decryptSecret(stored, deriveKey('another-secret-another-secret-0123', 'claveunica-secret'), 'institution:7'))
      .toThrow(SecretDecryptionError);
    expect(() => decryptSecret(stored, deriveKey(SECRET, 'run-hash'), 'institution:7')).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(stored, key, 'institution:8')).toThrow(SecretDecryptionError);
  });
});
