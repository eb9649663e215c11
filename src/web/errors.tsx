import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { Lang } from '../lib/bilingual.js';
import { AppError, type ErrorCode } from '../lib/errors.js';
import type { AppEnv } from './context.js';
import { fieldErrorsOf } from './field-errors.js';
import { hasMessage, translator } from './i18n/index.js';
import { LANG_COOKIE, negotiateLang } from './i18n/negotiate.js';
import { href } from './layout.js';
import { render } from './render.js';

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    const code: ErrorCode =
      err.status === 413
        ? 'too_large'
        : err.status === 404
          ? 'not_found'
          : err.status === 401
            ? 'unauthenticated'
            : 'bad_request';
    return new AppError(code, err.message);
  }
  // Malformed JSON, bad multipart bodies and the like are the client's fault.
  if (err instanceof SyntaxError) return new AppError('bad_request', 'malformed body');
  // Checked before the SQLSTATEs below: a restart's 57P01 or a refused connection is not the
  // request's fault, and the same request succeeds once the database is back.
  if (isDatabaseUnavailable(err)) return new AppError('unavailable', 'database unavailable');
  const pgCode =
    (err as { code?: string; cause?: { code?: string } })?.code ??
    (err as { cause?: { code?: string } })?.cause?.code;
  if (pgCode === '23505') return new AppError('conflict', 'duplicate');
  if (pgCode === '23503') return new AppError('conflict', 'referenced');
  if (pgCode === '22001' || pgCode === '54000') return new AppError('too_large', 'value too long');
  // Class 22 is PostgreSQL's "data exception": a value it cannot take (a NUL byte, a malformed
  // number or date, a LIKE pattern ending in a backslash). The value came from the request.
  if (pgCode?.startsWith('22')) return new AppError('bad_request', 'invalid value');
  return new AppError('internal');
}

/**
 * The reader's language when an error comes before the page or API middleware has set it (a body
 * over the size limit): the page's path prefix, else the cookie and Accept-Language.
 */
function languageOf(c: Context<AppEnv>, path: string): Lang {
  const set = c.get('lang');
  if (set) return set;
  const prefix = /^\/(en|zh)(?:\/|$)/.exec(path)?.[1];
  if (prefix === 'en' || prefix === 'zh') return prefix;
  const cookie = path.startsWith('/api/') ? undefined : getCookie(c, LANG_COOKIE);
  return negotiateLang(
    cookie,
    c.req.header('accept-language') || (path.startsWith('/api/') ? 'en' : undefined),
  );
}

/** How long a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

export function handleError(err: unknown, c: Context<AppEnv>) {
  const e = toAppError(err);
  if (e.code === 'internal') {
    c.get('app')?.logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  }
  if (e.code === 'unavailable') c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  const path = new URL(c.req.url).pathname;
  const lang = languageOf(c, path);
  const t = c.get('t') ?? translator(lang);
  const um = e.userMessage;
  const message = um && hasMessage(um.key) ? t(um.key, um.params) : t(`error.${e.code}`);
  if (path.startsWith('/api/') || path === '/healthz') {
    // Refused fields are named in the reader's language, as a page would show them.
    const fields = e.details?.fields ? fieldErrorsOf(e, t) : null;
    const details = e.details ? { ...e.details, ...(fields ? { fields } : {}) } : undefined;
    return c.json({ error: { code: e.code, message, ...(details ? { details } : {}) } }, e.status as 400);
  }
  if (!c.get('t')) {
    c.set('lang', lang);
    c.set('t', t);
  }
  if (e.code === 'unauthenticated' && c.req.method === 'GET') {
    const url = new URL(c.req.url);
    return c.redirect(`${href(lang, '/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  // A refused query or link names what was wrong with it, in the reader's language.
  const pageFields = e.details?.fields ? fieldErrorsOf(e, t) : null;
  return render(
    c,
    { title: t('error.title'), status: e.status as 500 },
    <div class="wrap narrow error-page">
      <h1>{t('error.title')}</h1>
      <p>{message}</p>
      {pageFields ? (
        <ul class="error-fields">
          {Object.entries(pageFields).map(([field, text]) => (
            <li>
              <code>{field}</code>: {text}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={href(lang, '/')}>{t('error.home')}</a>
      </p>
    </div>,
  );
}
