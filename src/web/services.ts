import type { Context } from 'hono';
import { type Services, siteUrlOf } from '../lib/services.js';
import type { AppContext, AppEnv } from './context.js';

/** The running platform's services, now: for a background job, or (below) for a request. */
export function servicesOf(app: AppContext): Services {
  return { mailer: app.mailer, secret: app.secret, siteUrl: siteUrlOf(app.config), now: app.now() };
}

/** The services of a request: its clock, the mailer, the secret, and the address for e-mailed links. */
export const servicesFor = (c: Context<AppEnv>): Services => servicesOf(c.get('app'));

/** The platform's public address for a link made while answering a request (see `siteUrlOf`). */
export const publicBase = (c: Context<AppEnv>): string => siteUrlOf(c.get('app').config);
