// Random secrets handed to people (session ids, API tokens, email links) are stored only as SHA-256 hashes:
// a copy of the database does not let anyone sign in as someone else.
import { createHash, randomBytes } from 'node:crypto';

export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
