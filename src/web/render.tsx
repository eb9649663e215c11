import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import { siteUrlOf } from '../lib/services.js';
import type { AppEnv } from './context.js';
import { Layout, type Section } from './layout.js';

export interface RenderOptions {
  title: string;
  section?: Section;
  description?: string;
  head?: Child;
  status?: 200 | 201 | 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503;
}

/** Renders a full page in the shared layout with the request's language, user and CSRF token. */
export function render(c: Context<AppEnv>, opts: RenderOptions, body: Child) {
  const url = new URL(c.req.url);
  const { config } = c.get('app');
  // The doctype keeps browsers in standards mode (quirks mode breaks table fonts and box sizes).
  return c.html(
    html`<!DOCTYPE html>${(
      <Layout
        lang={c.get('lang')}
        t={c.get('t')}
        user={c.get('user')}
        csrfToken={c.get('csrfToken') ?? ''}
        path={url.pathname + url.search}
        siteUrl={siteUrlOf(config)}
        title={opts.title}
        section={opts.section}
        description={opts.description}
        head={opts.head}
      >
        {body}
      </Layout>
    )}`,
    opts.status ?? 200,
  );
}

/** For htmx requests only the fragment is sent; otherwise the whole page. */
export const isHtmx = (c: Context<AppEnv>) => c.req.header('hx-request') === 'true';
