import type { Child } from 'hono/jsx';
import type { Actor } from '../lib/actor.js';
import type { Lang } from '../lib/bilingual.js';
import type { MessageKey, Translator } from './i18n/index.js';
import { htmlLang } from './i18n/negotiate.js';

export interface PageProps {
  lang: Lang;
  t: Translator;
  user: Actor | null;
  csrfToken: string;
  /** The request path and query, so the language switch keeps the page. */
  path: string;
  /** The platform's public address (no trailing slash): alternate-language links are absolute. */
  siteUrl: string;
  title: string;
  /** Which main navigation entry is current. */
  section?: Section;
  description?: string;
  head?: Child;
  children?: Child;
}

export type Section =
  | 'home'
  | 'events'
  | 'learning'
  | 'library'
  | 'toolkit'
  | 'news'
  | 'reports'
  | 'directory'
  | 'contacts'
  | 'admin';

const NAV: { section: Section; path: string; key: MessageKey }[] = [
  { section: 'events', path: '/events', key: 'nav.events' },
  { section: 'learning', path: '/learn', key: 'nav.learning' },
  { section: 'library', path: '/library', key: 'nav.library' },
  { section: 'toolkit', path: '/toolkit', key: 'nav.toolkit' },
  { section: 'news', path: '/news', key: 'nav.news' },
  { section: 'reports', path: '/reports', key: 'nav.reports' },
];

export const href = (lang: Lang, path: string) => `/${lang}${path === '/' ? '' : path}`;

/** The same page in the other language. */
export function switchLangHref(path: string, to: Lang): string {
  const m = path.match(/^\/(en|zh)(\/.*|\?.*)?$/);
  if (!m) return `/${to}`;
  return `/${to}${m[2] ?? ''}`;
}

const isStaff = (u: Actor | null) => u !== null && ['admin', 'manager', 'coordinator'].includes(u.role);

export function Layout(p: PageProps) {
  const { lang, t, user } = p;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return (
    <html lang={htmlLang(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.title} · ${t('site.name')}`}</title>
        {p.description ? <meta name="description" content={p.description} /> : null}
        <link rel="stylesheet" href="/static/style.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {(['en', 'zh'] as const).map((l) => (
          <link rel="alternate" hreflang={htmlLang(l)} href={`${p.siteUrl}${switchLangHref(p.path, l)}`} />
        ))}
        <link
          rel="alternate"
          type="application/atom+xml"
          title={t('footer.feeds')}
          href={`/${lang}/news/feed.atom`}
        />
        {/* htmx would inject its indicator styles, which the CSP refuses: they are in style.css. */}
        <meta name="htmx-config" content={JSON.stringify({ includeIndicatorStyles: false })} />
        <script src="/static/htmx.min.js" defer />
        {p.head}
      </head>
      {/* The token for scripts that post without a form (check-in), which only signed-in staff use:
          an anonymous page carries it only in its forms, so a page without one is the same for all. */}
      <body data-hx-headers={user ? JSON.stringify({ 'x-csrf-token': p.csrfToken }) : undefined}>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="bar">
            <div class="wrap bar-inner">
              <span class="owner">{t('site.owner')}</span>
              <div class="utility">
                {/* The visible name stays part of the accessible one, so speech users can say it. */}
                <a href={switchLangHref(p.path, other)} hreflang={htmlLang(other)} class="lang-switch">
                  <span class="visually-hidden">{t('nav.switchToLabel')} </span>
                  <span lang={htmlLang(other)}>{t('nav.switchTo')}</span>
                </a>
                {user ? (
                  <>
                    {isStaff(user) ? <a href={href(lang, '/admin')}>{t('nav.admin')}</a> : null}
                    <a href={href(lang, '/account')}>{user.name || user.email}</a>
                    <form method="post" action={href(lang, '/sign-out')} class="inline">
                      <input type="hidden" name="_csrf" value={p.csrfToken} />
                      <button type="submit" class="link">
                        {t('nav.signOut')}
                      </button>
                    </form>
                  </>
                ) : (
                  <a href={`${href(lang, '/sign-in')}?next=${encodeURIComponent(p.path)}`}>
                    {t('nav.signIn')}
                  </a>
                )}
              </div>
            </div>
          </div>
          <div class="masthead">
            <div class="wrap masthead-inner">
              <a class="brand" href={href(lang, '/')}>
                <svg class="logo" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
                  <path d="M20 3 L36 12 V28 L20 37 L4 28 V12 Z" fill="currentColor" />
                  <path
                    d="M13 15 h14 M13 20 h10 M13 25 h14"
                    stroke="#fff"
                    stroke-width="2.5"
                    stroke-linecap="round"
                  />
                </svg>
                <span class="brand-text">
                  <span class="brand-name">{t('site.name')}</span>
                  <span class="brand-tag">{t('site.tagline')}</span>
                </span>
              </a>
              {/^\/(en|zh)\/library(\?|$)/.test(p.path) ? null : <SiteSearch {...p} />}
              <details class="nav-toggle">
                <summary>{t('nav.menu')}</summary>
                <MainNav {...p} />
              </details>
            </div>
            <MainNav {...p} wide />
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {p.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('footer.about')}</p>
            <ul class="footer-links">
              <li>
                <a href={href(lang, '/contacts')}>{t('nav.contacts')}</a>
              </li>
              <li>
                <a href={href(lang, '/links')}>{t('nav.links')}</a>
              </li>
              <li>
                <a href={href(lang, '/directory')}>{t('nav.directory')}</a>
              </li>
              <li>
                <a href={`/${lang}/news/feed.atom`}>{t('footer.feeds')}</a>
              </li>
              <li>
                <a href="/api/v1/docs">{t('footer.api')}</a>
              </li>
            </ul>
            <p class="footer-owner">{t('site.owner')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The library search on every page but the library's own search page, which has a larger one. */
function SiteSearch(p: PageProps) {
  return (
    <search class="site-search">
      <form method="get" action={href(p.lang, '/library')}>
        <label for="site-search-q" class="visually-hidden">
          {p.t('library.header.label')}
        </label>
        <input
          id="site-search-q"
          name="q"
          type="search"
          maxlength={200}
          autocomplete="off"
          placeholder={p.t('library.header.label')}
        />
        <button type="submit">
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2.2" />
            <path d="M12.6 12.6 L17.5 17.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
          </svg>
          <span class="site-search-text">{p.t('library.header.button')}</span>
        </button>
      </form>
    </search>
  );
}

function MainNav(p: PageProps & { wide?: boolean }) {
  return (
    <nav class={p.wide ? 'main-nav wide' : 'main-nav'} aria-label={p.t('nav.label')}>
      <ul class={p.wide ? 'wrap' : undefined}>
        {NAV.map((n) => (
          <li>
            <a href={href(p.lang, n.path)} aria-current={p.section === n.section ? 'page' : undefined}>
              {p.t(n.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
