// An institution's ClaveÚnica settings as its admins see them: everything but the client secret, which is never read
// back for display (client-config.ts decrypts it only for the sign-in flow).
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { claveunicaClients } from '../schema.js';

export async function findClaveUnicaSettings(db: DbOrTx, institutionId: number) {
  const [row] = await db.select({
    settings: {
      issuer: claveunicaClients.issuer, clientId: claveunicaClients.clientId, redirectUri: claveunicaClients.redirectUri,
      logoutUri: claveunicaClients.logoutUri,
    },
    updatedAt: claveunicaClients.updatedAt,
  }).from(claveunicaClients).where(eq(claveunicaClients.institutionId, institutionId));
  return row ?? null;
}
export type ClaveUnicaSettingsRow = NonNullable<Awaited<ReturnType<typeof findClaveUnicaSettings>>>;
