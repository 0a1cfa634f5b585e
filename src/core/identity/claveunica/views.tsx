// The page shown when a ClaveÚnica sign-in cannot be completed: what happened, in plain words, and a way on.
import type { ViewContext } from '../../views/context.js';
import { Layout } from '../../views/layout.js';

export function ClaveUnicaErrorPage({ ctx, message, retryHref }: { ctx: ViewContext; message: string; retryHref?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('claveunica.error.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('nav.signIn') }]}>
      <h1>{t('claveunica.error.title')}</h1>
      <p>{message}</p>
      <p>
        {retryHref && <><a class="button button-primary" href={retryHref}>{t('claveunica.retry')}</a>{' '}</>}
        <a href="/ingresar">{t('claveunica.backToSignIn')}</a>
      </p>
    </Layout>
  );
}

/**
 * Signing out of a session that came from ClaveÚnica: this page hands the browser on to ClaveÚnica's logout. A plain
 * redirect from the sign-out form would be blocked by the strict CSP (form-action 'self' also covers the redirects
 * that follow a form submission), so the hand-off is a page of its own, with a link for when refresh is disabled.
 */
export function ClaveUnicaLogoutPage({ ctx, logoutUrl }: { ctx: ViewContext; logoutUrl: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('claveunica.logout.title')} refreshTo={logoutUrl}>
      <h1>{t('claveunica.logout.title')}</h1>
      <p>{t('claveunica.logout.body')}</p>
      <p><a class="button button-primary" href={logoutUrl}>{t('claveunica.logout.continue')}</a></p>
    </Layout>
  );
}
