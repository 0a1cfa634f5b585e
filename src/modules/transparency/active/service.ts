// What the pages and the API share: the institution and the category by URL or 404, today's date in Santiago, each
// category's status on the institution's calendar, and the datasets registered with the open-data catalogue.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest, notFound } from '../../../core/http/errors.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { findInstitutionCalendar, toSantiagoDate } from '../../../core/calendar/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { ACTIVE_CATEGORIES, findCategory } from './categories.js';
import { listLatestByCategory, listRows } from './queries.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { FIRST_PERIOD, updateStatus } from './schedule.js';
import { presentCategoryStatus, presentDataset } from './present.js';
import type { ModuleDataset } from '../../../core/module.js';

export const today = () => toSantiagoDate(new Date());

/** Why an update cannot describe this period ('YYYY-MM'): before the law was in force, or a month still to come. */
export function periodError(period: string): MessageKey | null {
  if (period < FIRST_PERIOD) return 'transparency.active.error.periodTooOld';
  return period > today().slice(0, 7) ? 'transparency.active.error.periodFuture' : null;
}

export function categoryOf(key: string) {
  const category = findCategory(key);
  if (!category) throw notFound();
  return category;
}

/** Every category of an institution with its latest update and whether it is late (schedule.ts), on `day`. */
export async function listCategoryStatuses(db: DbOrTx, institution: { id: number; slug: string }, day = today()) {
  const latest = new Map((await listLatestByCategory(db, institution.id)).map((u) => [u.category, u]));
  const calendar = await findInstitutionCalendar(db, institution.id);
  return ACTIVE_CATEGORIES.map((c) => {
    const update = latest.get(c.key);
    return presentCategoryStatus(institution.slug, c, update, updateStatus(update?.period ?? null, day, calendar));
  });
}

/** Per institution and category with data, the dataset the open-data catalogue lists (issue 7). */
export async function listActiveDatasets(db: DbOrTx): Promise<ModuleDataset[]> {
  const latest = await listLatestByCategory(db);
  if (latest.length === 0) return [];
  const ids = [...new Set(latest.map((u) => u.institutionId))];
  const slugs = new Map((await db.select({ id: institutions.id, slug: institutions.slug }).from(institutions).where(inArray(institutions.id, ids))).map((i) => [i.id, i.slug]));
  return latest.flatMap((u) => {
    const category = findCategory(u.category);
    return category ? [presentDataset(slugs.get(u.institutionId)!, category, u)] : [];
  });
}

/** A page of an update's rows from a cursor (the last position seen), and the next cursor. */
export async function readRowsPage(db: DbOrTx, updateId: number, cursor: string | undefined, limit: number) {
  const key = decodeCursor(cursor);
  const after = key === null ? 0 : Number(key[0]);
  if (!Number.isSafeInteger(after) || after < 0) throw badRequest('validation.invalid');
  const page = pageOf(await listRows(db, updateId, after, limit + 1), limit, (r) => [r.position]);
  return { items: page.items.map((r) => r.data), next: page.next };
}
