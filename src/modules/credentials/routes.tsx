import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { checkPresented } from './check.js';
import { readPresented } from './presented-input.js';
import { credentialById, verifiedChain } from './queries.js';
import { CheckPage, type CheckPageProps } from './views/check-page.js';
import { CredentialPage } from './views/credential-page.js';

const noStore = (c: Context<AppEnv>) => {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
};

function checkPage(c: Context<AppEnv>, props: Partial<CheckPageProps> = {}, status: 200 | 422 = 200) {
  const t = c.get('t');
  noStore(c);
  return render(
    c,
    { title: t('credentials.check.title'), status },
    <CheckPage t={t} lang={c.get('lang')} csrfToken={c.get('csrfToken') ?? ''} {...props} />,
  );
}

/**
 * `/{lang}/credentials/<id>`: anyone may check a credential the platform issued;
 * `/{lang}/credentials/verify`: anyone may check a credential file they were given.
 */
export function registerCredentialsPages(pages: Hono<AppEnv>) {
  pages.get('/credentials/verify', (c) => checkPage(c));

  pages.post('/credentials/verify', async (c) => {
    const form = await c.req.parseBody();
    const pasted = typeof form.credential === 'string' ? form.credential : '';
    const input = await readPresented(form.file, form.credential);
    if (!input.ok) {
      const error = { field: input.field, message: c.get('t')(input.error) };
      return checkPage(c, { error, pasted }, 422);
    }
    const checked = await checkPresented(c.get('app').database.db, servicesFor(c), input.credential);
    return checkPage(c, { checked, pasted });
  });

  pages.get(`/credentials/:id${UUID_PARAM}`, async (c) => {
    const db = c.get('app').database.db;
    const row = await credentialById(db, c.req.param('id') ?? '');
    if (!row) throw new AppError('not_found');
    const chain = await verifiedChain(db, servicesFor(c), row);
    const t = c.get('t');
    noStore(c);
    return render(
      c,
      { title: t('credentials.title') },
      <CredentialPage t={t} lang={c.get('lang')} chain={chain} />,
    );
  });
}
