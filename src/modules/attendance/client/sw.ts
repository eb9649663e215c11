/**
 * The check-in page's service worker: keeps the page and its scripts so staff can open it and
 * go on scanning without a connection. It is registered with the page's own address as its scope,
 * and its installation fetches and keeps that page with the scripts and styles, so the page opens
 * offline from the first visit on. Network first, so online staff always see fresh counts.
 */

interface FetchEventLike extends Event {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(p: Promise<unknown>): void;
}
const sw = self as unknown as {
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
  location: Location;
};

const CACHE = 'ipc-checkin-v2';
const ASSETS = [
  '/static/checkin.js',
  '/static/checkin-decoder.js',
  '/static/style.css',
  '/static/htmx.min.js',
];
const PAGE = /^\/(en|zh)\/events\/[0-9a-fA-F-]{36}\/check-in$/;

/** The check-in page this worker serves (its scope), as the cache keys it: without the query. */
function scopePage(): string | null {
  const url = new URL(sw.registration.scope);
  return PAGE.test(url.pathname) ? url.origin + url.pathname : null;
}

/** Fetches the page (with the staff member's cookies) and keeps it, if it came back whole. */
async function keepPage(cache: Cache, page: string) {
  try {
    const res = await fetch(page, { credentials: 'same-origin' });
    if (res.ok) await cache.put(page, res);
  } catch {
    // Offline while installing: the page is kept the next time it is opened online.
  }
}

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches.open(CACHE).then(async (c) => {
      await c.addAll(ASSETS);
      const page = scopePage();
      if (page) await keepPage(c, page);
      await sw.skipWaiting();
    }),
  );
});

sw.addEventListener('activate', (e) =>
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('ipc-checkin-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  ),
);

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== sw.location.origin) return;
  const page = PAGE.test(url.pathname);
  if (!page && !ASSETS.includes(url.pathname)) return;
  // One cached copy of the page whatever the query (?day=…): offline, any day falls back to it.
  const key = page ? url.origin + url.pathname : req.url;
  e.respondWith(
    fetch(req)
      .then(async (res) => {
        if (res.ok) await (await caches.open(CACHE)).put(key, res.clone());
        return res;
      })
      .catch(async () => (await caches.match(key)) ?? Response.error()),
  );
});
