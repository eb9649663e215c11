import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';

type Policy = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

/** Pages: the platform's own scripts, styles and images only. */
const PAGE: Policy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** JSON answers load nothing and are never framed. */
const API: Policy = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** The API's docs page: one stylesheet of the platform (and its inline SVG images), no script. */
const API_DOCS: Policy = { ...API, styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'] };

const common = { referrerPolicy: 'same-origin', xFrameOptions: 'DENY', overwrite: false } as const;
const forPages = secureHeaders({ ...common, contentSecurityPolicy: PAGE });
const forApi = secureHeaders({ ...common, contentSecurityPolicy: API });
const forApiDocs = secureHeaders({ ...common, contentSecurityPolicy: API_DOCS });

/**
 * Security headers for every answer, by where it is: pages, the JSON API, the API's docs page.
 * A header the handler set itself wins (a file download's sandboxing CSP). Mounted first, so it
 * runs last: nothing after it rebuilds the response and drops what it set (under the Node server,
 * `c.header()` on a finished JSON answer rebuilds it from its first headers).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const path = c.req.path;
    if (path === '/api/v1/docs') return forApiDocs(c, next);
    if (path.startsWith('/api/')) return forApi(c, next);
    return forPages(c, next);
  };
}
