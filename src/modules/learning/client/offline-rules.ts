/**
 * What the learning service worker does with a request, decided from the request alone (so the
 * rules are tested without a browser). Only lesson pages are kept, and only when the server marks
 * the answer as the signed-in learner's (`X-Offline-Lesson`); signing out forgets them all.
 */

export const LESSON_CACHE = 'ipc-lessons-v1';
/** The cache entry that remembers whose lessons the cache holds (the server's opaque mark). */
export const OWNER_KEY = '/__offline-lessons-owner';
export const OFFLINE_HEADER = 'x-offline-lesson';
export const OFFLINE_ASSETS = ['/static/style.css', '/static/htmx.min.js', '/static/learn.js'];

const LESSON_PAGE =
  /^\/(en|zh)\/learn\/lessons\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGN_OUT = /^\/(en|zh)\/sign-out$/;

export type Decision = 'lesson' | 'asset' | 'sign-out' | 'pass';

export function decide(method: string, url: string, origin: string): Decision {
  const u = new URL(url);
  if (u.origin !== origin) return 'pass';
  if (method === 'POST' && SIGN_OUT.test(u.pathname)) return 'sign-out';
  if (method !== 'GET') return 'pass';
  if (LESSON_PAGE.test(u.pathname)) return 'lesson';
  if (OFFLINE_ASSETS.includes(u.pathname)) return 'asset';
  return 'pass';
}

/** The key a lesson page is kept under: its address without query or fragment. */
export const lessonKey = (url: string) => {
  const u = new URL(url);
  return u.origin + u.pathname;
};

/**
 * Whether an answer to a lesson request may be kept, and for whom: a whole page (200, not the
 * page of a redirect) marked by the server. Null means "not a learner's lesson page": nothing may
 * be kept, and what is kept must go (the reader signed out, or another person signed in).
 */
export function ownerOf(res: {
  ok: boolean;
  status: number;
  redirected: boolean;
  headers: Headers;
}): string | null {
  if (!res.ok || res.status !== 200 || res.redirected) return null;
  const mark = res.headers.get(OFFLINE_HEADER);
  return mark && /^[A-Za-z0-9_-]{8,64}$/.test(mark) ? mark : null;
}
