// The menu entry of officials responsible for requests (the 'transparency' permission, or admins of the institution):
// "Solicitudes por vencer (n)" per institution with requests due within 5 business days or overdue, linking to its
// inbox. One query on role_assignments (by person) and the open-deadline index of the requests (module.ts asks for a
// cheap one). The horizon is counted on the national calendar: an institution's own holiday only makes a deadline
// later, so at worst a request shows here a day before its 5-day reminder.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../core/db/client.js';
import type { AccountLink } from '../../../core/views/context.js';
import { addBusinessDays, toSantiagoDate } from '../../../core/calendar/index.js';
import { roleAssignments as ra } from '../../../core/auth/schema.js';
import { institutions as i } from '../../../core/tenancy/schema.js';
import { transparencyRequests as r } from '../requests/schema.js';
import { inboxPath } from './mail-parts.js';

export async function findDueSoonLinks(db: Db, personId: number, now = new Date()): Promise<AccountLink[]> {
  const horizon = addBusinessDays(toSantiagoDate(now), 5).due;
  const rows = await queryRows<{ slug: string; count: number }>(db, sql`
    select ${i.slug} as slug, count(distinct ${r.id})::int as count
    from ${ra} join ${i} on ${i.id} = ${ra.institutionId}
      join ${r} on ${r.institutionId} = ${ra.institutionId} and ${r.state} in ('received', 'in_progress')
        and ${r.dueOn} <= ${horizon}::date and coalesce(${r.extendedDueOn}, ${r.dueOn}) <= ${horizon}::date
    where ${ra.personId} = ${personId}
      and (${ra.role} = 'institution_admin' or (${ra.role} = 'official' and 'transparency' = any(${ra.permissions})))
    group by ${i.slug} order by ${i.slug}`);
  return rows.map((row) => ({ href: inboxPath(row.slug), label: 'transparency.statistics.nav.due', params: { count: Number(row.count) } }));
}
