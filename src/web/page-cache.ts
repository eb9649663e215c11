import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { CONTENT_CHANNEL } from '../db/content-changes.js';
import type { AppContext, AppEnv } from './context.js';
import { CSRF_COOKIE } from './csrf.js';
import { LANG_COOKIE } from './i18n/negotiate.js';

/**
 * Public pages as anonymous readers see them, rendered once and served from memory until the
 * database says its content changed (src/db/content-changes.ts). Shared by every anonymous reader,
 * so only a page that is the same for all of them is kept: no cookie set, no form (whose CSRF token
 * is the reader's own), nothing marked private or no-store, a 200 in HTML for a request with no
 * cookie but the CSRF and language ones and no htmx header.
 */
export const MAX_ENTRIES = 1_000;
export const MAX_BYTES = 64 * 2 ** 20;
const MAX_ENTRY_BYTES = 2 * 2 ** 20;
/** A safety net for what no table records: the passing of time (a registration deadline). */
export const MAX_AGE_MS = 60_000;

const SHAREABLE_COOKIES = new Set([CSRF_COOKIE, LANG_COOKIE]);

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  etag: string;
  storedAt: number;
}

export interface PageCache {
  middleware: MiddlewareHandler<AppEnv>;
  /** Settles once notifications flow and pages are kept (at once when the cache is off). */
  ready: Promise<void>;
}

/** Whether the request is one any anonymous reader could have sent. */
function shareable(header: (name: string) => string | undefined): boolean {
  if (header('hx-request')) return false;
  const cookie = header('cookie');
  if (!cookie) return true;
  for (const part of cookie.split(';')) {
    const name = part.slice(0, part.indexOf('=')).trim();
    if (name && !SHAREABLE_COOKIES.has(name)) return false;
  }
  return true;
}

/** The page's address with its query parameters in a stable order. */
function keyOf(path: string, url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  params.sort();
  return `${path}?${params}`;
}

/** If-None-Match first; If-Modified-Since only without it (RFC 9110 13.2.2). */
function notModified(
  header: (name: string) => string | undefined,
  etag: string,
  lastModified: string | null,
): boolean {
  const inm = header('if-none-match');
  if (inm !== undefined) {
    const bare = etag.replace(/^W\//, '');
    return inm.split(',').some((t) => {
      const tag = t.trim();
      return tag === '*' || tag.replace(/^W\//, '') === bare;
    });
  }
  const ims = header('if-modified-since');
  if (!ims || !lastModified) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && since >= Date.parse(lastModified);
}

export function createPageCache(ctx: AppContext, enabled: boolean): PageCache {
  if (!enabled) return { middleware: (_c, next) => next(), ready: Promise.resolve() };
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let epoch = 0;
  let active = false;
  /** When content last changed, as far as this process knows (the app's clock). */
  let changedAt = ctx.now().getTime();
  const clock = () => ctx.now().getTime();

  const drop = () => {
    epoch++;
    entries.clear();
    bytes = 0;
    changedAt = clock();
  };
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  ctx.database.listen(CONTENT_CHANNEL, drop, (state) => {
    // Whatever changed while no notification could arrive is unknown: start again from nothing.
    drop();
    active = state === 'listening';
    if (active) markReady();
  });

  /**
   * Last-Modified is the last change this process knows of, sent only once its second is over:
   * a client holding it then cannot have missed a later change within the same second.
   */
  const lastModifiedNow = (now: number) =>
    Math.floor(now / 1000) > Math.floor(changedAt / 1000) ? new Date(changedAt).toUTCString() : null;

  const store = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [k, e] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      entries.delete(k);
      bytes -= e.body.byteLength;
    }
  };

  const answer = (entry: Entry, header: (name: string) => string | undefined, now: number) => {
    const lastModified = lastModifiedNow(now);
    const headers = new Headers(entry.headers);
    if (lastModified) headers.set('last-modified', lastModified);
    if (notModified(header, entry.etag, lastModified)) {
      for (const name of ['content-type', 'content-length']) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    return new Response(entry.body, { status: 200, headers });
  };

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const path = c.req.path;
    if (
      !active ||
      c.req.method !== 'GET' ||
      !(path.startsWith('/en/') || path.startsWith('/zh/') || path === '/en' || path === '/zh')
    ) {
      return next();
    }
    const header = (name: string) => c.req.header(name);
    if (!shareable(header)) return next();
    const key = keyOf(path, c.req.url);
    const now = clock();
    const hit = entries.get(key);
    if (hit) {
      const age = now - hit.storedAt;
      if (age >= 0 && age < MAX_AGE_MS) {
        entries.delete(key);
        entries.set(key, hit);
        return answer(hit, header, now);
      }
      entries.delete(key);
      bytes -= hit.body.byteLength;
    }
    const renderedIn = epoch;
    await next();
    const res = c.res;
    const cc = res.headers.get('cache-control') ?? '';
    if (
      res.status !== 200 ||
      !res.headers.get('content-type')?.startsWith('text/html') ||
      res.headers.has('set-cookie') ||
      /no-store|private/i.test(cc)
    ) {
      return;
    }
    const text = await res.text();
    const body = Buffer.from(text) as Uint8Array<ArrayBuffer>;
    const token = c.get('csrfToken');
    const personal = text.includes('name="_csrf"') || (token && text.includes(token));
    // A change that arrived while the page was rendered may or may not be in it.
    if (personal || !active || epoch !== renderedIn || body.byteLength > MAX_ENTRY_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const headers = new Headers(res.headers);
    headers.set('cache-control', 'no-cache');
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    headers.set('etag', etag);
    const entry: Entry = { body, headers: [...headers], etag, storedAt: now };
    store(key, entry);
    c.res = undefined;
    c.res = answer(entry, header, now);
  };
  return { middleware, ready };
}
