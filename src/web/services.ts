import type { Context } from 'hono';
import { type Services, siteUrlOf } from '../lib/services.js';
import type { AppEnv } from './context.js';

/** The services of a request: its clock, the mailer, the secret, and the address for e-mailed links. */
export function servicesFor(c: Context<AppEnv>): Services {
  const app = c.get('app');
  return {
    mailer: app.mailer,
    secret: app.secret,
    siteUrl: siteUrlOf(app.config),
    now: app.now(),
  };
}

/** The platform's public address for a link made while answering a request (see `siteUrlOf`). */
export const publicBase = (c: Context<AppEnv>): string => siteUrlOf(c.get('app').config);
