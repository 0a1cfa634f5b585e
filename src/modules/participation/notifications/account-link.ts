// The participation entry in every page's menu for a signed-in person: their notifications, with the unread count
// (one count on a partial index of unread rows), so in-app notifications are seen without visiting the page.
import type { Db } from '../../../core/db/client.js';
import type { AccountLink } from '../../../core/views/context.js';
import { NOTIFICATIONS_PATH } from './mail.js';
import { unreadCount } from './queries.js';

export async function notificationLinks(db: Db, personId: number): Promise<AccountLink[]> {
  const count = await unreadCount(db, personId);
  return [count > 0
    ? { href: NOTIFICATIONS_PATH, label: 'participation.notifications.navUnread', params: { count } }
    : { href: NOTIFICATIONS_PATH, label: 'participation.notifications.nav' }];
}
