// Filing an information request (Ley 20.285 art. 12): the row, its `filed` event, the audit row and the cache, in
// the caller's transaction. The folio is 'YYYY-NNNNNN' per institution and year of filing (Santiago), taken under a
// transaction-level advisory lock so two filings at once never share one. The requester's private link carries a
// random 32-byte token shown once; only its sha256 is stored, so a database leak does not open anyone's request.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { Config } from '../../../../core/config.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { queryRows } from '../../../../core/db/client.js';
import { transparencyRequestEvents, transparencyRequests as r, REQUEST_DELIVERIES, REQUEST_FORMATS } from '../schema.js';
import { rewriteCache } from './replay.js';

/** The installation's rules a request is filed under, frozen in its `filed` event (clock.ts). */
export type RequestRules = { thirdPartySuspends: boolean };
export const requestRulesOf = (config: Pick<Config, 'transparencyThirdPartySuspends'>): RequestRules =>
  ({ thirdPartySuspends: config.transparencyThirdPartySuspends });

export type FileRequestInput = {
  institutionId: number;
  subject: string;
  body: string;
  format?: (typeof REQUEST_FORMATS)[number];
  delivery?: (typeof REQUEST_DELIVERIES)[number];
  requesterName: string;
  requesterEmail: string;
  requesterAddress?: string | null;
  requesterPersonId?: number | null;
  /** Default false: the public page says "Solicitante" (Alaveteli's users asked for exactly this). */
  showName?: boolean;
  rules: RequestRules;
  /** The filing instant; now by default (a transfer files at the transfer's instant). */
  at?: Date;
  /** Art. 13: the request this one came from by transfer. */
  transferredFromId?: number;
};

export type FiledRequest = { id: number; folio: string; accessToken: string };

/** Arbitrary constant: the first key of the folio lock (the second is the institution). */
const FOLIO_LOCK = 0x7a0120;

export const hashAccessToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function nextFolio(tx: Tx, institutionId: number, year: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${FOLIO_LOCK}, ${institutionId})`);
  const [last] = await queryRows<{ n: number | null }>(tx, sql`select max(substring(${r.folio} from 6)::int) as n from ${r}
    where ${and(eq(r.institutionId, institutionId), like(r.folio, `${year}-%`))}`);
  return `${year}-${String(Number(last?.n ?? 0) + 1).padStart(6, '0')}`;
}

export async function fileRequest(tx: Tx, input: FileRequestInput): Promise<FiledRequest> {
  const at = input.at ?? new Date();
  const folio = await nextFolio(tx, input.institutionId, toSantiagoDate(at).slice(0, 4));
  const accessToken = randomBytes(32).toString('base64url');
  const [row] = await tx.insert(r).values({
    institutionId: input.institutionId, folio, subject: input.subject, body: input.body,
    format: input.format ?? 'digital', delivery: input.delivery ?? 'email',
    requesterName: input.requesterName, requesterEmail: input.requesterEmail, requesterAddress: input.requesterAddress ?? null,
    requesterPersonId: input.requesterPersonId ?? null, showName: input.showName ?? false,
    accessTokenHash: hashAccessToken(accessToken), filedAt: at, transferredFromId: input.transferredFromId ?? null,
    state: 'received',
  }).returning({ id: r.id });
  const id = row!.id;
  await tx.insert(transparencyRequestEvents).values({
    requestId: id, institutionId: input.institutionId, kind: 'filed', data: { thirdPartySuspends: input.rules.thirdPartySuspends },
    author: 'requester', personId: input.requesterPersonId ?? null, at,
  });
  await appendAudit(tx, {
    // The requester appears by name only when they chose so (schema.ts, show_name).
    actor: { id: input.requesterPersonId ?? null, label: input.showName ? input.requesterName : 'requester' },
    institutionId: input.institutionId, action: 'transparency.request.filed', resourceType: 'transparency_request',
    resourceId: id, public: true, summary: { folio, ...(input.transferredFromId ? { transferredFromId: input.transferredFromId } : {}) },
  });
  await rewriteCache(tx, id, input.institutionId);
  return { id, folio, accessToken };
}
