// Deadline reminders to the officials responsible for a request: those with the 'transparency' permission in its
// institution and its admins. Ley 20.285 art. 14 gives 20 business days (30 once extended); a reminder goes out when
// 5 business days are left, when 1 is left (or it is the last day), and when the deadline passed without an answer —
// once per request, deadline and milestone (schema.ts), the most urgent one only when the ticker sees several at once.
// Claimed in the ticker's transaction and sent after it commits, one email per official with every request due.
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import type { Config } from '../../../core/config.js';
import type { MailMessage } from '../../../core/auth/email.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { businessDaysBetween, findInstitutionCalendar, type CalendarOptions } from '../../../core/calendar/index.js';
import { translator, type Locale } from '../../../core/i18n/index.js';
import { transparencyRequests as r } from '../requests/schema.js';
import { REMINDER_MILESTONES, transparencyReminders as m, type ReminderDeadline, type ReminderMilestone } from './schema.js';
import { formatMailDay, inboxPath, renderMail, requestPath } from './mail-parts.js';

export type MailConfig = Pick<Config, 'baseUrl'>;

/** Calendar days ahead that surely hold 5 business days (weekends and the longest run of holidays, Fiestas Patrias). */
const HORIZON_DAYS = 14;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Due = { requestId: number; institutionId: number; slug: string; institution: string; folio: string; subject: string;
  deadline: ReminderDeadline; dueOn: string; milestone: ReminderMilestone; days: number };

/** The milestone a deadline has reached on `today`, or null while more than 5 business days are left. */
export function reachedMilestone(today: string, dueOn: string, calendar: CalendarOptions): { milestone: ReminderMilestone; days: number } | null {
  if (dueOn < today) return { milestone: 'overdue', days: 0 };
  const days = businessDaysBetween(today, dueOn, calendar);
  if (days <= 1) return { milestone: 'due_in_1', days };
  return days <= 5 ? { milestone: 'due_in_5', days } : null;
}

async function findDue(tx: Tx, today: string): Promise<Due[]> {
  const horizon = addDays(today, HORIZON_DAYS);
  const deadline = sql<ReminderDeadline>`case when ${r.extendedDueOn} is null then 'due' else 'extended' end`;
  const rows = await tx.select({
    requestId: r.id, institutionId: r.institutionId, slug: institutions.slug, institution: institutions.name, folio: r.folio,
    subject: r.subject, deadline, dueOn: sql<string>`coalesce(${r.extendedDueOn}, ${r.dueOn})::text`,
  }).from(r).innerJoin(institutions, eq(institutions.id, r.institutionId))
    .where(sql`${r.state} in ('received', 'in_progress') and ${r.dueOn} <= ${horizon}::date
      and coalesce(${r.extendedDueOn}, ${r.dueOn}) <= ${horizon}::date
      and not exists (select 1 from ${m} where ${m.requestId} = ${r.id} and ${m.deadline} = ${deadline} and ${m.milestone} = 'overdue')`)
    .orderBy(r.id);
  if (rows.length === 0) return [];
  const sent = await tx.select({ requestId: m.requestId, deadline: m.deadline, milestone: m.milestone }).from(m)
    .where(inArray(m.requestId, rows.map((x) => x.requestId)));
  const rank = (x: ReminderMilestone) => REMINDER_MILESTONES.indexOf(x);
  const calendars = new Map<number, CalendarOptions>();
  const due: Due[] = [];
  for (const row of rows) {
    let calendar = calendars.get(row.institutionId);
    if (!calendar) calendars.set(row.institutionId, calendar = await findInstitutionCalendar(tx, row.institutionId));
    const reached = reachedMilestone(today, row.dueOn, calendar);
    if (!reached) continue;
    // A recompute may move a deadline later: a reminder already as urgent or more is not followed by a milder one.
    if (sent.some((s) => s.requestId === row.requestId && s.deadline === row.deadline && rank(s.milestone) >= rank(reached.milestone))) continue;
    due.push({ ...row, ...reached });
  }
  return due;
}

/** The officials responsible in each institution, with an address they confirmed. */
async function findResponsible(tx: Tx, institutionIds: number[]) {
  return tx.selectDistinct({ institutionId: roleAssignments.institutionId, id: people.id, email: people.email, name: people.name, locale: people.locale })
    .from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(inArray(roleAssignments.institutionId, institutionIds), isNotNull(people.email), isNotNull(people.emailConfirmedAt),
      or(eq(roleAssignments.role, 'institution_admin'),
        and(eq(roleAssignments.role, 'official'), sql`'transparency' = any(${roleAssignments.permissions})`))));
}

/** Marks the reminders due at `now` as sent and returns their emails (one per official). */
export async function claimReminders(tx: Tx, config: MailConfig, today: string, now: Date): Promise<MailMessage[]> {
  const due = await findDue(tx, today);
  if (due.length === 0) return [];
  const officials = await findResponsible(tx, [...new Set(due.map((d) => d.institutionId))]);
  for (const d of due) {
    await tx.insert(m).values({
      requestId: d.requestId, institutionId: d.institutionId, deadline: d.deadline, milestone: d.milestone, dueOn: d.dueOn,
      recipients: officials.filter((o) => o.institutionId === d.institutionId).length, sentAt: now,
    }).onConflictDoNothing();
  }
  const byPerson = new Map<number, { person: (typeof officials)[number]; items: Due[] }>();
  for (const o of officials) {
    const entry = byPerson.get(o.id) ?? { person: o, items: [] };
    entry.items.push(...due.filter((d) => d.institutionId === o.institutionId));
    byPerson.set(o.id, entry);
  }
  return [...byPerson.values()].map(({ person, items }) => composeReminder({ ...person, email: person.email! }, items, config));
}

function composeReminder(to: { email: string; name: string; locale: Locale }, items: Due[], config: MailConfig): MailMessage {
  const t = translator(to.locale);
  const variant = (d: Due) => (d.milestone === 'due_in_1' && d.days === 0 ? 'due_today' : d.milestone);
  const lines = items.map((d) => ({
    text: t(`transparency.statistics.reminder.${variant(d)}`, { institution: d.institution, folio: d.folio, subject: d.subject, due: formatMailDay(d.dueOn, to.locale), days: d.days }),
    url: `${config.baseUrl}${requestPath(d.slug, d.folio)}/gestion`,
  }));
  const first = items[0]!;
  const subject = items.length === 1
    ? t('transparency.statistics.reminder.subjectOne', { folio: first.folio, when: t(`transparency.statistics.reminder.when.${variant(first)}`, { days: first.days }) })
    : t('transparency.statistics.reminder.subjectMany', { count: items.length });
  const inbox = `${config.baseUrl}${inboxPath(first.slug)}`;
  const body = renderMail([
    { text: t('transparency.statistics.reminder.greeting', { name: to.name }) },
    { text: t('transparency.statistics.reminder.intro') },
    { items: lines },
    { link: t('transparency.statistics.reminder.inbox'), url: inbox },
    { small: t('transparency.statistics.reminder.why') },
  ]);
  return { to: to.email, subject, ...body, link: inbox };
}
