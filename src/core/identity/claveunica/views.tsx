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
