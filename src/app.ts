import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { createApiRouter } from './api/base.js';
import { registerApiDocs } from './api/docs.js';
import type { Lang } from './lib/bilingual.js';
import { AppError } from './lib/errors.js';
import { SESSION_COOKIE, userForApiToken, userForSession } from './modules/accounts/index.js';
import { apiModules, pageModules } from './modules/index.js';
import type { AppContext, AppEnv } from './web/context.js';
import { csrf } from './web/csrf.js';
import { handleError } from './web/errors.js';
import { translator } from './web/i18n/index.js';
import { LANG_COOKIE, negotiateLang } from './web/i18n/negotiate.js';
import { MAX_BODY_BYTES, MAX_UPLOAD_BYTES } from './web/limits.js';
import { createPageCache, type PageCache } from './web/page-cache.js';
import { securityHeaders } from './web/security-headers.js';
import { staticFiles } from './web/static.js';

export function buildApp(
  ctx: AppContext,
  { pageCache = createPageCache(ctx, ctx.config.PAGE_CACHE === 'on') }: { pageCache?: PageCache } = {},
) {
  const app = new Hono<AppEnv>();
  /** The user of the request's session cookie, if any, set on the context. */
  const signedInUser = async (c: Context<AppEnv>) => {
    const sid = getCookie(c, SESSION_COOKIE);
    const user = sid ? await userForSession(ctx.database.db, sid, ctx.now()) : null;
    if (user) {
      c.set('user', user);
      c.set('authVia', 'session');
    }
  };
  app.onError(handleError);

  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    c.set('app', ctx);
    c.set('requestId', requestId);
    c.set('user', null);
    c.set('authVia', null);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    ctx.logger.info(
      {
        requestId,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });

  const tooLarge = () => {
    throw new AppError('too_large');
  };
  const formLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: tooLarge });
  // Only a multipart form may carry a file; each upload field checks its own, smaller limit.
  app.use('*', (c, next) =>
    (c.req.header('content-type') ?? '').startsWith('multipart/form-data')
      ? uploadLimit(c, next)
      : formLimit(c, next),
  );

  app.route('/static', staticFiles());
  // Public pages for anonymous readers, before anything reads the session or renders a page.
  app.use('/en/*', pageCache.middleware);
  app.use('/zh/*', pageCache.middleware);

  app.get('/healthz', async (c) => {
    await ctx.database.query('SELECT 1');
    return c.json({ status: 'ok', database: ctx.database.kind });
  });

  app.get('/', (c) => {
    const lang = negotiateLang(getCookie(c, LANG_COOKIE), c.req.header('accept-language'));
    return c.redirect(`/${lang}`, 302);
  });

  // The JSON API: bearer tokens only, never cookies, so it needs no CSRF token.
  const api = createApiRouter();
  api.use('*', async (c, next) => {
    const lang: Lang = negotiateLang(undefined, c.req.header('accept-language') || 'en');
    c.set('lang', lang);
    c.set('t', translator(lang));
    const auth = c.req.header('authorization');
    if (auth) {
      const m = auth.match(/^Bearer\s+(\S+)$/i);
      const user = m ? await userForApiToken(ctx.database.db, m[1]!, ctx.now()) : null;
      if (!user) throw new AppError('unauthenticated', 'bad token');
      c.set('user', user);
      c.set('authVia', 'token');
    }
    await next();
  });
  for (const register of apiModules) register(api);
  registerApiDocs(api);
  app.route('/api/v1', api);
  app.all('/api/*', () => {
    throw new AppError('not_found');
  });

  for (const lang of ['en', 'zh'] as const) {
    const pages = new Hono<AppEnv>();
    pages.use('*', async (c, next) => {
      c.set('lang', lang);
      c.set('t', translator(lang));
      await signedInUser(c);
      await next();
      c.header('Vary', 'Cookie', { append: true });
    });
    pages.use('*', csrf());
    for (const register of pageModules) register(pages);
    pages.notFound(() => {
      throw new AppError('not_found');
    });
    app.route(`/${lang}`, pages);
  }

  // Unknown paths under /en or /zh come here too (a mounted app's own notFound is not used):
  // the error handler answers in the path's language, else the negotiated one.
  app.notFound(async (c) => {
    c.set('csrfToken', '');
    // A page that exists nowhere is still shown to whoever is signed in (no "Sign in" link for them).
    if (!c.get('user')) await signedInUser(c);
    return handleError(new AppError('not_found'), c);
  });
  return app;
}

export type App = ReturnType<typeof buildApp>;
