import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../lib/errors.js';
import { clientProtocol } from './client-address.js';
import type { AppEnv } from './context.js';
import { MAX_BODY_BYTES } from './limits.js';

export const CSRF_COOKIE = 'csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** COOKIE_SECURE forces the flag; `auto` sets it when the client came over HTTPS (see clientProtocol). */
export const secureCookie = (c: Context<AppEnv>, forced?: boolean) => forced ?? clientProtocol(c) === 'https';

/**
 * The posted form, parsed once here for every handler after (the request keeps it). A body that
 * claims to be a form and is not (multipart without its boundary, cut short) is the sender's
 * mistake: a 400, not an error in whichever handler reads it first.
 */
async function formBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').includes('form')) return {};
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new AppError('bad_request', 'malformed form body');
  }
  // Only files may make a multipart form larger than any other form.
  let text = 0;
  for (const v of Object.values(body)) {
    for (const one of Array.isArray(v) ? v : [v]) if (typeof one === 'string') text += one.length;
  }
  if (text > MAX_BODY_BYTES) throw new AppError('too_large', 'form text too large');
  return body;
}

/** Whether the answer is a page that carries the token (a form, or the signed-in page's htmx header). */
async function carries(c: Context<AppEnv>, token: string): Promise<boolean> {
  if (!(c.res.headers.get('content-type') ?? '').startsWith('text/html')) return false;
  return (await c.res.clone().text()).includes(token);
}

/**
 * Double-submit token for every page form: a random HttpOnly cookie whose value each form
 * repeats in `_csrf` (or htmx in the `x-csrf-token` header). SameSite=Lax adds a second wall.
 * A new token becomes a cookie only when the page sent carries it: an anonymous reader of a page
 * without a form gets no cookie, so that page is the same for everyone (and can be cached).
 */
export function csrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let token = getCookie(c, CSRF_COOKIE);
    const fresh = !token || token.length < 32;
    if (fresh) {
      if (UNSAFE.has(c.req.method)) throw new AppError('csrf', 'missing csrf cookie');
      token = randomBytes(32).toString('base64url');
    }
    c.set('csrfToken', token!);
    if (UNSAFE.has(c.req.method)) {
      const body = await formBody(c);
      let sent = c.req.header('x-csrf-token');
      if (!sent) {
        const v = body._csrf;
        sent = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
      }
      if (!sent || !same(sent, token!)) throw new AppError('csrf', 'bad csrf token');
    }
    await next();
    if (fresh && (await carries(c, token!))) {
      setCookie(c, CSRF_COOKIE, token!, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: secureCookie(c, c.get('app').config.COOKIE_SECURE),
        path: '/',
      });
    }
  };
}
