/**
 * On a lesson page: registers the learning service worker for the whole site, so the page (and
 * later lessons) can be read offline, and the worker sees the sign-out form, which empties its
 * cache. Registration failing (an old browser, a private window) changes nothing on the page.
 */
if ('serviceWorker' in navigator)
  navigator.serviceWorker.register('/static/learn-sw.js', { scope: '/' }).catch(() => undefined);
