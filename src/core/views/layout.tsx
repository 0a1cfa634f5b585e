// The page frame: skip link, header with institution context, navigation, language switch, breadcrumbs, flash,
// footer. Server-rendered; works without JavaScript (GOV.UK-style patterns, WCAG 2.2 AA).
import type { ComponentChildren } from 'preact';
import type { ViewContext } from './context.js';
import { ASSETS } from './assets.js';
import { PostButton } from './components/form.js';

export interface Crumb {
  href?: string;
  label: string;
}

export interface LayoutProps {
  ctx: ViewContext;
  title: string;
  /** The institution whose pages these are; shown in the header. */
  institution?: { slug: string; name: string };
  breadcrumbs?: Crumb[];
  /** Sends the browser on to this URL at once (meta refresh: no script needed), for hand-offs to another site. */
  refreshTo?: string;
  /** Reloads this page after that many seconds (meta refresh: no script needed), e.g. while a job it shows runs. */
  refreshEvery?: number;
  /** Feeds of this page, as <link rel="alternate"> (feed readers look for them in the head). */
  alternates?: Array<{ href: string; type: string; title: string }>;
  children: ComponentChildren;
}

/** The same URL with `lang` switched, so the switch keeps the reader on the same page. */
function withLang(url: string, lang: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('lang', lang);
  return u.pathname + u.search;
}

export function Layout({ ctx, title, institution, breadcrumbs, refreshTo, refreshEvery, alternates, children }: LayoutProps) {
  const { t, actor, locale } = ctx;
  const other = locale === 'en' ? 'es-CL' : 'en';
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('site.name')}`}</title>
        <link rel="stylesheet" href={ASSETS.css} />
        <link rel="icon" href={ASSETS.icon} type="image/svg+xml" />
        {alternates?.map((a) => <link rel="alternate" type={a.type} href={a.href} title={a.title} />)}
        {refreshTo && <meta http-equiv="refresh" content={`0;url=${refreshTo}`} />}
        {refreshEvery && !refreshTo && <meta http-equiv="refresh" content={String(refreshEvery)} />}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skip')}</a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">C</span>
              <span>{t('site.name')}</span>
            </a>
            {institution && <a class="header-institution" href={`/instituciones/${institution.slug}`}>{institution.name}</a>}
            <a class="lang-switch" href={withLang(ctx.url, other)} hreflang={other} lang={other} aria-label={t('layout.switchLanguageLabel')}>
              {t('layout.switchLanguage')}
            </a>
          </div>
          <nav class="site-nav" aria-label={t('layout.nav')}>
            <ul class="container nav-list">
              <li><a href="/">{t('nav.home')}</a></li>
              <li><a href="/instituciones">{t('nav.institutions')}</a></li>
              <li><a href="/auditoria">{t('nav.audit')}</a></li>
              <li><a href="/api/docs">{t('nav.api')}</a></li>
              {actor ? (
                <>
                  {(ctx.accountLinks ?? []).map((link, i) => (
                    <li class={i === 0 ? 'nav-push' : undefined}><a href={link.href}>{t(link.label, link.params)}</a></li>
                  ))}
                  <li class={ctx.accountLinks?.length ? undefined : 'nav-push'}><a href="/cuenta">{t('nav.account')}</a></li>
                  <li><PostButton ctx={ctx} action="/salir" label={t('nav.signOut')} variant="link" /></li>
                </>
              ) : (
                <>
                  <li class="nav-push"><a href="/ingresar">{t('nav.signIn')}</a></li>
                  <li><a href="/registro">{t('nav.register')}</a></li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <div class="container">
          {breadcrumbs && breadcrumbs.length > 0 && (
            <nav class="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
              <ol>
                {breadcrumbs.map((c, i) => (
                  <li>{c.href && i < breadcrumbs.length - 1 ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
                ))}
              </ol>
            </nav>
          )}
          {ctx.flash && (
            <div class={`flash flash-${ctx.flash.kind}`} role={ctx.flash.kind === 'error' ? 'alert' : 'status'}>{ctx.flash.text}</div>
          )}
          <main id="main" tabIndex={-1}>{children}</main>
        </div>
        <footer class="site-footer">
          <div class="container">
            <p>{t('layout.footer.licence')} {t('layout.footer.data')}</p>
            <p><a href="/api/docs">{t('layout.footer.api')}</a> · <a href="/auditoria">{t('layout.footer.audit')}</a></p>
          </div>
        </footer>
      </body>
    </html>
  );
}
