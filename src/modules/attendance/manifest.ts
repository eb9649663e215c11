import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { htmlLang } from '../../web/i18n/negotiate.js';

/**
 * The web app manifest of an event's check-in page, in the page's language: a phone can put the
 * page on its home screen and open it full screen, straight onto this event's check-in. It says
 * nothing from the database (the event's id is the one in its own address), so it needs no
 * sign-in: browsers fetch manifests without cookies.
 */
export function registerCheckInManifest(pages: Hono<AppEnv>, page: string) {
  pages.get(`${page}/manifest.webmanifest`, (c) => {
    const t = c.get('t');
    const start = c.req.path.replace(/\/manifest\.webmanifest$/, '');
    c.header('Content-Type', 'application/manifest+json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(
      JSON.stringify({
        name: t('attendance.manifest.name'),
        short_name: t('attendance.manifest.shortName'),
        description: t('attendance.manifest.description'),
        lang: htmlLang(c.get('lang')),
        start_url: start,
        scope: start,
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b3d7a',
        icons: [
          { src: '/static/checkin-icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/static/checkin-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/static/checkin-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/static/checkin-icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      }),
    );
  });
}
