// Pages of notifications: my notifications (newest first, unread marked), my email preference with what I follow,
// and the unsubscribe page an email's link opens without signing in.
import type { ViewContext } from '../../../core/views/context.js';
import { Layout, type Crumb } from '../../../core/views/layout.js';
import { Button, Form, PostButton } from '../../../core/views/components/form.js';
import { formatters, type MessageKey } from '../../../core/i18n/index.js';
import { EMAIL_CHOICES, type EmailChoice } from './schema.js';
import { describe } from './describe.js';
import { FollowButton } from './follow-button.js';
import { subjectPath } from './subjects.js';
import { NOTIFICATIONS_PATH, PREFERENCES_PATH } from './mail.js';
import type { FollowRow, NotificationRow } from './queries.js';

export const READ_PATH = `${NOTIFICATIONS_PATH}/leidas`;

const crumbs = (ctx: ViewContext, last?: string): Crumb[] => [
  { href: '/', label: ctx.t('nav.home') }, { href: '/participacion', label: ctx.t('participation.title') },
  ...(last ? [{ href: NOTIFICATIONS_PATH, label: ctx.t('participation.notifications.title') }, { label: last }] : [{ label: ctx.t('participation.notifications.title') }]),
];

export function NotificationsPage({ ctx, items, unread, next, paged }: {
  ctx: ViewContext; items: NotificationRow[]; unread: number; next: string | null; paged: boolean;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  return (
    <Layout ctx={ctx} title={t('participation.notifications.title')} breadcrumbs={crumbs(ctx)}>
      <h1>{t('participation.notifications.title')}</h1>
      <p class="lead">{t('participation.notifications.lead')}</p>
      <p>
        {unread > 0 && <><strong>{t('participation.notifications.unread', { count: unread })}</strong>{' '}
          <PostButton ctx={ctx} action={READ_PATH} label={t('participation.notifications.markAllRead')} variant="link" />{' · '}</>}
        <a href={PREFERENCES_PATH}>{t('participation.notifications.preferencesLink')}</a>
      </p>
      {items.length === 0 && !paged ? <p class="empty-state">{t('participation.notifications.none')}</p> : (
        <ul>
          {items.map((item) => {
            const { text, path } = describe(t, item);
            return (
              <li>
                {item.readAt === null && <><span class="tag">{t('participation.notifications.new')}</span>{' '}</>}
                <a href={path}>{item.readAt === null ? <strong>{text}</strong> : text}</a>
                <br /><time class="hint" dateTime={item.createdAt.toISOString()}>{dateTime.format(item.createdAt)}</time>
              </li>
            );
          })}
        </ul>
      )}
      {(next || paged) && (
        <nav class="pagination" aria-label={t('participation.notifications.title')}>
          {paged && <a href={NOTIFICATIONS_PATH}>{t('participation.notifications.first')}</a>}
          {next && <a href={`${NOTIFICATIONS_PATH}?cursor=${encodeURIComponent(next)}`} rel="next">{t('participation.notifications.more')}</a>}
        </nav>
      )}
    </Layout>
  );
}

const SUBJECT_LABEL: Record<FollowRow['subjectType'], MessageKey> = {
  process: 'participation.notifications.subject.process', proposal: 'participation.notifications.subject.proposal',
  consultation: 'participation.notifications.subject.consultation', vote: 'participation.notifications.subject.vote',
  commitment: 'participation.notifications.subject.commitment', observation: 'participation.notifications.subject.observation',
};
const CHOICE_LABEL: Record<EmailChoice, MessageKey> = {
  immediate: 'participation.notifications.prefs.immediate', daily: 'participation.notifications.prefs.daily', off: 'participation.notifications.prefs.off',
};

export function PreferencesPage({ ctx, email, follows, next }: { ctx: ViewContext; email: EmailChoice; follows: FollowRow[]; next: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.notifications.prefs.title')} breadcrumbs={crumbs(ctx, t('participation.notifications.prefs.title'))}>
      <h1>{t('participation.notifications.prefs.title')}</h1>
      {!ctx.actor?.emailConfirmed && <p class="notice">{t('participation.notifications.prefs.noEmail')} <a href="/cuenta">{t('nav.account')}</a></p>}
      <Form ctx={ctx} action={PREFERENCES_PATH}>
        <fieldset class="field">
          <legend>{t('participation.notifications.prefs.email')}</legend>
          {EMAIL_CHOICES.map((c) => (
            <div><label class="inline"><input type="radio" name="email" value={c} checked={c === email} /> {t(CHOICE_LABEL[c])}</label></div>
          ))}
        </fieldset>
        <Button>{t('participation.notifications.prefs.save')}</Button>
      </Form>
      <h2>{t('participation.notifications.prefs.following')}</h2>
      {follows.length === 0 ? <p>{t('participation.notifications.prefs.followingNone')}</p> : (
        <ul>
          {follows.map((f) => (
            <li>
              <span class="tag">{t(SUBJECT_LABEL[f.subjectType])}</span>{' '}
              <a href={subjectPath(f.subjectType, f.subjectId)}>{f.title ?? t('participation.notifications.untitled')}</a>{' '}
              <FollowButton ctx={ctx} subject={{ type: f.subjectType, id: f.subjectId }} following back={PREFERENCES_PATH} />
            </li>
          ))}
        </ul>
      )}
      {next && <p class="pagination"><a href={`${PREFERENCES_PATH}?cursor=${encodeURIComponent(next)}`} rel="next">{t('participation.notifications.more')}</a></p>}
    </Layout>
  );
}

/** `state`: the token is good and email is on (ask), already off (done), or the token is bad (invalid). */
export function UnsubscribePage({ ctx, action, state, email }: { ctx: ViewContext; action: string; state: 'ask' | 'done' | 'invalid'; email?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.notifications.unsubscribe.title')}>
      <h1>{t('participation.notifications.unsubscribe.title')}</h1>
      {state === 'invalid' && <p>{t('participation.notifications.unsubscribe.invalid')} <a href={PREFERENCES_PATH}>{t('participation.notifications.prefs.title')}</a></p>}
      {state === 'ask' && (
        <>
          <p>{t('participation.notifications.unsubscribe.body', { email: email ?? '' })}</p>
          <Form ctx={ctx} action={action}><Button>{t('participation.notifications.unsubscribe.confirm')}</Button></Form>
        </>
      )}
      {state === 'done' && (
        <>
          <p>{t('participation.notifications.unsubscribe.done')}</p>
          <p>{t('participation.notifications.unsubscribe.again')} <a href={PREFERENCES_PATH}>{t('participation.notifications.prefs.title')}</a></p>
        </>
      )}
    </Layout>
  );
}
