import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../../lib/bilingual.js';
import type { AppEnv } from '../../web/context.js';
import { secureCookie } from '../../web/csrf.js';
import { LANG_COOKIE } from '../../web/i18n/negotiate.js';
import { createSession, endSession, SESSION_COOKIE, SESSION_DAYS } from './session.js';

const secure = (c: Context<AppEnv>) => secureCookie(c, c.get('app').config.COOKIE_SECURE);

/** Starts a fresh session (a new id, so a planted cookie is worthless) and sets its cookie. */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const app = c.get('app');
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await endSession(app.database.db, old);
  const token = await createSession(app.database.db, userId, app.now());
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c),
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export async function stopSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await endSession(c.get('app').database.db, token);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
}

export function setLangCookie(c: Context<AppEnv>, lang: Lang): void {
  setCookie(c, LANG_COOKIE, lang, {
    sameSite: 'Lax',
    secure: secure(c),
    path: '/',
    maxAge: 365 * 86_400,
  });
}

export { publicBase } from '../../web/services.js';
