// Emails to the requester about what officials or the clock did on their request: a correction asked (art. 12), the
// request deemed withdrawn, an extension (art. 14), the answer, a transfer (art. 13), a deadline recomputed after a
// calendar change, an official's comment. Public events only (never an internal note). The private link's token is
// stored hashed (requests/schema.ts), so the email cannot carry it: it links to the public page and points to the
// private link of the confirmation email. One email per event, at most once (schema.ts), in the requester's language
// when they have an account (es-CL otherwise); events older than a week are not mailed, so an outage sends no backlog.
import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../core/db/client.js';
import type { MailMessage } from '../../../core/auth/email.js';
import { isLocale, translator, type Locale, type MessageKey } from '../../../core/i18n/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { transparencyRequests as r, transparencyRequestEvents as e } from '../requests/schema.js';
import { transparencyRequesterMails as sent } from './schema.js';
import { formatMailDay, renderMail, requestPath } from './mail-parts.js';
import type { MailConfig } from './reminders.js';

export const MAILED_KINDS = ['correction_requested', 'correction_expired', 'extended', 'answered', 'transferred', 'deadline_recomputed', 'comment'] as const;
type MailedKind = (typeof MAILED_KINDS)[number];

const WINDOW_MS = 7 * 86_400_000;
/** Events taken per tick; the rest go out on the next ticks. */
const MAX_EVENTS = 500;
/** How far below the last mailed event id to look: ids are taken before commit, so a later id can commit first. */
const ID_LOOKBACK = 10_000;

type Row = {
  eventId: number; requestId: number; kind: MailedKind; data: Record<string, unknown>;
  folio: string; name: string; email: string; locale: string | null; slug: string; institution: string;
  dueOn: string | null; extendedDueOn: string | null; correctionDueOn: string | null;
};

const dates = (x: unknown) => (x && typeof x === 'object' ? x as Record<string, string | null> : {});
const moved = (data: Record<string, unknown>, k: string) => dates(data.before)[k] !== dates(data.after)[k];

/** The date the body speaks of, or false when the event needs no email (a recompute that moved only the appeal window). */
function dateOf(row: Row): string | null | false {
  if (row.kind === 'correction_requested') return row.correctionDueOn;
  if (row.kind === 'extended') return row.extendedDueOn;
  if (row.kind !== 'deadline_recomputed') return null;
  if (!['dueOn', 'extendedDueOn', 'correctionDueOn'].some((k) => moved(row.data, k))) return false;
  const after = dates(row.data.after);
  return after.extendedDueOn ?? after.dueOn ?? after.correctionDueOn ?? null;
}

function textOf(row: Row, t: ReturnType<typeof translator>): string {
  if (row.kind === 'answered') return t(`transparency.request.answer.kind.${String(row.data.kind)}` as MessageKey);
  if (row.kind === 'transferred') return String(row.data.toBody ?? '');
  return String(row.data.reasons ?? row.data.text ?? '');
}

export async function claimRequesterMails(tx: Tx, config: MailConfig, now: Date): Promise<MailMessage[]> {
  const rows = await queryRows<Row>(tx, sql`
    select ${e.id} as "eventId", ${e.requestId} as "requestId", ${e.kind} as kind, ${e.data} as data,
      ${r.folio} as folio, ${r.requesterName} as name, ${r.requesterEmail} as email, ${people.locale} as locale,
      ${institutions.slug} as slug, ${institutions.name} as institution,
      ${r.dueOn}::text as "dueOn", ${r.extendedDueOn}::text as "extendedDueOn", ${r.correctionDueOn}::text as "correctionDueOn"
    from ${e} join ${r} on ${r.id} = ${e.requestId} join ${institutions} on ${institutions.id} = ${r.institutionId}
      left join ${people} on ${people.id} = ${r.requesterPersonId}
    where ${inArray(e.kind, [...MAILED_KINDS])} and ${e.author} <> 'requester' and ${e.public}
      and ${e.at} >= ${new Date(now.getTime() - WINDOW_MS).toISOString()}::timestamptz
      and ${e.id} > (select coalesce(max(${sent.eventId}), 0) - ${ID_LOOKBACK} from ${sent})
      and not exists (select 1 from ${sent} where ${sent.eventId} = ${e.id})
    order by ${e.id} limit ${MAX_EVENTS}`);
  const mails: MailMessage[] = [];
  for (const row of rows) {
    const [claimed] = await tx.insert(sent).values({ eventId: row.eventId, requestId: row.requestId, sentAt: now }).onConflictDoNothing().returning();
    const date = dateOf(row);
    if (claimed && date !== false) mails.push(composeRequesterMail(row, date, config));
  }
  return mails;
}

function composeRequesterMail(row: Row, date: string | null, config: MailConfig): MailMessage {
  const locale: Locale = isLocale(row.locale) ? row.locale : 'es-CL';
  const t = translator(locale);
  const url = `${config.baseUrl}${requestPath(row.slug, row.folio)}`;
  const body = renderMail([
    { text: t('transparency.statistics.requester.greeting', { name: row.name }) },
    { text: t(`transparency.statistics.requester.body.${row.kind}`, { date: formatMailDay(date, locale), text: textOf(row, t) }) },
    { link: t('transparency.statistics.requester.link'), url },
    { text: t('transparency.statistics.requester.private') },
    { small: t('transparency.statistics.requester.why') },
  ]);
  const subject = t('transparency.statistics.requester.subject', { folio: row.folio, institution: row.institution, what: t(`transparency.statistics.requester.what.${row.kind}`) });
  return { to: row.email, subject, ...body, link: url };
}
