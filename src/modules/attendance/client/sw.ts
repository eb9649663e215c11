/**
 * The check-in page's service worker: keeps the page and its scripts so staff can open it and
 * go on scanning without a connection. Network first, so online staff always see fresh counts.
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
  location: Location;
};

const CACHE = 'ipc-checkin-v1';
const ASSETS = [
  '/static/checkin.js',
  '/static/checkin-decoder.js',
  '/static/style.css',
  '/static/htmx.min.js',
];
const PAGE = /^\/(en|zh)\/events\/[0-9a-fA-F-]{36}\/check-in$/;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(ASSETS))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => e.waitUntil(sw.clients.claim()));

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
