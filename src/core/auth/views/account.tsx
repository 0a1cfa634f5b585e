// The signed-in person's own account: details, email confirmation, roles, and API tokens (list, create, revoke).
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form, PostButton } from '../../views/components/form.js';
import { Table } from '../../views/components/table.js';
import { formatters, type MessageKey } from '../../i18n/index.js';
import { canCreateApiToken } from '../../policy.js';
import type { Account, ApiTokenRow } from '../queries.js';
import { AuthPage, type FormState } from './auth-page.js';

export function AccountPage({ ctx, account, tokens, tokenForm = { values: {} } }: {
  ctx: ViewContext; account: Account; tokens: ApiTokenRow[]; tokenForm?: FormState;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const confirmed = account.emailConfirmedAt !== null;
  return (
    <AuthPage ctx={ctx} title={t('auth.account.title')}>
      <ErrorSummary ctx={ctx} errors={tokenForm.errors} />
      <h2>{t('auth.account.details')}</h2>
      <dl class="facts">
        <div><dt>{t('auth.field.name')}</dt><dd>{account.name}</dd></div>
        {account.email && <div><dt>{t('auth.field.email')}</dt><dd>{account.email}</dd></div>}
        {account.email && <div><dt>{t('auth.account.emailStatus')}</dt><dd>{confirmed ? t('auth.account.confirmed') : t('auth.account.unconfirmed')}</dd></div>}
        <div>
          <dt>{t('auth.account.identity')}</dt>
          {/* The RUN itself is never shown, not even to its owner's browser: a shared computer may keep the page. */}
          <dd>{account.identityMethod
            ? t(`auth.account.identity.${account.identityMethod}`, { date: dateTime.format(account.identityVerifiedAt!) })
            : t('auth.account.identity.none')}</dd>
        </div>
      </dl>
      {account.email && !confirmed && (
        <>
          <p>{t('auth.account.unconfirmedHint')}</p>
          <PostButton ctx={ctx} action="/cuenta/confirmacion" label={t('auth.confirm.resend')} />
        </>
      )}

      <h2>{t('auth.account.roles')}</h2>
      <ul>
        <li>{t('auth.role.resident')}</li>
        {account.roles.map((r) => (
          <li>
            {t(`auth.role.${r.role}` as MessageKey, { institution: r.institutionName ?? '' })}
            {r.permissions.length > 0 && <> ({t('auth.role.modules', { modules: r.permissions.map((m) => t(`module.${m}` as MessageKey)).join(', ') })})</>}
          </li>
        ))}
      </ul>

      <h2>{t('auth.tokens.title')}</h2>
      <p>{t('auth.tokens.lead')}</p>
      <Table ctx={ctx} caption={t('auth.tokens.title')} rows={tokens} columns={[
        { header: t('auth.tokens.name'), cell: (k) => k.name },
        { header: t('auth.tokens.prefix'), cell: (k) => <code>{k.prefix}…</code> },
        { header: t('auth.tokens.created'), cell: (k) => dateTime.format(k.createdAt) },
        { header: t('auth.tokens.lastUsed'), cell: (k) => (k.lastUsedAt ? dateTime.format(k.lastUsedAt) : t('auth.tokens.never')) },
        { header: t('auth.tokens.actions'), cell: (k) => <PostButton ctx={ctx} action={`/cuenta/tokens/${k.id}/revocar`} label={t('auth.tokens.revoke', { name: k.name })} /> },
      ]} />
      {canCreateApiToken(ctx.actor) ? (
        <Form ctx={ctx} action="/cuenta/tokens">
          <Field name="name" label={t('auth.tokens.name')} hint={t('auth.tokens.nameHint')} value={tokenForm.values.name} error={tokenForm.errors?.name} required />
          <Button>{t('auth.tokens.create')}</Button>
        </Form>
      ) : (
        <p>{t('auth.tokens.needsConfirmation')}</p>
      )}
    </AuthPage>
  );
}

/** The only page that ever shows the token: only its hash is stored. */
export function ApiTokenCreatedPage({ ctx, name, token }: { ctx: ViewContext; name: string; token: string }) {
  const { t } = ctx;
  return (
    <AuthPage ctx={ctx} title={t('auth.tokens.createdTitle')} lead={t('auth.tokens.createdLead')}>
      <dl class="facts">
        <div><dt>{t('auth.tokens.name')}</dt><dd>{name}</dd></div>
        <div><dt>{t('auth.tokens.value')}</dt><dd><code id="api-token">{token}</code></dd></div>
      </dl>
      <p><a href="/cuenta">{t('auth.tokens.back')}</a></p>
    </AuthPage>
  );
}
