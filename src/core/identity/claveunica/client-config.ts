// Each institution's ClaveÚnica client (credentials are issued to each public body, with its own redirect URIs:
// ClaveÚnica integration manual). Reads decrypt the secret only where the sign-in flow needs it.
import { eq } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { claveunicaClients } from '../schema.js';
import { decryptSecret, deriveKey, encryptSecret } from '../keys.js';

/** The production provider; its discovery document is used when it answers, these paths otherwise. */
export const CLAVEUNICA_ISSUER = 'https://accounts.claveunica.gob.cl/openid';
/** Mandatory logout (manual): the app ends the ClaveÚnica session too, then ClaveÚnica returns to `redirect`. */
export const LOGOUT_PATH = '/api/v1/accounts/app/logout';

export interface ClaveUnicaClient {
  institutionId: number;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  logoutUri: string;
}

const secretContext = (institutionId: number) => `claveunica:institution:${institutionId}`;
const secretKey = (config: Config) => deriveKey(config.identityKey, 'claveunica-secret');

/** The default redirect and logout URLs an institution registers with ClaveÚnica. */
export function defaultUris(config: Config, institutionSlug: string) {
  return {
    redirectUri: `${config.baseUrl}/instituciones/${institutionSlug}/claveunica/retorno`,
    logoutUri: `${config.baseUrl}/`,
  };
}

export async function findClaveUnicaClient(db: DbOrTx, config: Config, institutionId: number): Promise<ClaveUnicaClient | null> {
  const [row] = await db.select().from(claveunicaClients).where(eq(claveunicaClients.institutionId, institutionId));
  if (!row) return null;
  const { clientSecretEncrypted, updatedAt: _updatedAt, ...rest } = row;
  return { ...rest, clientSecret: decryptSecret(clientSecretEncrypted, secretKey(config), secretContext(institutionId)) };
}

/** Whether an institution offers ClaveÚnica, without decrypting anything (sign-in pages ask this). */
export async function hasClaveUnica(db: DbOrTx, institutionId: number): Promise<boolean> {
  const [row] = await db.select({ id: claveunicaClients.institutionId }).from(claveunicaClients).where(eq(claveunicaClients.institutionId, institutionId));
  return !!row;
}

export interface SaveClaveUnicaClientInput {
  institutionId: number;
  issuer: string;
  clientId: string;
  /** Omit to keep the stored secret (forms never show it back). */
  clientSecret?: string;
  redirectUri: string;
  logoutUri: string;
}

/** Creates or replaces the institution's client, the secret encrypted at rest; audited (public: who changed it). */
export async function saveClaveUnicaClient(tx: Tx, config: Config, input: SaveClaveUnicaClientInput, actor: AuditActor) {
  const { institutionId, clientSecret, ...fields } = input;
  const [existing] = await tx.select({ id: claveunicaClients.institutionId }).from(claveunicaClients).where(eq(claveunicaClients.institutionId, institutionId));
  if (!existing && !clientSecret) throw new Error('a new ClaveÚnica client needs its secret');
  const encrypted = clientSecret ? { clientSecretEncrypted: encryptSecret(clientSecret, secretKey(config), secretContext(institutionId)) } : {};
  if (existing) {
    await tx.update(claveunicaClients).set({ ...fields, ...encrypted, updatedAt: new Date() }).where(eq(claveunicaClients.institutionId, institutionId));
  } else {
    await tx.insert(claveunicaClients).values({ institutionId, ...fields, clientSecretEncrypted: encrypted.clientSecretEncrypted! });
  }
  await appendAudit(tx, {
    actor, institutionId, action: existing ? 'claveunica.update' : 'claveunica.configure', resourceType: 'claveunica_client',
    resourceId: institutionId, public: true,
    // The client id is not secret (it travels in every authorization URL); the secret never enters the log.
    summary: { issuer: fields.issuer, clientId: fields.clientId, redirectUri: fields.redirectUri, secretChanged: !!clientSecret },
  });
}

/** What signing out needs (no secret): where ClaveÚnica lives and where it must send the browser back. */
export async function findClaveUnicaLogout(db: DbOrTx, institutionId: number) {
  const [row] = await db.select({ issuer: claveunicaClients.issuer, logoutUri: claveunicaClients.logoutUri })
    .from(claveunicaClients).where(eq(claveunicaClients.institutionId, institutionId));
  return row ?? null;
}
