/**
 * The learning service worker: a lesson once opened can be read again without a connection.
 * Network first; only the signed-in learner's lesson pages (marked so by the server) are kept,
 * with the stylesheet they need. The kept pages belong to one learner: an answer for someone else,
 * or for nobody, empties the cache, and so does signing out (the sign-out form is seen here).
 */
import { decide, LESSON_CACHE, lessonKey, OFFLINE_ASSETS, OWNER_KEY, ownerOf } from './offline-rules.js';

interface FetchEventLike extends Event {
  request: Request;
  respondWith(r: Promise<Response>): void;
  waitUntil(p: Promise<unknown>): void;
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

const forget = () => caches.delete(LESSON_CACHE);

async function keep(key: string, owner: string, res: Response) {
  const cache = await caches.open(LESSON_CACHE);
  const had = await cache.match(OWNER_KEY);
  if (had && (await had.text()) !== owner) {
    await forget();
    return keep(key, owner, res);
  }
  if (!had) await cache.put(OWNER_KEY, new Response(owner));
  await cache.put(key, res);
}

async function lesson(req: Request): Promise<Response> {
  const key = lessonKey(req.url);
  try {
    const res = await fetch(req);
    const owner = ownerOf(res);
    if (owner) await keep(key, owner, res.clone());
    // Online, and the answer is not the kept learner's lesson: keep nothing of theirs on this device.
    else if (res.status !== 503) await forget();
    return res;
  } catch {
    const cache = await caches.open(LESSON_CACHE);
    return (await cache.match(key)) ?? Response.error();
  }
}

async function asset(req: Request): Promise<Response> {
  try {
    const res = await fetch(req);
    if (res.ok) await (await caches.open(`${LESSON_CACHE}-assets`)).put(req.url, res.clone());
    return res;
  } catch {
    return (await caches.match(req.url)) ?? Response.error();
  }
}

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(`${LESSON_CACHE}-assets`)
      .then((c) => c.addAll(OFFLINE_ASSETS))
      .catch(() => undefined)
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => e.waitUntil(sw.clients.claim()));

sw.addEventListener('fetch', (e) => {
  const what = decide(e.request.method, e.request.url, sw.location.origin);
  if (what === 'sign-out') e.waitUntil(forget());
  else if (what === 'lesson') e.respondWith(lesson(e.request));
  else if (what === 'asset') e.respondWith(asset(e.request));
});
