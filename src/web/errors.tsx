import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorCode } from '../lib/errors.js';
import type { AppEnv } from './context.js';
import { translator } from './i18n/index.js';
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
  const pgCode =
    (err as { code?: string; cause?: { code?: string } })?.code ??
    (err as { cause?: { code?: string } })?.cause?.code;
  if (pgCode === '23505') return new AppError('conflict', 'duplicate');
  if (pgCode === '23503') return new AppError('conflict', 'referenced');
  if (pgCode === '22001' || pgCode === '54000') return new AppError('too_large', 'value too long');
  if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008')
    return new AppError('bad_request', 'invalid value');
  return new AppError('internal');
}

export function handleError(err: unknown, c: Context<AppEnv>) {
  const e = toAppError(err);
  if (e.code === 'internal') {
    c.get('app')?.logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  }
  const lang = c.get('lang') ?? 'en';
  const t = c.get('t') ?? translator(lang);
  const path = new URL(c.req.url).pathname;
  if (path.startsWith('/api/') || path === '/healthz' || !c.get('t')) {
    return c.json(
      {
        error: { code: e.code, message: t(`error.${e.code}`), ...(e.details ? { details: e.details } : {}) },
      },
      e.status as 400,
    );
  }
  if (e.code === 'unauthenticated' && c.req.method === 'GET') {
    const url = new URL(c.req.url);
    return c.redirect(`${href(lang, '/sign-in')}?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  return render(
    c,
    { title: t('error.title'), status: e.status as 500 },
    <div class="wrap narrow error-page">
      <h1>{t('error.title')}</h1>
      <p>{t(`error.${e.code}`)}</p>
      <p>
        <a href={href(lang, '/')}>{t('error.home')}</a>
      </p>
    </div>,
  );
}
