import type { Context } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv, CurrentUser } from '../../web/context.js';
import { managesRegistrations } from './access.js';
import { type Services, siteUrlOf } from './services.js';

/** The services of a request: its clock, the mailer, the secret, and the address for e-mailed links. */
export function servicesFor(c: Context<AppEnv>): Services {
  const app = c.get('app');
  return {
    mailer: app.mailer,
    secret: app.secret,
    siteUrl: siteUrlOf(app.config.PUBLIC_URL, c.req.url, app.config.PORT),
    now: app.now(),
  };
}

/** The signed-in manager or coordinator; 401 without a user, 403 for anyone else. Scope is checked in each query. */
export function requireStaff(c: Context<AppEnv>): CurrentUser {
  const u = c.get('user');
  if (!u) throw new AppError('unauthenticated');
  if (!managesRegistrations(u)) throw new AppError('forbidden');
  return u;
}
