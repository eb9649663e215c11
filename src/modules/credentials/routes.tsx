import type { Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { credentialById, verifiedChain } from './queries.js';
import { CredentialPage } from './views/credential-page.js';

/** `/{lang}/credentials/<id>`: anyone may check a credential the platform issued. */
export function registerCredentialsPages(pages: Hono<AppEnv>) {
  pages.get(`/credentials/:id${UUID_PARAM}`, async (c) => {
    const db = c.get('app').database.db;
    const row = await credentialById(db, c.req.param('id') ?? '');
    if (!row) throw new AppError('not_found');
    const chain = await verifiedChain(db, servicesFor(c), row);
    const t = c.get('t');
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return render(
      c,
      { title: t('credentials.title') },
      <CredentialPage t={t} lang={c.get('lang')} chain={chain} />,
    );
  });
}
