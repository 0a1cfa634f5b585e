// Passwords: argon2id (RFC 9106, OWASP parameters: 19 MiB, 2 iterations, 1 lane), never stored in clear.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** A hash to compare against when the email is unknown, so the response time does not reveal which emails exist. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword('decoy-password-never-matches');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
