// Notification emails: at once (one email per person per tick, with what the tick found) or a daily digest at 8:00
// in Chile (America/Santiago, DESIGN.md convention 9), as each person chose; none for those who turned email off or
// have no confirmed address (their notifications are marked passed over, so turning email on later does not send a
// backlog). Emails are claimed (mailed_at set) in the notifier's transaction and sent after it commits: at most once.
import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Tx } from '../../../core/db/client.js';
import type { Config } from '../../../core/config.js';
import type { MailMessage } from '../../../core/auth/email.js';
import { people } from '../../../core/auth/schema.js';
import { translator, type Locale } from '../../../core/i18n/index.js';
import { participationNotifications as n, participationNotificationSettings as s, DEFAULT_EMAIL_CHOICE } from './schema.js';
import { notificationRows, type NotificationRow } from './queries.js';
import { describe } from './describe.js';
import { unsubscribeUrl } from './unsubscribe.js';

export type MailConfig = Pick<Config, 'baseUrl' | 'sessionSecret'>;
/** A message with the headers a mailing needs (List-Unsubscribe, RFC 2369; one-click, RFC 8058). */
export type NotificationMail = MailMessage & { headers: Record<string, string> };

/** Notifications taken per tick: a burst goes out over the next ticks rather than in one long transaction. */
const MAX_ROWS = 2000;
/** Items listed in one email; the rest are on the notifications page. */
const MAX_ITEMS = 30;
const DIGEST_HOUR = 8;
export const NOTIFICATIONS_PATH = '/participacion/notificaciones';
export const PREFERENCES_PATH = `${NOTIFICATIONS_PATH}/preferencias`;

const choice = sql`coalesce(${s.email}, ${DEFAULT_EMAIL_CHOICE})`;

/** The emails due at `now`, their notifications marked as mailed. */
export async function claimEmails(tx: Tx, config: MailConfig, now: Date): Promise<NotificationMail[]> {
  const reachable = and(isNotNull(people.email), isNotNull(people.emailConfirmedAt));
  await tx.execute(sql`update ${n} set mailed_at = ${now.toISOString()}::timestamptz
    from ${people} left join ${s} on ${s.personId} = ${people.id}
    where ${n.personId} = ${people.id} and ${n.mailedAt} is null and not (${reachable} and ${choice} <> 'off')`);
  const digestDue = lastDigestTime(now);
  const pending = await tx.select({ id: n.id, personId: n.personId, choice: sql<string>`${choice}` }).from(n)
    .innerJoin(people, eq(people.id, n.personId)).leftJoin(s, eq(s.personId, n.personId))
    .where(and(isNull(n.mailedAt), or(sql`${choice} = 'immediate'`,
      sql`${choice} = 'daily' and coalesce(${s.lastDigestAt}, ${s.updatedAt}) < ${digestDue.toISOString()}::timestamptz`)))
    .orderBy(n.id).limit(MAX_ROWS);
  if (pending.length === 0) return [];
  const ids = pending.map((p) => p.id);
  await tx.update(n).set({ mailedAt: now }).where(inArray(n.id, ids));
  const digestPeople = [...new Set(pending.filter((p) => p.choice === 'daily').map((p) => p.personId))];
  if (digestPeople.length > 0) await tx.update(s).set({ lastDigestAt: now }).where(inArray(s.personId, digestPeople));
  const rows = await notificationRows(tx, inArray(n.id, ids), MAX_ROWS);
  const recipients = await tx.select({ id: people.id, email: people.email, name: people.name, locale: people.locale })
    .from(people).where(inArray(people.id, [...new Set(pending.map((p) => p.personId))]));
  const byPerson = new Map<number, NotificationRow[]>();
  for (const row of rows.reverse()) {
    const list = byPerson.get(row.personId);
    if (list) list.push(row);
    else byPerson.set(row.personId, [row]);
  }
  const digests = new Set(digestPeople);
  return recipients.map((person) => composeNotificationEmail({ ...person, email: person.email! }, byPerson.get(person.id) ?? [], digests.has(person.id), config));
}

/** The most recent 8:00 in Chile at or before `now`. */
export function lastDigestTime(now: Date): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Santiago', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(now).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = wall - Math.floor(now.getTime() / 1000) * 1000;
  const today = Date.UTC(parts.year, parts.month - 1, parts.day, DIGEST_HOUR) - offset;
  return new Date(today <= now.getTime() ? today : today - 86_400_000);
}

export function composeNotificationEmail(to: { id: number; email: string; name: string; locale: Locale },
  items: NotificationRow[], digest: boolean, config: MailConfig): NotificationMail {
  const t = translator(to.locale);
  const lines = items.slice(0, MAX_ITEMS).map((item) => {
    const { text, path } = describe(t, item);
    return { text, url: `${config.baseUrl}${path}` };
  });
  const all = `${config.baseUrl}${NOTIFICATIONS_PATH}`;
  const unsubscribe = `${unsubscribeUrl(config.baseUrl, config.sessionSecret, to.id)}?lang=${to.locale}`;
  const links = [
    { label: t('participation.notifications.email.all'), url: all },
    { label: t('participation.notifications.email.preferences'), url: `${config.baseUrl}${PREFERENCES_PATH}` },
    { label: t('participation.notifications.email.unsubscribe'), url: unsubscribe },
  ];
  const more = items.length > MAX_ITEMS ? t('participation.notifications.email.more', { count: items.length - MAX_ITEMS }) : null;
  const subject = digest ? t(items.length === 1 ? 'participation.notifications.email.subjectDigestOne' : 'participation.notifications.email.subjectDigest', { count: items.length })
    : items.length === 1 ? t('participation.notifications.email.subjectOne', { text: lines[0].text })
    : t('participation.notifications.email.subjectMany', { count: items.length });
  const before = [t('participation.notifications.email.greeting', { name: to.name }), t('participation.notifications.email.intro')];
  const why = t('participation.notifications.email.why');
  const text = [...before, ...lines.map((l) => `- ${l.text}\n  ${l.url}`), ...(more ? [more] : []), why,
    ...links.map((l) => `${l.label}: ${l.url}`)].join('\n\n');
  const html = renderToString(h('div', null,
    ...before.map((p) => h('p', null, p)),
    h('ul', null, ...lines.map((l) => h('li', null, h('a', { href: l.url }, l.text)))),
    more && h('p', null, more),
    h('p', null, h('small', null, why)),
    h('ul', null, ...links.map((l) => h('li', null, h('a', { href: l.url }, l.label))))));
  return { to: to.email, subject, text, html, link: all, headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}
