// Filing once however often the form is sent (a double click, a resubmitted page, a client's retry): the form's
// submission key (or, without one, the email) serialises the submissions under a transaction-level lock, and the
// later ones find the first filing once it committed. Anonymous filers have no person to key core/http/idempotency.ts
// on, hence this match on the filing itself.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../../core/db/client.js';
import { transparencyRequests as r } from '../schema.js';
import type { Filing } from '../form.js';
import { fileRequest } from './file-request.js';

/**
 * A second submission of the same filing (a double click, a resubmitted page): the same requester asked the same
 * thing of the same institution in the last ten minutes. The form's submission key serialises the two submissions
 * (fileOnce takes a lock on it), so the second finds the first once it committed.
 */
async function findRecentFiling(db: DbOrTx, f: { institutionId: number; email: string; subject: string; body: string }) {
  const [row] = await db.select({ id: r.id, folio: r.folio }).from(r).where(and(eq(r.institutionId, f.institutionId),
    sql`lower(${r.requesterEmail}) = lower(${f.email})`, eq(r.subject, f.subject), eq(r.body, f.body), gte(r.filedAt, sql`now() - interval '10 minutes'`)));
  return row ?? null;
}

export type FilingOutcome = { duplicate: true; folio: string } | { duplicate: false; id: number; folio: string; accessToken: string };

/** Files once per submission key (or per identical filing within minutes), in the caller's transaction. */
export async function fileOnce(tx: Tx, institutionId: number, f: Filing, personId: number | null, rules: Parameters<typeof fileRequest>[1]['rules']): Promise<FilingOutcome> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`transparency.filing:${f.submission ?? f.email.toLowerCase()}`}))`);
  const earlier = await findRecentFiling(tx, { institutionId, email: f.email, subject: f.subject, body: f.body });
  if (earlier) return { duplicate: true, folio: earlier.folio };
  const filed = await fileRequest(tx, {
    institutionId, subject: f.subject, body: f.body, format: f.format, delivery: f.delivery, requesterName: f.name, requesterEmail: f.email,
    requesterAddress: f.address ?? null, requesterPersonId: personId, showName: f.showName, rules,
  });
  return { duplicate: false, ...filed };
}

